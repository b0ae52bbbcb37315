import { css } from '../../internal/theme.js';

export const ratingStyles = css`
  .options {
    display: flex;
    flex-wrap: wrap;
    justify-content: end;
    gap: 0.25rem;
  }
  /* A scale is as wide as its options, so the end labels sit under the first and the last; the long ones
     share the element's whole width instead. */
  .scale {
    inline-size: fit-content;
  }
  .n7,
  .n10,
  .n11 {
    inline-size: auto;
  }
  /* One row when the element is wide enough for every target (n × 2.75rem, with gaps), otherwise two even rows,
     the shorter at the end: the lowest value starts the first row and the highest ends the last, above their
     labels (0–5 over 6–10). What decides is the element's own width, not the viewport's: each basis is the
     largest of "1/n of the row" and "1/k of the row, if the row is narrower than n targets" (the factor
     (width − 100%) × 999 is 0 or less when it is not), so a card, a sidebar or a popover each get theirs. */
  .n11 .option {
    flex: 0 0 max((100% + 0.25rem) / 11 - 0.26rem, min((100% + 0.25rem) / 6 - 0.26rem, (32.75rem - 100%) * 999),
      min((100% + 0.25rem) / 4 - 0.26rem, (17.75rem - 100%) * 999));
  }
  .n10 .option {
    flex: 0 0 max((100% + 0.25rem) / 10 - 0.26rem, min((100% + 0.25rem) / 5 - 0.26rem, (29.75rem - 100%) * 999));
  }
  .n7 .option {
    flex: 0 0 max((100% + 0.25rem) / 7 - 0.26rem, min((100% + 0.25rem) / 4 - 0.26rem, (20.75rem - 100%) * 999));
  }
  .option {
    padding: 0.25rem;
    line-height: 1;
  }
  .option:hover:not(:disabled) {
    border-color: var(--_a);
  }
  svg {
    display: block;
    width: 1.75rem;
    height: 1.75rem;
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
    color: var(--_m);
  }
  .stars .filled {
    color: var(--care-star-color, #b45309);
  }
  .filled svg {
    fill: currentColor;
  }
  .labels {
    display: flex;
    justify-content: space-between;
    gap: 1rem;
    margin-block-start: 0.25rem;
  }
`;
