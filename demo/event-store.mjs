// The demo collector's storage: one JSON line per event in <dataDir>/events.jsonl, deduplicated by
// source + id (the client retries an event with the same id until it sees a 2xx answer).

import { mkdirSync, readFileSync } from 'node:fs';
import { appendFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * @typedef {{ type: 'stored', event: object } | { type: 'cleared' }} StoreChange
 */

/**
 * Opens (creating if needed) the store in `dataDir`, loading what an earlier run stored so that
 * deduplication survives a restart.
 * @param {string} dataDir
 */
export function openEventStore(dataDir) {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, 'events.jsonl');
  const events = [];
  const storedKeys = new Set();
  for (const event of readEventLines(file)) {
    if (storedKeys.has(dedupeKey(event))) continue;
    storedKeys.add(dedupeKey(event));
    events.push(event);
  }

  const listeners = new Set();
  const notify = (change) => listeners.forEach((listener) => listener(change));

  // File writes run one after another, so lines never interleave and a clear never races an append.
  let lastWrite = Promise.resolve();
  const serialized = (operation) => {
    const run = lastWrite.then(operation);
    lastWrite = run.catch(() => {});
    return run;
  };

  return {
    /** @returns {object[]} the stored events, oldest first */
    all: () => events.slice(),

    /**
     * Stores `event` unless an event with its source and id is already stored.
     * @returns {Promise<boolean>} true when stored, false for a duplicate
     */
    async add(event) {
      const key = dedupeKey(event);
      // Claimed before the write, so two concurrent deliveries of one event store it once.
      if (storedKeys.has(key)) return false;
      storedKeys.add(key);
      try {
        await serialized(async () => {
          await appendFile(file, `${JSON.stringify(event)}\n`);
          events.push(event);
        });
      } catch (error) {
        storedKeys.delete(key);
        throw error;
      }
      notify({ type: 'stored', event });
      return true;
    },

    /** Forgets every stored event, on disk too. */
    async clear() {
      await serialized(async () => {
        await writeFile(file, '');
        events.length = 0;
        storedKeys.clear();
      });
      notify({ type: 'cleared' });
    },

    /**
     * @param {(change: StoreChange) => void} listener
     * @returns {() => void} unsubscribes
     */
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

function dedupeKey(event) {
  return JSON.stringify([event.source, event.id]);
}

function readEventLines(file) {
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if (error.code === 'ENOENT') return [];
    throw error;
  }
  const events = [];
  for (const [index, line] of text.split('\n').entries()) {
    if (!line.trim()) continue;
    try {
      events.push(JSON.parse(line));
    } catch {
      // A crash mid-append can leave a torn last line; losing that one event beats refusing to start.
      console.warn(`care-feedback demo: skipping unreadable line ${index + 1} of ${file}`);
    }
  }
  return events;
}
