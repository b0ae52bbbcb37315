/**
 * The wire format's limits (contract §5), in one module that the browser side and the receiver both import.
 * The JSON Schemas in `schemas/` state the same numbers; tests/node/wire-limits.test.mjs checks that they agree.
 * Lengths are counted in code points, as JSON Schema's `maxLength` counts them, never in UTF-16 units.
 */

/** `surveyId`, `responseId` (and so the envelope's `subject`): 1 to this many characters. */
export const MAX_ID_LENGTH = 200;
/** A question (the rating's heading, the comment box's label) as it is sent. */
export const MAX_QUESTION_LENGTH = 1000;
/** The `locale` of every event: a BCP 47 tag, cut to this length for the event's copy only. */
export const MAX_LOCALE_LENGTH = 35;
/** The CloudEvents `source`, once its query and fragment are dropped. */
export const MAX_SOURCE_LENGTH = 2048;
/** A key of `context`. */
export const MAX_CONTEXT_KEY_LENGTH = 200;
/** A comment's text: the most `maxlength` may allow. */
export const MAX_COMMENT_LENGTH = 10_000;
/** A comment's text when the page sets no `maxlength`. */
export const DEFAULT_COMMENT_LENGTH = 1000;
/** Reasons offered to pick from, and the length of each one's label. */
export const MAX_REASONS = 8;
export const MAX_REASON_LENGTH = 100;
/** Fractional digits of the envelope's `time` (nanoseconds): what PostgreSQL and RFC 3339 readers take. */
export const MAX_TIME_FRACTION_DIGITS = 9;
/** The years of the envelope's `time`: RFC 3339 writes four digits, and year 0 does not exist. */
export const MIN_TIME_YEAR = 1;
export const MAX_TIME_YEAR = 9999;
/** Nesting of objects and arrays in one event: an event has 3 levels; anything far deeper is refused unparsed. */
export const MAX_JSON_DEPTH = 32;
/** One event, in bytes of its JSON as UTF-8. */
export const MAX_EVENT_BYTES = 16 * 1024;

/** The number of characters in `text` as JSON Schema counts them: code points, so an emoji is one. */
export const codePointLength = (text: string): number => [...text].length;

/** Whether `text` has more than `max` characters, counted in code points. */
export const tooLong = (text: string, max: number): boolean => codePointLength(text) > max;

/**
 * What no store can keep: U+0000 (PostgreSQL's text and jsonb refuse it) and a lone surrogate (half of a
 * character outside the BMP, which UTF-8 cannot encode). With the `u` flag a whole surrogate pair is one code
 * point, so only a lone half matches `\p{Cs}`.
 */
const UNSTORABLE = /\0|\p{Cs}/gu;
/**
 * What stands in for each of them: U+FFFD REPLACEMENT CHARACTER, as `toWellFormed()` writes it. Made from its
 * number: the minifier would write a string's `\uFFFD` out as the character itself, and the script tag must stay
 * ASCII for hosts that serve it in a legacy charset.
 */
const REPLACEMENT = String.fromCharCode(0xfffd);

/**
 * `text` as every store can keep it: U+0000 and each lone surrogate become U+FFFD, one character for one, so
 * the length in code points stays the same. The same as `toWellFormed()` does for surrogates, in every browser
 * (it is missing before 2023) and for U+0000 too, with one regular expression.
 */
export const wellFormed = (text: string): string => text.replace(UNSTORABLE, REPLACEMENT);

/** Whether `text` is as every store can keep it: no U+0000, no lone surrogate (see `wellFormed`). */
export const isWellFormed = (text: string): boolean => text.search(UNSTORABLE) < 0;

/**
 * `text` in at most `max` characters (code points), cut between characters as a reader sees them (grapheme
 * clusters: an emoji with its skin tone, a flag, a letter with its accents), so no half emoji and no lone
 * surrogate is ever sent. The segmenter (in every browser the library supports) is made only when a cut is
 * needed. For a first cluster longer than `max` alone (hundreds of stacked accents), the cut falls between code
 * points instead, so a text is never cut to nothing.
 */
export function cutToLength(text: string, max: number): string {
  if (!tooLong(text, max)) return text;
  const clusters = Array.from(new Intl.Segmenter().segment(text), ({ segment }) => segment);
  let cut = '';
  let length = 0;
  for (const cluster of clusters) {
    length += codePointLength(cluster);
    if (length > max) break;
    cut += cluster;
  }
  return cut || [...text].slice(0, max).join('');
}
