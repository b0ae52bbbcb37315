/** `care-feedback/client`: configuration and delivery, without registering any element. */
export { configure, type CareConfig, type Transport } from './client/config.js';
export type { RedactRule, Redactor } from './client/redact.js';
export { flush } from './client/delivery.js';
export { outbox, type OutboxEntry } from './client/outbox.js';
export { version } from './version.js';
export type * from './types.js';
