// A tiny JSON Schema (draft-07 subset) validator for the demo collector.
// It understands exactly the keywords our schemas in /schemas use, so the demo server runs on Node
// built-ins alone. Any other keyword is refused when the schemas are loaded: if the schemas grow, we
// find out at start-up instead of silently accepting what we no longer check.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const VALIDATING_KEYWORDS = new Set([
  'type', 'enum', 'const', 'required', 'properties', 'additionalProperties', 'propertyNames', 'not', 'anyOf',
  'minLength', 'maxLength', 'minimum', 'maximum', 'pattern',
]);
const ANNOTATION_KEYWORDS = new Set(['$schema', '$id', 'title', 'description']);

/** The schema file (in /schemas) that describes `data` for each event type. */
export const DATA_SCHEMA_FOR_TYPE = Object.freeze({
  'care.feedback.rating.v1': 'rating.v1.json',
  'care.feedback.comment.v1': 'comment.v1.json',
  'care.feedback.shown.v1': 'shown.v1.json',
  'care.feedback.dismissed.v1': 'dismissed.v1.json',
});
export const ENVELOPE_SCHEMA = 'cloudevent.v1.json';

/**
 * Reads every `*.json` schema in `dir`, refusing any keyword this validator does not implement.
 * @param {string | URL} dir
 * @returns {Record<string, object>} schemas keyed by file name, e.g. `rating.v1.json`
 */
export function loadSchemas(dir) {
  const directory = dir instanceof URL ? fileURLToPath(dir) : dir;
  const schemas = {};
  for (const file of readdirSync(directory).filter((name) => name.endsWith('.json')).sort()) {
    const schema = JSON.parse(readFileSync(join(directory, file), 'utf8'));
    assertSupported(schema, file);
    schemas[file] = schema;
  }
  return schemas;
}

/**
 * Throws when `schema` (or a schema nested in it) uses a keyword `validate` does not implement.
 * @param {object} schema
 * @param {string} where names the schema in the error
 */
export function assertSupported(schema, where = 'schema') {
  if (typeof schema === 'boolean') return;
  assertKnownKeywords(schema, where);
  for (const [name, propertySchema] of Object.entries(schema.properties ?? {})) {
    assertSupported(propertySchema, `${where}.properties.${name}`);
  }
  for (const keyword of ['additionalProperties', 'propertyNames', 'not']) {
    if (keyword in schema) assertSupported(schema[keyword], `${where}.${keyword}`);
  }
  for (const [index, branch] of (schema.anyOf ?? []).entries()) assertSupported(branch, `${where}.anyOf[${index}]`);
}

function assertKnownKeywords(schema, where) {
  if (!isObject(schema)) throw new Error(`${where}: a schema must be an object or a boolean`);
  for (const keyword of Object.keys(schema)) {
    if (!VALIDATING_KEYWORDS.has(keyword) && !ANNOTATION_KEYWORDS.has(keyword)) {
      throw new Error(`${where}: unsupported JSON Schema keyword "${keyword}" (teach demo/schema-check.mjs)`);
    }
  }
}

/**
 * Validates `value` against `schema`. Throws on a keyword it does not implement, as `loadSchemas` does.
 * @param {object | boolean} schema
 * @param {unknown} value
 * @param {string} [path] where `value` sits, used to prefix messages (e.g. `data`)
 * @returns {string[]} readable errors such as `data.value: must be <= 10`; empty when valid
 */
export function validate(schema, value, path = '') {
  if (schema === true) return [];
  if (schema === false) return [`${label(path)}: is not allowed`];
  assertKnownKeywords(schema, 'schema');

  const errors = [];
  const fail = (message) => errors.push(`${label(path)}: ${message}`);

  if ('type' in schema) {
    const types = [schema.type].flat();
    if (!types.some((type) => hasType(value, type))) fail(`must be ${types.join(' or ')}`);
  }
  if ('const' in schema && !deepEqual(value, schema.const)) fail(`must be ${JSON.stringify(schema.const)}`);
  if ('enum' in schema && !schema.enum.some((allowed) => deepEqual(value, allowed))) {
    fail(`must be one of ${schema.enum.map((allowed) => JSON.stringify(allowed)).join(', ')}`);
  }
  if ('not' in schema && validate(schema.not, value, path).length === 0) fail(`must not be ${describe(schema.not)}`);
  if ('anyOf' in schema && !schema.anyOf.some((branch) => validate(branch, value, path).length === 0)) {
    fail(`must be ${schema.anyOf.map(describe).join(' or ')}`);
  }

  if (typeof value === 'string') {
    // JSON Schema counts characters (code points), not UTF-16 units.
    const length = [...value].length;
    if ('minLength' in schema && length < schema.minLength) fail(`must be at least ${characters(schema.minLength)}`);
    if ('maxLength' in schema && length > schema.maxLength) fail(`must be at most ${characters(schema.maxLength)}`);
    if ('pattern' in schema && !new RegExp(schema.pattern, 'u').test(value)) fail(`must match ${schema.pattern}`);
  }

  if (typeof value === 'number') {
    if ('minimum' in schema && value < schema.minimum) fail(`must be >= ${schema.minimum}`);
    if ('maximum' in schema && value > schema.maximum) fail(`must be <= ${schema.maximum}`);
  }

  if (isObject(value)) errors.push(...validateObject(schema, value, path));
  return errors;
}

function validateObject(schema, object, path) {
  const errors = [];
  const properties = schema.properties ?? {};
  for (const name of schema.required ?? []) {
    if (!Object.hasOwn(object, name)) errors.push(`${childPath(path, name)}: is required`);
  }
  for (const [name, propertyValue] of Object.entries(object)) {
    if ('propertyNames' in schema) {
      errors.push(...validate(schema.propertyNames, name, `${label(path)} property name ${JSON.stringify(name)}`));
    }
    // Own-property lookup: a body may carry keys such as "__proto__" or "constructor".
    if (Object.hasOwn(properties, name)) {
      errors.push(...validate(properties[name], propertyValue, childPath(path, name)));
    } else if (schema.additionalProperties === false) {
      errors.push(`${childPath(path, name)}: is not an allowed property`);
    } else if ('additionalProperties' in schema) {
      errors.push(...validate(schema.additionalProperties, propertyValue, childPath(path, name)));
    }
  }
  return errors;
}

/**
 * Validates a CloudEvent envelope, then its `data` with the schema named by its `type`.
 * @param {unknown} event a parsed request body
 * @param {Record<string, object>} schemas as returned by `loadSchemas`
 * @returns {string[]} readable errors; empty when valid
 */
export function validateCloudEvent(event, schemas) {
  const envelopeErrors = validate(schemas[ENVELOPE_SCHEMA], event);
  if (!isObject(event) || !isObject(event.data)) return envelopeErrors;

  const dataSchemaFile = Object.hasOwn(DATA_SCHEMA_FOR_TYPE, event.type) ? DATA_SCHEMA_FOR_TYPE[event.type] : undefined;
  if (!dataSchemaFile) return envelopeErrors; // the envelope already names the unknown type
  if (!schemas[dataSchemaFile]) return [...envelopeErrors, `type: no schema ${dataSchemaFile} loaded`];
  return [...envelopeErrors, ...validate(schemas[dataSchemaFile], event.data, 'data')];
}

function hasType(value, type) {
  switch (type) {
    case 'string': return typeof value === 'string';
    case 'number': return typeof value === 'number' && Number.isFinite(value);
    case 'integer': return Number.isInteger(value);
    case 'boolean': return typeof value === 'boolean';
    case 'object': return isObject(value);
    case 'array': return Array.isArray(value);
    case 'null': return value === null;
    default: throw new Error(`unsupported JSON Schema type "${type}"`);
  }
}

/** Words for what a schema accepts, for `not` and `anyOf` messages: `string`, `one of "a", "b"`. */
function describe(schema) {
  const keywords = isObject(schema) ? Object.keys(schema).filter((keyword) => !ANNOTATION_KEYWORDS.has(keyword)) : [];
  if (keywords.length === 1 && keywords[0] === 'type') return [schema.type].flat().join(' or ');
  if (keywords.length === 1 && keywords[0] === 'enum') {
    return `one of ${schema.enum.map((item) => JSON.stringify(item)).join(', ')}`;
  }
  return `valid against ${JSON.stringify(schema)}`;
}

function deepEqual(a, b) {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length &&
    keys.every((key) => Object.hasOwn(b, key) && deepEqual(a[key], b[key]));
}

function characters(count) {
  return count === 1 ? '1 character' : `${count} characters`;
}

function isObject(value) {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function childPath(path, name) {
  const segment = /^[A-Za-z_$][\w$]*$/.test(name) ? name : `[${JSON.stringify(name)}]`;
  if (!path) return segment.startsWith('[') ? `(root)${segment}` : segment;
  return segment.startsWith('[') ? `${path}${segment}` : `${path}.${segment}`;
}

function label(path) {
  return path || '(root)';
}
