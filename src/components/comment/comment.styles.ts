import { css } from '../base/theme.js';

export const commentStyles = css`
  textarea {
    display: block;
    inline-size: 100%;
    min-block-size: 6rem;
    padding: 0.5rem;
    resize: vertical;
  }
  .actions {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 1rem;
    margin-block-start: 0.5rem;
  }
  .submit {
    padding-inline: 1.25rem;
    font-weight: 600;
  }
`;
