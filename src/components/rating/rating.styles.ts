import { css } from 'lit';

export const ratingStyles = css`
  :host {
    display: block;
  }
  .question {
    font-weight: 600;
    margin-block-end: 0.5rem;
  }
  .options {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
  }
  .option {
    min-inline-size: var(--_target);
    min-block-size: var(--_target);
    padding: 0.25rem 0.5rem;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    line-height: 1;
  }
  .option:hover:not(:disabled) {
    border-color: var(--_accent);
  }
  .option[aria-checked='true'] {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_accent-contrast);
  }
  .option:disabled {
    opacity: 0.6;
  }
  svg {
    inline-size: 1.75rem;
    block-size: 1.75rem;
    fill: none;
    stroke: currentColor;
    stroke-width: 1.5;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .eye {
    fill: currentColor;
  }
  .stars .option,
  .stars .option[aria-checked='true'] {
    border-color: transparent;
    background: transparent;
    color: var(--_muted);
  }
  /* Empty stars are outlines and filled ones solid, so the choice never rests on colour alone. */
  .stars .option.filled {
    color: var(--_star);
  }
  .stars .filled svg {
    fill: currentColor;
  }
  .labels {
    display: flex;
    justify-content: space-between;
    gap: 1rem;
    margin-block-start: 0.25rem;
    font-size: 0.875rem;
    color: var(--_muted);
  }
  @media (forced-colors: active) {
    .option[aria-checked='true'],
    .stars .option.filled {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
      border-color: Highlight;
    }
  }
`;
