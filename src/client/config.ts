import type { CareCloudEvent, FeedbackContext } from '../types.js';
import { reportInvalid } from '../internal/log.js';
import type { RedactRule, Redactor } from './redact.js';

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
const DEFAULTS = (): ResolvedConfig => ({ context: {}, storage: 'local', quietDays: 0, redact: [] });
type ConfigHolder = { [CONFIG_KEY]?: ResolvedConfig };

export const currentConfig = (): ResolvedConfig => ((globalThis as ConfigHolder)[CONFIG_KEY] ??= DEFAULTS());

const FORBIDDEN_KEYS = ['__proto__', 'constructor', 'prototype'];
const REFUSED = Symbol();

/** Keeps `value` when `ok`, else reports it (naming the option) and refuses it. */
const keepIf = (ok: boolean, value: unknown, option: string, expected: string, kept = value) =>
  ok ? kept : (reportInvalid('configure()', option, value, expected, false), REFUSED);

/**
 * Each option's check, given the value and the option's name: the value to keep, or REFUSED after a console
 * error. No prototype, so an option named `__proto__` or `constructor` finds nothing here.
 */
const OPTIONS: Record<keyof CareConfig, (value: any, option: string) => unknown> & { __proto__?: null } = {
  __proto__: null,
  endpoint: (value) => checkEndpoint(value, 'configure()') ?? REFUSED,
  source: (value, option) =>
    typeof value == 'string' ? value.replace(/[?#].*$/s, '') : keepIf(false, value, option, 'a string expected'),
  context: (value) => checkContext(value, 'configure()') ?? REFUSED,
  transport: (value, option) => keepIf(typeof value == 'function', value, option, 'a function expected'),
  storage: (value, option) => keepIf(value === 'local' || value === 'none', value, option, '"local" or "none" expected'),
  quietDays: (value, option) => keepIf(typeof value == 'number' && value >= 0 && value < Infinity, value, option, 'a number, 0 or more, expected'),
  redact: (value, option) => {
    const rules = [value].flat();
    return keepIf(rules.every((rule) => rule === 'email' || rule === 'phone' || typeof rule == 'function'), value, option, '"email", "phone", functions or a list of them expected', rules);
  },
};

/**
 * Sets the global configuration. Options that are present replace what was there (`undefined`, `null` or
 * `''` restore the default); an option whose value is bad is refused with a console error and the rest still
 * applies. Never throws.
 */
export function configure(options: CareConfig): void {
  if (!options || typeof options != 'object') return reportInvalid('configure()', 'options', options, 'an object expected', false);
  const config = currentConfig() as unknown as Record<string, unknown>;
  for (const [option, value] of Object.entries(options)) {
    const check = OPTIONS[option as keyof CareConfig];
    if (!check) reportInvalid('configure()', 'option', option, `one of ${Object.keys(OPTIONS)} expected`, false);
    else {
      const kept = value == null || value === '' ? DEFAULTS()[option as keyof ResolvedConfig] : check(value, option);
      if (kept !== REFUSED) config[option] = kept;
    }
  }
}

/**
 * Resolves an endpoint and applies the contract's rule: `https:`, or `http:` only on loopback, so answers never
 * travel in clear text across a network. Returns null (after one console error naming `who` and the value)
 * when the endpoint is refused.
 */
export function checkEndpoint(value: unknown, who: string): string | null {
  try {
    const url = new URL(value as string, globalThis.document?.baseURI);
    const { protocol } = url;
    if (typeof value == 'string' && (protocol == 'https:' || (protocol == 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname)))) {
      return url.href;
    }
  } catch {
    /* not a URL: refused below */
  }
  reportInvalid(who, 'endpoint', value, 'https:, or http: on localhost, 127.0.0.1 or [::1], expected');
  return null;
}

/** Validates host context: a flat object of primitives, no prototype-polluting keys. Null when refused. */
export function checkContext(value: unknown, who: string): FeedbackContext | null {
  const entries = value && typeof value == 'object' && !Array.isArray(value) ? Object.entries(value) : undefined;
  const bad = entries
    ? entries.find(([key, entry]) => FORBIDDEN_KEYS.includes(key) || !(typeof entry == 'string' || typeof entry == 'boolean' || Number.isFinite(entry)))
    : ['', value];
  if (!bad) return Object.fromEntries(entries!);
  reportInvalid(who, bad[0] ? `context "${bad[0]}":` : 'context', bad[1], 'an object of strings, numbers and booleans expected, no __proto__, constructor, prototype', false);
  return null;
}

/** The CloudEvents `source`: the configured one, or the page's origin and path (never its query or fragment). */
export const eventSource = (): string => {
  const location = globalThis.location;
  return currentConfig().source || (location ? location.origin + location.pathname : 'care-feedback');
};
