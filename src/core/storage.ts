import { reportWarning } from './log.js';
import { currentConfig } from './config.js';

/** Everything the library keeps lives in `localStorage` under this prefix (never in cookies). */
export const STORAGE_PREFIX = 'care-feedback:';

type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/**
 * The per-page stand-in, shaped like `localStorage`: each item is an own property (the keys all carry the
 * prefix, so none is a method's name) and `Object.keys` lists them for both alike.
 */
const inMemory: Store = Object.create({
  getItem(this: Record<string, string>, key: string) {
    return this[key] ?? null;
  },
  setItem(this: Record<string, string>, key: string, value: string) {
    this[key] = value;
  },
  removeItem(this: Record<string, string>, key: string) {
    delete this[key];
  },
});
let storageFailed = false;

/**
 * Runs one operation on `localStorage`, or on the per-page stand-in when the host chose
 * `configure({ storage: 'none' })` or storage failed: unavailable or throwing (sandboxed iframes without
 * allow-same-origin, quota exceeded, some private modes). The first failure is reported once; nothing throws.
 */
function withStore<T>(operation: (store: Store) => T): T {
  try {
    return operation(storageFailed || currentConfig().storage === 'none' ? inMemory : localStorage);
  } catch (error) {
    storageFailed = true;
    reportWarning(`localStorage failed (${(error as Error)?.name}); memory used for this page.`);
    return operation(inMemory);
  }
}

/**
 * What is stored under `key`, when it is an object (everything the library stores is): anything else under
 * the prefix — damaged JSON, a number, a string an older version or another script left — reads as absent.
 */
export function readStored<T extends object>(key: string): T | undefined {
  try {
    // Nothing stored (null) parses as null: JSON.parse reads its argument as a string.
    const value = JSON.parse(withStore((store) => store.getItem(STORAGE_PREFIX + key))!);
    return value && typeof value === 'object' ? value : undefined;
  } catch {
    return undefined;
  }
}

export const writeStored = (key: string, value: unknown): void =>
  withStore((store) => store.setItem(STORAGE_PREFIX + key, JSON.stringify(value)));

export const removeStored = (key: string): void => withStore((store) => store.removeItem(STORAGE_PREFIX + key));

/** The keys (without the prefix) that start with `prefix`, e.g. every pending event of the outbox. */
export const storedKeys = (prefix: string): string[] =>
  withStore(Object.keys)
    .filter((key) => key.startsWith(STORAGE_PREFIX + prefix))
    .map((key) => key.slice(STORAGE_PREFIX.length));
