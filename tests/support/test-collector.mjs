/**
 * A real HTTP endpoint for the browser tests, mounted in web-test-runner's own server. Each test gets a
 * bucket; the browser POSTs events to `/collect/<bucket>` and the test reads back what arrived, with the
 * request headers and the verdict of the shipped JSON Schemas (checked by ajv in Node, not in the page).
 *
 * `/collect/<bucket>?status=500` answers with that status instead, to test failures.
 */
import { readFileSync } from 'node:fs';
import Ajv from 'ajv';

const schemaFile = (name) => JSON.parse(readFileSync(new URL(`../../schemas/${name}.v1.json`, import.meta.url), 'utf8'));
const ajv = new Ajv({ allErrors: true });
const validateEnvelope = ajv.compile(schemaFile('cloudevent'));
const validateData = {
  'care.feedback.rating.v1': ajv.compile(schemaFile('rating')),
  'care.feedback.comment.v1': ajv.compile(schemaFile('comment')),
  'care.feedback.shown.v1': ajv.compile(schemaFile('shown')),
  'care.feedback.dismissed.v1': ajv.compile(schemaFile('dismissed')),
};

function schemaErrors(event) {
  const errors = [];
  if (!validateEnvelope(event)) errors.push(...validateEnvelope.errors.map((e) => `envelope${e.instancePath} ${e.message}`));
  const validate = validateData[event?.type];
  if (!validate) errors.push(`unknown type ${event?.type}`);
  else if (!validate(event.data)) errors.push(...validate.errors.map((e) => `data${e.instancePath} ${e.message}`));
  return errors;
}

const buckets = new Map();

function readBody(req) {
  return new Promise((resolve, reject) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => resolve(body));
    req.on('error', reject);
  });
}

export async function testCollector(ctx, next) {
  const match = /^\/collect\/([\w-]+)$/.exec(ctx.path);
  if (!match) return next();
  const bucket = match[1];
  ctx.set('Access-Control-Allow-Origin', ctx.get('Origin') || '*');
  ctx.set('Access-Control-Allow-Headers', 'content-type');
  ctx.set('Access-Control-Expose-Headers', 'Retry-After');
  if (ctx.method === 'OPTIONS') {
    ctx.status = 204;
    return;
  }
  if (ctx.method === 'GET') {
    ctx.body = buckets.get(bucket) ?? [];
    return;
  }
  if (ctx.method === 'POST') {
    const raw = await readBody(ctx.req);
    let body;
    try {
      body = JSON.parse(raw);
    } catch {
      body = raw;
    }
    const requests = buckets.get(bucket) ?? [];
    requests.push({
      headers: { contentType: ctx.get('Content-Type'), cookie: ctx.get('Cookie') || null, origin: ctx.get('Origin') || null },
      body,
      schemaErrors: schemaErrors(body),
    });
    buckets.set(bucket, requests);
    ctx.status = Number(ctx.query.status) || 202;
    ctx.body = '';
    return;
  }
  ctx.status = 405;
}
