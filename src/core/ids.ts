/**
 * Event and response ids (UUID v4). `crypto.randomUUID` exists only in secure contexts, and partner pages
 * served over plain http still deserve unique ids, so the fallback fills the same pattern from
 * `crypto.getRandomValues`, which every browser has in every context.
 */
export const newId = (): string => crypto.randomUUID?.() ?? randomUuid();

/**
 * A version 4 UUID (RFC 9562) from the template: each `x` a random hex digit, `y` the variant digit (8 to b:
 * its two top bits are 10), the `4` the version.
 */
const UUID_V4_TEMPLATE = 'xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx';
const randomUuid = () =>
  UUID_V4_TEMPLATE.replace(/[xy]/g, (digit) => {
    const random = crypto.getRandomValues(new Uint8Array(1))[0] % 16;
    return (digit === 'x' ? random : (random & 0x3) | 0x8).toString(16);
  });
