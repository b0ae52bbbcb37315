import { css } from 'lit';

/**
 * The public `--care-*` custom properties, resolved once on `:host` into private `--_*` ones. The fallback
 * lives in the `var()` rather than in a `:host` declaration, so a host can set a property on any ancestor
 * (a dark container, `:root`) and it reaches the element by inheritance.
 */
export const themeStyles = css`
  :host {
    --_accent: var(--care-accent, #1d4ed8);
    --_accent-contrast: var(--care-accent-contrast, #ffffff);
    --_surface: var(--care-surface, #ffffff);
    --_text: var(--care-text, #1f2937);
    --_muted: var(--care-muted, #4b5563);
    --_border: var(--care-border, #6b7280);
    --_radius: var(--care-radius, 0.5rem);
    --_focus-ring: var(--care-focus-ring, #1d4ed8);
    --_star: var(--care-star-color, #b45309);
    --_target: var(--care-target-size, 2.75rem);
    font-family: var(--care-font, inherit);
    color: var(--_text);
    box-sizing: border-box;
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  button {
    font: inherit;
    color: inherit;
    cursor: pointer;
  }
  button:disabled {
    cursor: not-allowed;
  }
  :focus-visible {
    outline: 3px solid var(--_focus-ring);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
