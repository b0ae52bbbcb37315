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
 * A private property is named after its public one (`--_accent-contrast` for `--care-accent-contrast`); the
 * script tag's build shortens every `--_…` name (rollup.config.mjs), so readable names cost visitors nothing.
 * The fallback lives in the `var()` rather than in a `:host` declaration, so a host can set a property on any
 * ancestor (a dark container, `:root`) and it reaches the element by inheritance.
 *
 * A partner's page is hostile: its rules reach the host element, and beat `:host` rules (`* { --_surface: #111 }`,
 * `* { box-sizing: content-box !important }`). So nothing inside inherits from the host what a page could set:
 * the private properties are set on the shadow root's own top-level elements, and every element of the shadow
 * tree sets its own `box-sizing`. Sizes have floors in CSS px (44 px targets, 12 px text), so a small root font
 * (`html { font-size: 62.5% }`) changes nothing a visitor needs.
 */
export const themeStyles = css`
  :host {
    display: block;
    font-family: var(--care-font, inherit);
    font-size: max(1em, 12px);
    color: var(--care-text, #1f2937);
  }
  :host > * {
    --_accent: var(--care-accent, #1d4ed8);
    --_accent-contrast: var(--care-accent-contrast, #fff);
    --_surface: var(--care-surface, #fff);
    --_text: var(--care-text, #1f2937);
    --_muted: var(--care-muted, #4b5563);
    --_border: var(--care-border, #6b7280);
    --_radius: var(--care-radius, 0.5rem);
    --_target: max(44px, var(--care-target-size, 2.75rem));
  }
  :host([hidden]) {
    display: none !important;
  }
  * {
    box-sizing: border-box;
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
    min-inline-size: var(--_target);
    min-block-size: var(--_target);
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
    font-size: max(0.875rem, 12px);
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
