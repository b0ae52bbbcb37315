import { unsafeCSS, type CSSResult } from 'lit';

/**
 * Our stylesheets' tag: a literal without interpolations (its type takes none), so, unlike Lit's `css`, it
 * needs no checks of interpolated values, and the script tag carries none (about 100 bytes). The build's
 * minifier still compresses it, as it does every template tagged `css`.
 */
export const css = (strings: TemplateStringsArray): CSSResult => unsafeCSS(strings[0]);

/**
 * The stylesheet every element shares (Lit adopts one CSSStyleSheet for all of them): the public `--care-*`
 * custom properties resolved into private `--_*` ones, and the rules the three elements have in common.
 * A private property is named by the initials of its public one (`--_ac` for `--care-accent-contrast`): the
 * names are repeated in every rule that uses them, and every visitor downloads them.
 * The fallback lives in the `var()` rather than in a `:host` declaration, so a host can set a property on any
 * ancestor (a dark container, `:root`) and it reaches the element by inheritance.
 */
export const themeStyles = css`
  :host {
    --_a: var(--care-accent, #1d4ed8);
    --_ac: var(--care-accent-contrast, #fff);
    --_s: var(--care-surface, #fff);
    --_t: var(--care-text, #1f2937);
    --_m: var(--care-muted, #4b5563);
    --_b: var(--care-border, #6b7280);
    --_r: var(--care-radius, 0.5rem);
    display: block;
    font-family: var(--care-font, inherit);
    color: var(--_t);
    box-sizing: border-box;
  }
  :host([hidden]) {
    display: none !important;
  }
  * {
    box-sizing: inherit;
  }
  button,
  textarea,
  .card {
    font: inherit;
    color: inherit;
    background: var(--_s);
    border: 1px solid var(--_b);
    border-radius: var(--_r);
  }
  /* Every button is a touch target of at least 44 × 44 CSS px. */
  button {
    min-inline-size: var(--care-target-size, 2.75rem);
    min-block-size: var(--care-target-size, 2.75rem);
    cursor: pointer;
  }
  [aria-checked='true'],
  .submit,
  .tab {
    background: var(--_a);
    border-color: var(--_a);
    color: var(--_ac);
  }
  :disabled,
  .submit[aria-disabled='true'] {
    opacity: 0.6;
    cursor: not-allowed;
  }
  :focus-visible {
    outline: 3px solid var(--care-focus-ring, var(--_a));
    outline-offset: 2px;
  }
  #question,
  label {
    display: block;
    font-weight: 600;
    margin-block-end: 0.5rem;
  }
  #labels,
  #counter {
    font-size: 0.875rem;
    color: var(--_m);
  }
  /* Forced colours repaint borders and outlines themselves; the choice needs the system highlight. */
  @media (forced-colors: active) {
    [aria-checked='true'],
    .filled {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }
`;
