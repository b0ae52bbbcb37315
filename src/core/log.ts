/**
 * Console reporting. Bad input is reported, never thrown into the host page; each distinct problem is
 * reported once (unless `once` is false) so a re-rendering element cannot flood the console.
 */
const reported = new Set<string>(); // by message: no message is both an error and a warning

function report(level: 'error' | 'warn', message: string, once = true): void {
  if (once && reported.has(message)) return;
  reported.add(message);
  console[level]('care-feedback: ' + message);
}

export const reportError = (message: string, once?: boolean): void => report('error', message, once);

export const reportWarning = (message: string, once?: boolean): void => report('warn', message, once);

/** A value as a host wrote it, for messages: strings quoted, objects as JSON, anything else as text. */
export function describe(value: unknown): string {
  try {
    // An Error by its message (as JSON it would be `{}`).
    return value instanceof Error ? value.message : JSON.stringify(value) ?? String(value);
  } catch {
    // Cyclic objects, BigInt, and objects whose toString throws or is not a function.
    return {}.toString.call(value);
  }
}

/** Reports a refused attribute or option in one shape: who, what, the value, what was expected (and what instead). */
export function reportInvalid(who: string, what: string, value: unknown, expected: string, once?: boolean): void {
  reportError(`${who} ${what} ${describe(value)} refused: ${expected}.`, once);
}
