import * as validators from './validators.js';
import { MAX_JSON_DEPTH, MAX_TIME_FRACTION_DIGITS, MAX_TIME_YEAR, MIN_TIME_YEAR } from '../core/wire-limits.js';

/** The schema for each event type's `data`. */
const DATA = {
  'care.feedback.rating.v1': validators.rating,
  'care.feedback.comment.v1': validators.comment,
  'care.feedback.shown.v1': validators.shown,
  'care.feedback.dismissed.v1': validators.dismissed,
} as const;

/** RFC 3339 in UTC as the envelope schema allows it, with its parts captured for the exact checks below. */
const RFC3339_UTC = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)(?:\.(\d+))?Z$/;

/**
 * The body parsed as JSON, or why it cannot be. What follows the parse recurses (the schemas, the text check
 * below, a store's JSON.stringify), so nesting deeper than any event has is refused here, before any of it: a
 * stack overflow would be a 500, not a 400. The parse itself takes any depth in V8, whose JSON.parse keeps its
 * own stack; a parser that ran out of stack would throw, which is answered as "not JSON" (400) too.
 */
export function parseEvent(text: string): { event: unknown } | { problem: string } {
  let event: unknown;
  try {
    event = JSON.parse(text);
  } catch {
    return { problem: 'the body is not JSON' };
  }
  if (deeperThan(event, MAX_JSON_DEPTH)) return { problem: `the event nests objects or arrays deeper than ${MAX_JSON_DEPTH} levels` };
  return { event };
}

/**
 * Whether `value` nests arrays or objects more than `levels` deep. It walks the parsed value (a score of nodes
 * for an event, where a scan of its text takes a step per character) and stops as soon as the answer is yes,
 * so its own recursion is never deeper than `levels`.
 */
function deeperThan(value: unknown, levels: number): boolean {
  if (typeof value !== 'object' || value === null) return false;
  if (levels === 0) return true;
  if (Array.isArray(value)) return value.some((item) => deeperThan(item, levels - 1));
  for (const key in value) if (deeperThan((value as Record<string, unknown>)[key], levels - 1)) return true;
  return false;
}

/**
 * Why `event` is not a valid care-feedback CloudEvent that every store can keep, naming the field
 * (`data.value: must be <= 10`), or null when it is: the envelope first, then `data` by the schema its `type`
 * names, then what a schema cannot say but a database refuses (a date that does not exist, a NUL, half a
 * surrogate pair). `event` must come from `parseEvent`, so its depth is bounded.
 */
export function invalidEvent(event: unknown): string | null {
  if (!validators.envelope(event)) return describe('', validators.envelope);
  const { type, data, time } = event as { type: keyof typeof DATA; data: unknown; time: string };
  const timeProblem = invalidTime(time);
  if (timeProblem) return `time: ${timeProblem}`;
  const validate = DATA[type];
  if (!validate(data)) return describe('data', validate);
  return unstorableText(event, '');
}

/** Why `time` is not an instant PostgreSQL (and any RFC 3339 reader) takes exactly, or null. */
function invalidTime(time: string): string | null {
  const parts = RFC3339_UTC.exec(time);
  if (!parts) return `${time} is not an RFC 3339 UTC time`;
  if ((parts[7] ?? '').length > MAX_TIME_FRACTION_DIGITS) return `${time} has more than ${MAX_TIME_FRACTION_DIGITS} fractional digits`;
  const year = Number(parts[1]);
  const month = Number(parts[2]);
  const day = Number(parts[3]);
  if (year < MIN_TIME_YEAR || year > MAX_TIME_YEAR) return `${time} is not a real date`; // PostgreSQL and RFC 3339 take years 0001–9999 only
  const real = month >= 1 && month <= 12 && day >= 1 && day <= daysIn(year, month);
  if (!real || Number(parts[4]) > 23 || Number(parts[5]) > 59 || Number(parts[6]) > 59) return `${time} is not a real date`;
  return null;
}

/** Days in `month` (1–12) of `year` in the proleptic Gregorian calendar, as RFC 3339 and PostgreSQL count them. */
function daysIn(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * The first string (a value or a key) that no database keeps as written — a NUL character, half a surrogate
 * pair — named by its path, or null. Checked on the parsed strings, so text that merely looks like an escape
 * (`D:\Udemy`, a typed `\u0000`) is stored as typed.
 */
function unstorableText(value: unknown, path: string): string | null {
  if (typeof value === 'string') return storable(value) ? null : `${path || 'the event'}: holds a NUL character or a lone surrogate`;
  if (typeof value !== 'object' || value === null) return null;
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      const problem = unstorableText(value[index], `${path}[${index}]`);
      if (problem) return problem;
    }
    return null;
  }
  // JSON.parse gives plain objects, whose keys `for…in` walks without the array Object.entries makes.
  for (const key in value) {
    if (!storable(key)) return `${path || 'the event'}: a key holds a NUL character or a lone surrogate`;
    const problem = unstorableText((value as Record<string, unknown>)[key], path ? `${path}.${key}` : key);
    if (problem) return problem;
  }
  return null;
}

const storable = (text: string): boolean =>
  !text.includes('\u0000') && (text as string & { isWellFormed(): boolean }).isWellFormed();

function describe(prefix: string, validate: (typeof validators)['envelope']): string {
  const errors = validate.errors ?? [];
  // "One of several types" fails with an error per type and one for the anyOf: say it as one.
  const anyOf = errors.find((e) => e.keyword === 'anyOf');
  const types = anyOf && errors.filter((e) => e.instancePath === anyOf.instancePath && e.keyword === 'type').map((e) => e.params?.type);
  const error = anyOf && types?.length ? { ...anyOf, message: `must be ${types.join(' or ')}` } : errors[0];
  if (!error) return `${prefix || 'the event'} is not valid`;
  // A missing or unexpected property is named by the error's params, not its path.
  const name = (error.params?.missingProperty ?? error.params?.additionalProperty) as string | undefined;
  const path = [prefix, ...error.instancePath.split('/').filter(Boolean), ...(name ? [name] : [])].filter(Boolean).join('.');
  return `${path || 'the event'}: ${error.message}`;
}
