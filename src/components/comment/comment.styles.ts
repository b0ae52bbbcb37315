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
  /* The shared minimum width (a 44 px target) would replace a flex item's own minimum, its label: the counter
     gives way instead, and only a label wider than the whole box wraps inside the button. */
  .submit {
    flex-shrink: 0;
    max-inline-size: 100%;
    padding-inline: 1.25rem;
    font-weight: 600;
  }
`;
