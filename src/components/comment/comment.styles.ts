import { css } from '../base/theme.js';

export const commentStyles = css`
  /* Chips grow to share their row, so every row runs from edge to edge whatever the language and width; a label
     longer than the row wraps inside its chip (down to the 44 px minimum). The row order follows the writing
     direction; each label starts after its check mark's place, so the labels of a column line up. */
  .reasons {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-block-end: 1rem;
  }
  [role='checkbox'] {
    flex: 1 1 auto;
    padding: 0.25rem 0.75rem;
    text-align: start;
    text-wrap: balance;
  }
  /* A check mark, not colour alone, tells a chosen reason (also in forced colours); its room is kept when not
     chosen, so choosing never moves the chips. The empty alternative text keeps it out of the chip's name. */
  [role='checkbox']::before {
    content: '\\2713' / '';
    margin-inline-end: 0.375rem;
  }
  [aria-checked='false']::before {
    visibility: hidden;
  }
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
