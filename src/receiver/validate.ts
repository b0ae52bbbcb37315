import * as validators from './validators.js';

/** The schema for each event type's `data`. */
const DATA = {
  'care.feedback.rating.v1': validators.rating,
  'care.feedback.comment.v1': validators.comment,
  'care.feedback.shown.v1': validators.shown,
  'care.feedback.dismissed.v1': validators.dismissed,
} as const;

/**
 * Why `event` is not a valid care-feedback CloudEvent, naming the field (`data.value must be <= 10`), or null
 * when it is: the envelope first, then `data` by the schema its `type` names.
 */
export function invalidEvent(event: unknown): string | null {
  if (!validators.envelope(event)) return describe('', validators.envelope);
  const { type, data, time } = event as { type: keyof typeof DATA; data: unknown; time: string };
  // The schema checks the shape of `time`; a date that does not exist (month 13, 30 February) is refused too.
  const date = new Date(time);
  if (isNaN(date.getTime()) || date.getUTCFullYear() < 1 || date.toISOString().slice(0, 10) !== time.slice(0, 10)) {
    return `time: ${time} is not a real date`;
  }
  const validate = DATA[type];
  return validate(data) ? null : describe('data', validate);
}

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
