/**
 * Event and response ids (UUID v4). `crypto.randomUUID` exists only in secure contexts, and partner pages
 * served over plain http still deserve unique ids, so the fallback fills the same pattern from
 * `crypto.getRandomValues`, which every browser has in every context.
 */
export const newId = (): string =>
  crypto.randomUUID?.() ??
  '10000000-1000-4000-8000-100000000000'.replace(/[018]/g, (digit) =>
    (+digit ^ (crypto.getRandomValues(new Uint8Array(1))[0] & (15 >> (+digit / 4)))).toString(16)
  );
