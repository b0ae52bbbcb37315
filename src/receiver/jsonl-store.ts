import { mkdirSync, readFileSync } from 'node:fs';
import { appendFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { CareCloudEvent } from '../types.js';
import type { Store } from './index.js';

/**
 * One JSON line per event in a file: no database needed. Each event is one append of one whole line (so a
 * crash never leaves half an event among whole ones); appends run one after another; on start the file is
 * read to know what is stored, so deduplication by `source` + `id` survives a restart. A line cut short by a
 * crash is skipped when read.
 */
export function jsonlStore(path: string): Store & { all(): CareCloudEvent[]; clear(): Promise<void> } {
  mkdirSync(dirname(path), { recursive: true });
  const events = new Map<string, CareCloudEvent>();
  for (const event of readLines(path)) events.set(keyOf(event), event);

  let lastWrite: Promise<unknown> = Promise.resolve();
  return {
    async put(event) {
      const key = keyOf(event);
      // Claimed before the write, so two concurrent deliveries of one event store it once.
      if (events.has(key)) return 'duplicate';
      events.set(key, event);
      const write = lastWrite.then(() => appendFile(path, `${JSON.stringify(event)}\n`));
      lastWrite = write.catch(() => {});
      try {
        await write;
      } catch (error) {
        events.delete(key);
        throw error;
      }
      return 'stored';
    },
    all: () => [...events.values()],
    /** Forgets every event: empties the file, after the appends already started. */
    async clear() {
      const clearing = lastWrite.then(() => writeFile(path, ''));
      lastWrite = clearing.catch(() => {});
      await clearing;
      events.clear();
    },
  };
}

const keyOf = (event: CareCloudEvent) => JSON.stringify([event.source, event.id]);

function* readLines(path: string): Generator<CareCloudEvent> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return; // no file yet
  }
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    try {
      yield JSON.parse(line) as CareCloudEvent;
    } catch {
      /* a line cut short by a crash: skipped */
    }
  }
}
