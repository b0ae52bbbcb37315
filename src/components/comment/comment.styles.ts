import { css } from 'lit';

export const commentStyles = css`
  :host {
    display: block;
  }
  label {
    display: block;
    font-weight: 600;
    margin-block-end: 0.5rem;
  }
  textarea {
    display: block;
    inline-size: 100%;
    min-block-size: 6rem;
    padding: 0.5rem;
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    resize: vertical;
  }
  .actions {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 1rem;
    margin-block-start: 0.5rem;
  }
  .counter {
    font-size: 0.875rem;
    color: var(--_muted);
  }
  .submit {
    min-block-size: var(--_target);
    min-inline-size: var(--_target);
    padding-inline: 1.25rem;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_accent-contrast);
    font-weight: 600;
  }
  .submit[aria-disabled='true'] {
    opacity: 0.6;
    cursor: not-allowed;
  }
  .thanks:focus {
    outline: none;
  }
  .thanks:focus-visible {
    outline: 3px solid var(--_focus-ring);
  }
  @media (forced-colors: active) {
    .submit {
      border-color: ButtonText;
    }
  }
`;
