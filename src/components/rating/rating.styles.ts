import { css } from 'lit';

export const ratingStyles = css`
  .options {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
  }
  .option {
    padding: 0.25rem 0.5rem;
    line-height: 1;
  }
  .option:hover:not(:disabled) {
    border-color: var(--_accent);
  }
  .stars .option,
  .emoji .option,
  .thumbs .option {
    font-size: 1.5rem;
  }
  /* Stars have no box; empty ones are outlines (☆) and filled ones solid (★), so a choice never rests on colour alone. */
  .stars .option {
    border-color: transparent;
    background: none;
    color: var(--_muted);
  }
  .stars .filled {
    color: var(--care-star-color, #b45309);
  }
  .labels {
    display: flex;
    justify-content: space-between;
    gap: 1rem;
    margin-block-start: 0.25rem;
  }
`;
