import type { RatingScale } from '../../types.js';
import { bandOf, type Band } from '../../core/bands.js';
import { fill, formatNumber, plural, type Speech } from '../../localization/localize.js';

/** The first is the default. */
export const SCALES: readonly RatingScale[] = ['stars', 'nps', 'emoji', 'numbers', 'thumbs'];

/** Points each scale may have; `nps` and `thumbs` have fixed ends and ignore `range`. */
export const RANGES: Partial<Record<RatingScale, readonly number[]>> = {
  stars: [3, 5, 7, 10],
  numbers: [3, 5, 7, 10],
  emoji: [3, 5],
};

export interface ScaleOption {
  value: number;
  /** The number an NPS or numbers option shows, as the language writes it (the others show a picture). */
  text: string;
  /** The accessible name: "9 of 10", "4 stars", "Satisfied". */
  name: string;
}

export interface ScaleModel {
  scale: RatingScale;
  min: number;
  max: number;
  options: ScaleOption[];
  question: string;
  lowLabel: string;
  highLabel: string;
}

/** Builds the options and default texts of a scale. `scale` and `range` must already be valid. */
export function scaleModel(
  scale: RatingScale,
  range: number,
  { locale, t }: Speech,
  /** The element's own texts, which win over the defaults. */
  own: { question?: string; lowLabel?: string; highLabel?: string }
): ScaleModel {
  const nps = scale === 'nps';
  const thumbs = scale === 'thumbs';
  const min = nps || thumbs ? 0 : 1;
  const max = nps ? 10 : thumbs ? 1 : range;
  // Faces are numbered from very dissatisfied (0) to very satisfied (4); a 3-point scale has the middle three.
  const faceOffset = max === 3 ? 0 : 1;
  const options: ScaleOption[] = [];
  const number = (value: number) => formatNumber(locale, value);
  for (let value = min; value <= max; value++) {
    options.push({
      value,
      text: number(value),
      name: thumbs ? (value ? t.thumbsUp : t.thumbsDown)
        : scale === 'stars' ? plural(locale, t.stars, value)
        : scale === 'emoji' ? t.emoji[value - faceOffset]
        : fill(t.pointOf, { value: number(value), max: number(max) }),
    });
  }
  return {
    scale, min, max, options,
    question: own.question ?? (nps ? t.npsQuestion : thumbs ? t.thumbsQuestion : t.satisfactionQuestion),
    lowLabel: own.lowLabel ?? (nps ? t.npsLow : thumbs ? '' : t.satisfactionLow),
    highLabel: own.highLabel ?? (nps ? t.npsHigh : thumbs ? '' : t.satisfactionHigh),
  };
}

/** Which band an answer falls in: it picks the follow-up question and the thanks slot (contract §3). */
export type Sentiment = Band;
export const sentimentOf = bandOf;


