/** The README's receiver example (examples/receiver.mjs) really validates with the shipped schemas. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';

const event = (data) => ({
  specversion: '1.0', id: '0b4e7d1c-3f0a-4c9e-9a55-1d2f3e4a5b6c', source: 'https://shop.example.com/checkout',
  type: 'care.feedback.rating.v1', subject: 'checkout-nps', time: '2026-11-27T10:15:30.123Z',
  datacontenttype: 'application/json',
  data: {
    surveyId: 'checkout-nps', responseId: '7f1c2a90-2b7e-4d1e-8c1a-9e0f6b5d4c3a', scale: 'nps', value: 9, min: 0, max: 10,
    question: 'How likely are you to recommend us to a friend?', locale: 'en', context: { plan: 'pro' }, ...data,
  },
});

test('the example receiver accepts a valid event once, rejects an invalid one, and answers CORS', async (t) => {
  const child = spawn(process.execPath, ['examples/receiver.mjs'], { env: { ...process.env, PORT: '0' } });
  t.after(() => child.kill());
  let output = '';
  const port = await new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const match = /listening on (\d+)/.exec(output);
      if (match) resolve(match[1]);
    });
    child.on('exit', (code) => reject(new Error(`receiver exited with ${code}`)));
  });
  const post = (body) => fetch(`http://127.0.0.1:${port}/`, {
    method: 'POST', headers: { 'content-type': 'application/cloudevents+json; charset=utf-8' }, body: JSON.stringify(body),
  });
  assert.equal((await post(event())).status, 202);
  assert.equal((await post(event())).status, 202, 'a retry of the same event is acknowledged');
  const invalid = await post(event({ value: 11 }));
  assert.equal(invalid.status, 400);
  assert.match(await invalid.text(), /value/);
  const preflight = await fetch(`http://127.0.0.1:${port}/`, { method: 'OPTIONS' });
  assert.equal(preflight.headers.get('access-control-allow-headers'), 'content-type');
  await new Promise((resolve) => setTimeout(resolve, 50));
  assert.equal(output.match(/care\.feedback\.rating\.v1/g)?.length, 1, 'logged once after dedupe');
});
