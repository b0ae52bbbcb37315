import { html, nothing } from 'lit';

/**
 * The scales' pictures, drawn inline as SVG so they look the same on every system: no emoji font, no text
 * glyph that differs from font to font, no image request. Strokes and fills are `currentColor`, so colours
 * come from the `--care-*` properties and forced-colours mode repaints them like text. Each picture is
 * decoration (`aria-hidden`): the option's accessible name says what it is. Every picture is one static
 * template, so rendering it again costs nothing but a clone.
 */

/** An outlined star; filled (`.filled` on the option) for chosen and previewed ones. */
export const STAR = html`<svg viewBox="0 0 24 24" aria-hidden="true"><path d="M12 2.5l2.9 6 6.6.8-4.9 4.6 1.3 6.5-5.9-3.2-5.9 3.2 1.3-6.5-4.9-4.6 6.6-.8z"/></svg>`;

/**
 * Faces from very dissatisfied to very satisfied: the same round face and eyes, the mouth bending from a
 * frown through a straight line to a wide smile.
 */
export const FACES = ['17q4-5', '16q4-2.5', '15.5q4 0', '15q4 2.5', '14q4 5'].map(
  (mouth) => html`<svg viewBox="0 0 24 24" aria-hidden="true"><circle cx="12" cy="12" r="9.5"/><path d="M9 9.5v.5m6-.5v.5M8 ${mouth} 8 0"/></svg>`
);

/** Thumbs down, then up: the same thumb, turned over for down. */
export const THUMBS = ['flip', nothing].map(
  (flip) => html`<svg viewBox="0 0 24 24" aria-hidden="true" class=${flip}><path d="M7 10.5v9H3.5v-9zm0 0 4-7.5c1.6 0 2.6 1.2 2.3 2.8l-.8 3.7H19a1.8 1.8 0 0 1 1.8 2.2l-1.5 6.6a2 2 0 0 1-2 1.7H7"/></svg>`
);
