import { reportWarning } from './log.js';
import { currentConfig } from '../client/config.js';

/**
 * Everything the library keeps lives in `localStorage` under this prefix (never in cookies).
 */
export const STORAGE_PREFIX = 'care-feedback:';

const memory = new Map<string, string>();
let storageBroken = false;

/**
 * `localStorage`, or a per-page memory map when storage is unavailable or throws (sandboxed iframes without
 * allow-same-origin, quota exceeded, some private modes) or when the host chose `configure({ storage: 'none' })`.
 * It never throws; the first failure is reported once.
 */
function backend(): Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | Map<string, string> {
  if (storageBroken || currentConfig().storage === 'none') return memory;
  try {
    const storage = globalThis.localStorage;
    if (storage) return storage;
  } catch {
    /* reported below */
  }
  return fallBackToMemory('localStorage is not available');
}

function fallBackToMemory(why: string): Map<string, string> {
  storageBroken = true;
  reportWarning(`${why}; what care-feedback keeps (pending events, what a visitor answered) lasts for this page only.`);
  return memory;
}

export function readStored<T>(key: string): T | undefined {
  const store = backend();
  try {
    const raw = store instanceof Map ? store.get(STORAGE_PREFIX + key) : store.getItem(STORAGE_PREFIX + key);
    return raw == null ? undefined : (JSON.parse(raw) as T);
  } catch {
    return undefined;
  }
}

export function writeStored(key: string, value: unknown): void {
  const store = backend();
  const raw = JSON.stringify(value);
  if (store instanceof Map) {
    store.set(STORAGE_PREFIX + key, raw);
    return;
  }
  try {
    store.setItem(STORAGE_PREFIX + key, raw);
  } catch (error) {
    fallBackToMemory(`localStorage refused a write (${(error as Error)?.name ?? error})`).set(STORAGE_PREFIX + key, raw);
  }
}

export function removeStored(key: string): void {
  const store = backend();
  if (store instanceof Map) store.delete(STORAGE_PREFIX + key);
  else {
    try {
      store.removeItem(STORAGE_PREFIX + key);
    } catch {
      memory.delete(STORAGE_PREFIX + key);
    }
  }
}

/** The keys (without the prefix) that start with `prefix`, e.g. every pending event of the outbox. */
export function storedKeys(prefix: string): string[] {
  const store = backend();
  let keys: string[] = [];
  try {
    keys = store instanceof Map ? [...store.keys()] : Object.keys(store);
  } catch {
    /* none readable */
  }
  const full = STORAGE_PREFIX + prefix;
  return keys.filter((key) => key.startsWith(full)).map((key) => key.slice(STORAGE_PREFIX.length));
}
