import { css } from 'lit';

/**
 * Themable through custom properties on the host (`--care-insights-*`), with logical properties throughout so
 * `dir="rtl"` needs no second stylesheet, and a forced-colors block.
 */
export const insightsStyles = css`
  :host {
    --care-insights-accent: #2557d6;
    --care-insights-negative: #c62828;
    --care-insights-neutral: #8a6d00;
    --care-insights-positive: #1b7f3b;
    --care-insights-surface: #ffffff;
    --care-insights-text: #1c1f24;
    --care-insights-muted: #555d69;
    --care-insights-border: #d5d9e0;
    --care-insights-radius: 8px;
    --care-insights-font: system-ui, sans-serif;
    display: block;
    color: var(--care-insights-text);
    font-family: var(--care-insights-font);
    font-size: 1rem;
    line-height: 1.45;
  }
  [hidden] { display: none !important; }
  .base { display: grid; gap: 1.25rem; }
  section, form.filters, .card {
    background: var(--care-insights-surface);
    border: 1px solid var(--care-insights-border);
    border-radius: var(--care-insights-radius);
    padding: 1rem;
  }
  h2, h3 { margin: 0 0 0.75rem; font-size: 1.1rem; }
  h3 { font-size: 1rem; }
  form.filters { display: flex; flex-wrap: wrap; gap: 0.75rem; align-items: end; }
  label { display: grid; gap: 0.25rem; font-size: 0.875rem; color: var(--care-insights-muted); }
  input, select, button, a.button {
    font: inherit;
    min-block-size: 44px;
    padding-inline: 0.75rem;
    border: 1px solid var(--care-insights-border);
    border-radius: calc(var(--care-insights-radius) / 2);
    background: var(--care-insights-surface);
    color: var(--care-insights-text);
    box-sizing: border-box;
  }
  button, a.button {
    background: var(--care-insights-accent);
    border-color: var(--care-insights-accent);
    color: #fff;
    cursor: pointer;
    display: inline-flex;
    align-items: center;
    text-decoration: none;
  }
  :focus-visible { outline: 3px solid var(--care-insights-accent); outline-offset: 2px; }
  .headline { display: grid; gap: 1rem; grid-template-columns: repeat(auto-fit, minmax(15rem, 1fr)); }
  .figure { font-size: 2rem; font-weight: 700; font-variant-numeric: tabular-nums; }
  .muted { color: var(--care-insights-muted); font-size: 0.875rem; }
  dl { display: grid; grid-template-columns: auto 1fr; gap: 0.25rem 0.75rem; margin: 0.5rem 0 0; }
  dt { color: var(--care-insights-muted); }
  dd { margin: 0; font-variant-numeric: tabular-nums; }
  .charts { display: grid; gap: 1rem; grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr)); }
  .chart { position: relative; block-size: 16rem; }
  table { border-collapse: collapse; inline-size: 100%; }
  th, td { text-align: start; padding: 0.4rem 0.5rem; border-block-end: 1px solid var(--care-insights-border); }
  td.number { font-variant-numeric: tabular-nums; }
  .reasons { display: grid; gap: 1rem; grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr)); }
  ol, ul { margin: 0; padding-inline-start: 1.25rem; }
  .funnel { display: grid; gap: 0.5rem; list-style: none; padding: 0; }
  .funnel li { display: grid; grid-template-columns: 8rem 1fr auto; gap: 0.75rem; align-items: center; }
  .bar { inline-size: 100%; block-size: 0.75rem; accent-color: var(--care-insights-accent); }
  .answers { list-style: none; padding: 0; display: grid; gap: 0.75rem; }
  .answers article { border-inline-start: 4px solid var(--care-insights-border); padding-inline-start: 0.75rem; }
  .answers .negative { border-inline-start-color: var(--care-insights-negative); }
  .answers .neutral { border-inline-start-color: var(--care-insights-neutral); }
  .answers .positive { border-inline-start-color: var(--care-insights-positive); }
  .answers p { margin: 0.25rem 0; white-space: pre-wrap; overflow-wrap: anywhere; }
  .badge { font-weight: 600; }
  .exports { display: flex; gap: 0.5rem; flex-wrap: wrap; }
  .error { color: var(--care-insights-negative); font-weight: 600; }
  @media (forced-colors: active) {
    button, a.button { border-color: ButtonText; }
    .answers article { border-inline-start-color: CanvasText; }
  }
`;
