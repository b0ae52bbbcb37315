/**
 * The README's forwarding example is real: its code block runs here as written — its imports exist, the sinks
 * it builds start — with a PGlite store, local sinks for its environment variables, and its SIGTERM handler
 * called to stop it. The unhappy answer reaches the Slack sink; the whole day's digest waits for midnight.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as insights from 'care-feedback/insights';
import { pgliteStore } from 'care-feedback/receiver/pglite';
import { startSink } from './sink-server.mjs';
import { comment, rating } from './events.mjs';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const section = readme.slice(readme.indexOf('### Forwarding: `care-feedback/insights`'));
const code = /```js\n([\s\S]*?)```/.exec(section)[1];

test("the README's forwarding example runs as written", { timeout: 60_000 }, async () => {
  const importLine = /^import \{([^}]+)\} from 'care-feedback\/insights';\n/m.exec(code);
  assert.ok(importLine, 'the example imports from care-feedback/insights');
  const names = importLine[1].split(',').map((name) => name.trim());
  for (const name of names) assert.equal(typeof insights[name], 'function', `care-feedback/insights exports ${name}`);

  const alerts = await startSink();
  const digest = await startSink();
  const store = pgliteStore();
  let onSigterm;
  let shutDown = false;
  const fakeProcess = {
    env: { SLACK_WEBHOOK_URL: alerts.url, SLACK_DIGEST_URL: digest.url },
    once: (signal, handler) => signal === 'SIGTERM' && (onSigterm = handler),
  };
  const server = { shutdown: async () => { shutDown = true; await store.close(); } };
  const body = `${code.replace(importLine[0], '')}\nreturn forwarder;`;
  const forwarder = await new Function(...names, 'store', 'server', 'process', `return (async () => {${body}})();`)(
    ...names.map((name) => insights[name]), store, server, fakeProcess
  );
  try {
    // The Slack sinks start at the end of the table: once both have found it, an unhappy answer is told.
    const slack = () => forwarder.status().filter((status) => status.name.startsWith('slack:'));
    while (slack().some((status) => !status.cursor)) await new Promise((resolve) => setTimeout(resolve, 10));
    await store.put(rating(2, { responseId: 'readme' }));
    await store.put(comment('The coupon did not apply', { responseId: 'readme' }));
    await alerts.until((received) => received.length === 1);
    assert.match(alerts.received[0].body.text, /negative[\s\S]*> The coupon did not apply/);
    assert.equal(digest.received.length, 0, 'the digest waits for midnight');
  } finally {
    await onSigterm();
    assert.ok(shutDown, 'its SIGTERM handler stops the forwarder, then the server');
    await alerts.close();
    await digest.close();
  }
});
