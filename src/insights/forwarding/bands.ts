/**
 * The bands of contract §3, for the server side: which answers are negative, neutral or positive. The same table
 * as the elements' `sentimentOf` (components/base/scales.ts), which the server side may not import (it is
 * browser code); tests/forwarding/bands.test.mjs checks the two agree on every scale, range and value.
 */
import type { RatingData } from '../../types.js';

export type Band = 'negative' | 'neutral' | 'positive';

export function bandOf({ scale, value, min, max }: Pick<RatingData, 'scale' | 'value' | 'min' | 'max'>): Band {
  const top =
    scale === 'nps' ? value >= 9
    : scale === 'thumbs' || scale === 'emoji' || max === 3 ? value === max
    : value >= max - 1;
  if (top) return 'positive';
  const bottom = scale === 'nps' ? value <= 6 : value < (min + max) / 2;
  return bottom ? 'negative' : 'neutral';
}

/** Which answers a sink hears: every one, one band, several, or a test of the answer's band. */
export type When = 'all' | Band | Band[] | ((band: Band | undefined) => boolean);

/** Whether an answer of `band` (undefined: a comment whose rating was never seen) passes `when`. */
export function passes(when: When, band: Band | undefined): boolean {
  if (when === 'all') return true;
  if (typeof when === 'function') return when(band);
  if (band === undefined) return false;
  return Array.isArray(when) ? when.includes(band) : when === band;
}
