/**
 * The bands of contract §3, one rule for every side: the elements (the follow-up question and the thanks slot),
 * the insights' figures and the forwarder's `when`. The top band is NPS promoters (9–10), thumbs up, the top
 * emoji, and the top two points of 5-, 7- and 10-point scales (the top one of a 3-point scale); the bottom band is
 * NPS detractors (0–6) and everything below the middle of the other scales. Pure, so the receiver's side compiles
 * it too (tsconfig.receiver.json), as it does wire-limits.ts. The same rule in SQL: insights/summary/queries.ts.
 */
import type { RatingData } from '../types.js';

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
