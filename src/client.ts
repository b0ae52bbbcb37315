/** `care-feedback/client`: configuration and delivery, without registering any element. */
export { configure, type CareConfig, type RedactRule, type Redactor, type Transport } from './core/config.js';
export { flush } from './client/delivery.js';
export { outbox, type OutboxEntry } from './client/outbox.js';
export { version } from './version.js';
export type * from './types.js';
