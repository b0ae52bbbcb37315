/**
 * The demo forwards: its server (demo/server.mjs, pgliteStore in a folder) runs a forwarder in its own process
 * on the same store, and each event the collector stores reaches the demo's console sink.
 */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../../demo/server.mjs';
import { comment, rating } from './events.mjs';

const dataDir = mkdtempSync(join(tmpdir(), 'care-demo-forward-'));
after(() => rmSync(dataDir, { recursive: true, force: true }));

test('each event the demo stores is forwarded to its console sink', { timeout: 60_000 }, async () => {
  const lines = [];
  let heard;
  const server = await startServer({ port: 0, dataDir, forward: { write: (line) => (lines.push(line), heard?.()) } });
  try {
    const events = [rating(2), comment('Slow checkout')];
    const post = (event) => fetch(`${server.url}/events`, { method: 'POST', headers: { 'content-type': 'application/cloudevents+json' }, body: JSON.stringify(event) });
    // The console sink starts at the end of the table, found once the forwarder has started: events sent
    // before are not told, so send until one is heard.
    const first = new Promise((resolve) => (heard = resolve));
    const deadline = Date.now() + 30_000;
    while (!lines.length && Date.now() < deadline) {
      assert.equal((await post(rating(5))).status, 202);
      await Promise.race([first, new Promise((resolve) => setTimeout(resolve, 200))]);
    }
    assert.ok(lines.length > 0, 'the forwarder started');
    const before = lines.length;
    for (const event of events) assert.equal((await post(event)).status, 202);
    while (lines.length < before + events.length && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    const told = lines.slice(before);
    assert.match(told[0], new RegExp(`forwarded care\\.feedback\\.rating\\.v1 ${events[0].id} \\(checkout-nps\\): nps 2`));
    assert.match(told[1], new RegExp(`forwarded care\\.feedback\\.comment\\.v1 ${events[1].id} \\(checkout-nps\\): "Slow checkout"`));
  } finally {
    await server.close();
  }
});
