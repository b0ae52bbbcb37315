import { appendFileSync, mkdirSync, readFileSync } from 'node:fs';
import { appendFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { CareCloudEvent } from '../types.js';
import type { Store } from './store.js';

/**
 * One JSON line per event in a file — an export format, not a store for production: it holds every event in
 * memory (about 1.7 KB each), cannot start from a file past ~512 MiB (Node's longest string) and never
 * fsyncs. Run `pgliteStore` for one server without a database, `postgresStore` beyond.
 *
 * One JSON line per event in a file: no database needed. Each event is one append of one whole line (so a
 * crash never leaves half an event among whole ones); appends run one after another; on start the file is
 * read to know what is stored, so deduplication by `source` + `id` survives a restart. A line cut short by a
 * crash is skipped when read.
 */
export function jsonlStore(path: string): Store & { all(): CareCloudEvent[]; clear(): Promise<void> } {
  mkdirSync(dirname(path), { recursive: true });
  const events = new Map<string, CareCloudEvent>();
  const text = readText(path);
  for (const event of parseLines(text)) events.set(keyOf(event), event);
  // A crash left half a line at the end: the next append must start a line of its own, or it is lost too.
  if (text && !text.endsWith('\n')) appendFileSync(path, '\n');
  /** The write of each event stored but maybe not yet on disk: a concurrent duplicate waits for it. */
  const writing = new Map<string, Promise<unknown>>();

  let lastWrite: Promise<unknown> = Promise.resolve();
  return {
    async put(event) {
      const key = keyOf(event);
      // Claimed before the write, so two concurrent deliveries of one event store it once; the second is
      // answered only once the first is on disk (it throws too if that write fails).
      if (events.has(key)) {
        await writing.get(key);
        return 'duplicate';
      }
      events.set(key, event);
      const write = lastWrite.then(() => appendFile(path, `${JSON.stringify(event)}\n`));
      lastWrite = write.catch(() => {});
      writing.set(key, write);
      try {
        await write;
      } catch (error) {
        events.delete(key);
        throw error;
      } finally {
        writing.delete(key);
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

/** The file's text; '' when there is no file yet (any other failure is thrown: dedupe must not silently reset). */
function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return '';
    throw error;
  }
}

function* parseLines(text: string): Generator<CareCloudEvent> {
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    try {
      yield JSON.parse(line) as CareCloudEvent;
    } catch {
      /* a line cut short by a crash: skipped */
    }
  }
}
