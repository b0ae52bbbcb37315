/** The shipped JSON Schemas, compiled at build time (scripts/build-validators.mjs writes validators.js). */
interface Validator {
  (data: unknown): boolean;
  errors?: { instancePath: string; keyword: string; message?: string; params?: Record<string, unknown> }[] | null;
}
export const envelope: Validator;
export const rating: Validator;
export const comment: Validator;
export const shown: Validator;
export const dismissed: Validator;
