/** The bands of contract §3 (core/bands.ts) and which of them a sink hears. */
import type { Band } from '../../core/bands.js';

export { bandOf, type Band } from '../../core/bands.js';

/** Which answers a sink hears: every one, one band, several, or a test of the answer's band. */
export type When = 'all' | Band | Band[] | ((band: Band | undefined) => boolean);

/** Whether an answer of `band` (undefined: a comment whose rating was never seen) passes `when`. */
export function passes(when: When, band: Band | undefined): boolean {
  if (when === 'all') return true;
  if (typeof when === 'function') return when(band);
  if (band === undefined) return false;
  return Array.isArray(when) ? when.includes(band) : when === band;
}
