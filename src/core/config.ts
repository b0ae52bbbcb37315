import type { CareCloudEvent, FeedbackContext } from '../types.js';
import { reportInvalid } from './log.js';
import { MAX_CONTEXT_KEY_LENGTH, MAX_SOURCE_LENGTH, tooLong } from './wire-limits.js';

/** A built-in mask the host can ask for; payment card numbers are always masked. */
export type RedactRule = 'email' | 'phone';
/** The host's own redaction: gets the text with the built-in masks applied, returns what is sent. */
export type Redactor = (text: string) => string;

/** Delivers one event yourself instead of POSTing it; a rejected promise counts as a failed delivery. */
export type Transport = (event: CareCloudEvent) => void | Promise<void>;

export interface CareConfig {
  /** Where events are POSTed: `https:`, or `http:` on localhost, 127.0.0.1 or [::1]. Relative URLs resolve against the page. */
  endpoint?: string;
  /** CloudEvents `source`; default: the page's origin and path. Query string and fragment are always dropped. */
  source?: string;
  /** String, number or boolean values copied into every event's `data.context`. */
  context?: FeedbackContext;
  /** Deliver events yourself (the endpoint is then not used). */
  transport?: Transport;
  /** `'local'` (default) keeps pending events and what a visitor answered in localStorage; `'none'` keeps nothing. */
  storage?: 'local' | 'none';
  /** Days that must pass after any survey was shown before another is shown on this site; 0 (default) is off. */
  quietDays?: number;
  /**
   * What else to mask in visitors' free text before it leaves the browser (card numbers always are):
   * `'email'`, `'phone'`, your own function, or a list of them, applied in order. See the README's Privacy.
   */
  redact?: RedactRule | Redactor | readonly (RedactRule | Redactor)[];
}

interface ResolvedConfig {
  endpoint?: string;
  source?: string;
  context: FeedbackContext;
  transport?: Transport;
  storage: 'local' | 'none';
  quietDays: number;
  redact: readonly (RedactRule | Redactor)[];
}

/**
 * The configuration lives on `globalThis` under a registered symbol so that two copies of the library on one
 * page (a script tag and an npm bundle) share it: a host configures once, whichever copy its code imported.
 */
const CONFIG_KEY = Symbol.for('care-feedback.config');
// A fresh copy each time: the configuration sits where other copies of the library reach it too.
const DEFAULTS = (): ResolvedConfig => ({ context: {}, storage: 'local', quietDays: 0, redact: [] });
type ConfigHolder = { [CONFIG_KEY]?: ResolvedConfig };

export const currentConfig = (): ResolvedConfig => ((globalThis as ConfigHolder)[CONFIG_KEY] ??= DEFAULTS());

/** Reports a refused value (naming the option); returns null, what a check returns for a refused value. */
function refuse(value: unknown, option: string, expected: string): null {
  reportInvalid('configure()', option, value, expected, false);
  return null;
}

/** Keys that would reach an object's prototype, never taken as context keys. */
const UNSAFE_KEYS = ['__proto__', 'constructor', 'prototype'];
const isContextValue = (value: unknown) => typeof value === 'string' || typeof value === 'boolean' || Number.isFinite(value);

/**
 * Each option's check, given the value and the option's name: the value to keep, or null (never a value an
 * option keeps) after a console error. No prototype, so an option named `__proto__` or `constructor` finds
 * nothing here.
 */
const OPTIONS: Record<keyof CareConfig, (value: any, option: string) => unknown> & { __proto__?: null } = {
  __proto__: null,
  endpoint: (value) => checkEndpoint(value, 'configure()'),
  // What the envelope's schema takes: 1 to MAX_SOURCE_LENGTH characters, once the query and fragment are dropped.
  source: (value, option) => {
    const source = typeof value === 'string' && value.replace(/[?#].*/s, '');
    return source && !tooLong(source, MAX_SOURCE_LENGTH) ? source : refuse(value, option, `1 to ${MAX_SOURCE_LENGTH} characters before any ? or # expected`);
  },
  // A flat object of primitives, keys the schema takes, no prototype-polluting keys.
  context: (value, option) => {
    const expected = `an object of strings, numbers and booleans expected, keys of at most ${MAX_CONTEXT_KEY_LENGTH} characters, no ${UNSAFE_KEYS.join(', ')}`;
    if (!value || typeof value !== 'object' || Array.isArray(value)) return refuse(value, option, expected);
    const entries = Object.entries(value);
    const bad = entries.find(([key, entry]) => UNSAFE_KEYS.includes(key) || tooLong(key, MAX_CONTEXT_KEY_LENGTH) || !isContextValue(entry));
    return bad ? refuse(bad[1], `context "${bad[0]}":`, expected) : Object.fromEntries(entries);
  },
  transport: (value, option) => (typeof value === 'function' ? value : refuse(value, option, 'a function expected')),
  storage: (value, option) => (value === 'local' || value === 'none' ? value : refuse(value, option, '"local" or "none" expected')),
  quietDays: (value, option) => (Number.isFinite(value) && value >= 0 ? value : refuse(value, option, 'a number, 0 or more, expected')),
  redact: (value, option) => {
    const rules = [value].flat();
    return rules.every((rule) => rule === 'email' || rule === 'phone' || typeof rule === 'function') ? rules : refuse(value, option, '"email", "phone", functions or a list of them expected');
  },
};

/**
 * Sets the global configuration. Options that are present replace what was there (`undefined`, `null` or
 * `''` restore the default); an option whose value is bad is refused with a console error and the rest still
 * applies. Never throws.
 */
export function configure(options: CareConfig): void {
  if (!options || typeof options !== 'object') {
    refuse(options, 'options', 'an object expected');
    return;
  }
  const config = currentConfig() as unknown as Record<string, unknown>;
  for (const [option, value] of Object.entries(options)) {
    const check = OPTIONS[option as keyof CareConfig];
    const kept = !check
      ? refuse(option, 'option', `one of ${Object.keys(OPTIONS)} expected`)
      : value == null || value === ''
        ? DEFAULTS()[option as keyof ResolvedConfig]
        : check(value, option);
    if (kept !== null) config[option] = kept;
  }
}

/**
 * Resolves an endpoint and applies the contract's rule: `https:`, or `http:` only on loopback, so answers never
 * travel in clear text across a network. Returns null (after one console error naming `who` and the value)
 * when the endpoint is refused.
 */
export function checkEndpoint(value: unknown, who: string): string | null {
  try {
    const { protocol, hostname, href } = new URL(value as string, globalThis.document?.baseURI);
    if (typeof value === 'string' && (protocol === 'https:' || (protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(hostname)))) {
      return href;
    }
  } catch {
    /* not a URL: refused below */
  }
  reportInvalid(who, 'endpoint', value, 'https:, or http: on localhost, 127.0.0.1 or [::1], expected');
  return null;
}

/** The CloudEvents `source`: the configured one, or the page's origin and path (never its query or fragment). */
export const eventSource = (): string => {
  const location = globalThis.location;
  if (currentConfig().source || !location) return currentConfig().source || 'care-feedback';
  // A sandboxed frame's origin is opaque ("null"): its address (`about:srcdoc`, the frame's URL) names it instead.
  const page = location.origin === 'null' ? location.href.replace(/[?#].*/s, '') : location.origin + location.pathname;
  // A page's address is percent-encoded ASCII (one code point a character), so slice() cuts it at the schema's limit.
  return page.slice(0, MAX_SOURCE_LENGTH);
};
