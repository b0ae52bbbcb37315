import type { CareCloudEvent, FeedbackContext } from '../types.js';
import { reportError } from '../internal/log.js';

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
}

interface ResolvedConfig {
  endpoint?: string;
  source?: string;
  context: FeedbackContext;
  transport?: Transport;
  storage: 'local' | 'none';
  quietDays: number;
}

/**
 * The configuration lives on `globalThis` under a registered symbol so that two copies of the library on one
 * page (a script tag and an npm bundle) share it: a host configures once, whichever copy its code imported.
 */
const CONFIG_KEY = Symbol.for('care-feedback.config');
type ConfigHolder = { [CONFIG_KEY]?: ResolvedConfig };

export function currentConfig(): ResolvedConfig {
  const holder = globalThis as ConfigHolder;
  return (holder[CONFIG_KEY] ??= { context: {}, storage: 'local', quietDays: 0 });
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Sets the global configuration. Keys that are present replace what was there; a key whose value is bad is
 * refused with a console error and the rest still applies. Never throws.
 */
export function configure(options: CareConfig): void {
  if (!options || typeof options !== 'object') {
    reportError(`configure() expects an object, got ${describe(options)}.`, false);
    return;
  }
  const config = currentConfig();
  if ('endpoint' in options) {
    const endpoint = options.endpoint == null || options.endpoint === '' ? undefined : checkEndpoint(options.endpoint, 'configure()');
    if (endpoint !== null) config.endpoint = endpoint;
  }
  if ('source' in options) {
    if (options.source == null || options.source === '') config.source = undefined;
    else if (typeof options.source === 'string') config.source = withoutQueryOrFragment(options.source);
    else reportError(`configure() source must be a string, got ${describe(options.source)}.`, false);
  }
  if ('context' in options) {
    const context = checkContext(options.context ?? {}, 'configure()');
    if (context) config.context = context;
  }
  if ('transport' in options) {
    if (options.transport == null || typeof options.transport === 'function') config.transport = options.transport ?? undefined;
    else reportError(`configure() transport must be a function, got ${describe(options.transport)}.`, false);
  }
  if ('storage' in options) {
    if (options.storage === 'local' || options.storage === 'none') config.storage = options.storage;
    else reportError(`configure() storage must be "local" or "none", got ${describe(options.storage)}.`, false);
  }
  if ('quietDays' in options) {
    const days = options.quietDays ?? 0;
    if (typeof days === 'number' && days >= 0 && Number.isFinite(days)) config.quietDays = days;
    else reportError(`configure() quietDays must be a number of days (0 or more), got ${describe(options.quietDays)}.`, false);
  }
}

/**
 * Resolves an endpoint and applies the contract's rule: `https:`, or `http:` only on loopback, so answers never
 * travel in clear text across a network. Returns null (after one console error naming `who` and the value)
 * when the endpoint is refused.
 */
export function checkEndpoint(value: unknown, who: string): string | null {
  let url: URL | undefined;
  try {
    url = new URL(String(value), globalThis.document?.baseURI);
  } catch {
    /* reported below */
  }
  const loopback = url && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  if (typeof value === 'string' && url && (url.protocol === 'https:' || (url.protocol === 'http:' && loopback))) {
    return url.href;
  }
  reportError(
    `${who} endpoint ${describe(value)} is refused: it must be https:, or http: on localhost, 127.0.0.1 or [::1]. Nothing is sent to it.`
  );
  return null;
}

/** Validates host context: a flat object of primitives, no prototype-polluting keys. Null when refused. */
export function checkContext(value: unknown, who: string): FeedbackContext | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    reportError(`${who} context must be an object of string, number or boolean values, got ${describe(value)}.`, false);
    return null;
  }
  const context: FeedbackContext = {};
  for (const key of Object.keys(value)) {
    const entry = (value as Record<string, unknown>)[key];
    if (FORBIDDEN_KEYS.has(key)) {
      reportError(`${who} context key "${key}" is refused.`, false);
      return null;
    }
    const primitive =
      typeof entry === 'string' || typeof entry === 'boolean' || (typeof entry === 'number' && Number.isFinite(entry));
    if (!primitive) {
      reportError(`${who} context "${key}" must be a string, number or boolean, got ${describe(entry)}.`, false);
      return null;
    }
    context[key] = entry;
  }
  return context;
}

/** The CloudEvents `source`: the configured one, or the page's origin and path (never its query or fragment). */
export function eventSource(): string {
  const configured = currentConfig().source;
  if (configured) return configured;
  const location = globalThis.location;
  return location ? `${location.origin}${location.pathname}` : 'care-feedback';
}

function withoutQueryOrFragment(source: string): string {
  return source.replace(/[?#].*$/s, '');
}

export function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
