/**
 * `care-feedback/insights`: the team's side of the data (contract §12, §13), for servers only. Reads
 * `pgliteStore` and `postgresStore` (care-feedback/receiver/pglite, /postgres) in SQL.
 */
export { createInsights, type InsightsHandler, type InsightsOptions } from './summary/handler.js';
export type * from './summary/types.js';
