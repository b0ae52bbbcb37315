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
