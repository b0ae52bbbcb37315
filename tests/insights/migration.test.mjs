/**
 * Issue 23's migration on a table from before it (the 0.1.0 columns only, as issue 21 found it): the generated
 * columns and indexes are added, every row is kept, old rows are summarised like new ones, and running the
 * migration again changes nothing.
 */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { createInsights } from 'care-feedback/insights';
import { pgliteStore } from 'care-feedback/receiver/pglite';

const folder = mkdtempSync(join(tmpdir(), 'care-insights-migration-'));
after(() => rmSync(folder, { recursive: true, force: true }));

const rating = (id, responseId, value, time) => ({
  specversion: '1.0', id, source: 'https://shop.example.com/', type: 'care.feedback.rating.v1', subject: 'old-survey', time,
  datacontenttype: 'application/json',
  data: { surveyId: 'old-survey', responseId, locale: 'en', context: {}, scale: 'stars', value, min: 1, max: 5, question: 'How was it?' },
});

test('a table from 0.1.0 gains the insights columns and indexes, keeps every row, and is summarised', async () => {
  const old = new PGlite(join(folder, 'pgdata'));
  await old.query(`create table care_feedback_events (source text not null, id text not null, type text not null, subject text,
    "time" timestamptz not null, data jsonb not null, received_at timestamptz not null default now(), primary key (source, id))`);
  for (const event of [rating('a', 'r1', 5, '2026-11-02T10:00:00Z'), rating('b', 'r2', 2, '2026-11-03T10:00:00Z'), rating('c', 'r2', 4, '2026-11-04T10:00:00Z')]) {
    await old.query('insert into care_feedback_events (source, id, type, subject, "time", data) values ($1, $2, $3, $4, $5, $6)',
      [event.source, event.id, event.type, event.subject, event.time, JSON.stringify(event.data)]);
  }
  // Where the indexes of the first insights release stood: the migration replaces them.
  await old.query('create index care_feedback_events_insights on care_feedback_events (subject, type, "time")');
  await old.query('create index care_feedback_events_response on care_feedback_events (id)');
  await old.close();

  for (let start = 0; start < 2; start++) {
    const store = pgliteStore({ dataDir: folder });
    try {
      const insights = createInsights({ store, authorize: () => true });
      const response = await insights(new Request('http://admin.example/insights?survey=old-survey&from=2026-11-01&to=2026-11-08'));
      const body = await response.json();
      assert.equal(body.responses, 2, 'r2 counts once, with its last rating (4)');
      assert.deepEqual(body.scales[0].bands, { negative: 0, neutral: 0, positive: 2 });
      const { rows } = await store.query(`select indexname from pg_indexes where tablename = 'care_feedback_events' order by 1`);
      assert.deepEqual(rows.map((row) => row.indexname).filter((name) => name.includes('insights') || name.endsWith('_response')),
        ['care_feedback_events_insights_ratings', 'care_feedback_events_insights_steps'], 'the first release\'s _insights and _response are replaced');
      assert.equal((await store.all()).length, 3);
    } finally {
      await store.close();
    }
  }
});
