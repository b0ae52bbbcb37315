// A receiver for care-feedback events: `npm install care-feedback ajv`, then `node receiver.mjs`.
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import Ajv from 'ajv';

const schema = (name) => createRequire(import.meta.url)(`care-feedback/schemas/${name}.v1.json`);
const ajv = new Ajv();
const envelope = ajv.compile(schema('cloudevent'));
const dataSchemas = Object.fromEntries(['rating', 'comment', 'shown', 'dismissed']
  .map((name) => [`care.feedback.${name}.v1`, ajv.compile(schema(name))]));
const seen = new Set(); // receivers dedupe by source + id: delivery is at least once

const server = createServer((req, res) => {
  res.setHeader('Access-Control-Allow-Origin', process.env.ALLOW_ORIGIN ?? '*');
  res.setHeader('Access-Control-Allow-Headers', 'content-type');
  res.setHeader('Access-Control-Expose-Headers', 'Retry-After');
  if (req.method === 'OPTIONS') return res.writeHead(204).end();
  let body = '';
  req.on('data', (chunk) => (body += chunk)).on('end', () => {
    let event;
    try { event = JSON.parse(body); } catch { return res.writeHead(400).end('not JSON'); }
    const validData = dataSchemas[event?.type];
    if (!envelope(event) || !validData?.(event.data)) return res.writeHead(400).end(ajv.errorsText(envelope.errors ?? validData?.errors));
    if (!seen.has(`${event.source} ${event.id}`)) seen.add(`${event.source} ${event.id}`) && console.log(event.type, JSON.stringify(event.data));
    res.writeHead(202).end();
  });
});
server.listen(Number(process.env.PORT ?? 3000), () => console.log(`listening on ${server.address().port}`));
