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
 * A private property is named by the initials of its public one (`--_accent-contrast` for `--care-accent-contrast`): the
 * names are repeated in every rule that uses them, and every visitor downloads them.
 * The fallback lives in the `var()` rather than in a `:host` declaration, so a host can set a property on any
 * ancestor (a dark container, `:root`) and it reaches the element by inheritance.
 */
export const themeStyles = css`
  :host {
    --_accent: var(--care-accent, #1d4ed8);
    --_accent-contrast: var(--care-accent-contrast, #fff);
    --_surface: var(--care-surface, #fff);
    --_text: var(--care-text, #1f2937);
    --_muted: var(--care-muted, #4b5563);
    --_border: var(--care-border, #6b7280);
    --_radius: var(--care-radius, 0.5rem);
    display: block;
    font-family: var(--care-font, inherit);
    color: var(--_text);
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
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
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
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_accent-contrast);
  }
  :disabled,
  .submit[aria-disabled='true'] {
    opacity: 0.6;
    cursor: not-allowed;
  }
  :focus-visible {
    outline: 3px solid var(--care-focus-ring, var(--_accent));
    outline-offset: 2px;
  }
  #question,
  label {
    display: block;
    font-weight: 600;
    margin-block-end: 0.5rem;
  }
  /* Headings and end labels wrap into even lines, never leaving a last word (or, in Japanese, "か？") alone;
     where the engine knows the language's phrases (Chromium, Japanese), they break between phrases. */
  #question,
  label,
  #labels > * {
    text-wrap: balance;
    word-break: auto-phrase;
  }
  #labels,
  #counter {
    font-size: 0.875rem;
    color: var(--_muted);
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
