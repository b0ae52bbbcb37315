import type { CareCloudEvent } from '../types.js';
import type { Store } from './store.js';

/** Keeps events in this process (tests, demos, a single short-lived server): deduplicated by `source` + `id`. */
export function memoryStore(): Store & { all(): CareCloudEvent[]; clear(): Promise<void> } {
  const events = new Map<string, CareCloudEvent>();
  return {
    async put(event) {
      const key = JSON.stringify([event.source, event.id]);
      if (events.has(key)) return 'duplicate';
      events.set(key, event);
      return 'stored';
    },
    all: () => [...events.values()],
    /** Forgets every event. */
    clear: async () => events.clear(),
  };
}
