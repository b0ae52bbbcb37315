import { css } from '../base/theme.js';

export const ratingStyles = css`
  .options {
    display: flex;
    flex-wrap: wrap;
    justify-content: end;
    gap: 0.25rem;
  }
  /* A short scale (thumbs, 3 or 5 points) is as wide as its options, so the end labels sit under the first and
     the last; the long ones (7, 10, 11) share the element's whole width instead. */
  .n2,
  .n3,
  .n5 {
    inline-size: fit-content;
  }
  /* One row when the element is wide enough for every target (n targets and n − 1 gaps of 0.25rem), otherwise
     two even rows, the shorter at the end: the lowest value starts the first row and the highest ends the last,
     above their labels (0–5 over 6–10). What decides is the element's own width, not the viewport's: each basis
     is the largest of "1/n of the row" (n: --_per-row, every option), "1/k of the row, if the row is narrower
     than n targets" (k: --_per-row-narrow) and "1/j of the row, if it is narrower than k targets"
     (j: --_per-row-narrowest); the factor (width − 100%) × 999 is 0 or less when it is not. So a card, a
     sidebar or a popover each get theirs. Only 11 options have the third form (j = 4); with j = k it never
     exceeds the second. Only these scales' options take the rule: the shorter scales keep the initial flex of
     any button, whatever a page sets as those properties (custom properties inherit into shadow roots). */
  .n7 {
    --_per-row: 7;
    --_per-row-narrow: 4;
    --_per-row-narrowest: 4;
  }
  .n10 {
    --_per-row: 10;
    --_per-row-narrow: 5;
    --_per-row-narrowest: 5;
  }
  .n11 {
    --_per-row: 11;
    --_per-row-narrow: 6;
    --_per-row-narrowest: 4;
  }
  :is(.n7, .n10, .n11) .option {
    flex: 0 0
      max(
        (100% + 0.25rem)/var(--_per-row) - 0.26rem,
        min((100% + 0.25rem)/var(--_per-row-narrow) - 0.26rem, ((var(--_target) + 0.25rem)*var(--_per-row) - 0.25rem - 100%)*999),
        min((100% + 0.25rem)/var(--_per-row-narrowest) - 0.26rem, ((var(--_target) + 0.25rem)*var(--_per-row-narrow) - 0.25rem - 100%)*999)
      );
  }
  .option {
    padding: 0.25rem;
    line-height: 1;
  }
  .option:hover:not(:disabled) {
    border-color: var(--_accent);
  }
  svg {
    display: block;
    width: max(28px, 1.75rem);
    height: max(28px, 1.75rem);
    margin: auto;
    fill: none;
    stroke: currentColor;
    stroke-width: 1.5;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .flip {
    scale: 1 -1;
  }
  /* Stars have no box; empty ones are outlines and filled ones solid, so a choice never rests on colour alone. */
  .stars .option {
    border-color: transparent;
    background: none;
    color: var(--_muted);
  }
  .stars .filled {
    color: var(--care-star-color, #b45309);
  }
  .filled svg {
    fill: currentColor;
  }
  #labels {
    display: flex;
    justify-content: space-between;
    gap: 1rem;
    margin-block-start: 0.25rem;
  }
  /* A high label that wraps (two-row NPS on a phone) still ends under the last option, not halfway. */
  #labels > :last-child {
    text-align: end;
  }
  /* Forced colours: filled stars draw in the system highlight and the chosen one is highlighted as every
     chosen option is; the star rules above would otherwise win over the shared sheet's. */
  @media (forced-colors: active) {
    .stars .filled {
      forced-color-adjust: none;
      color: Highlight;
    }
    .stars [aria-checked='true'] {
      background: Highlight;
      color: HighlightText;
    }
  }
`;
