/**
 * Issue 23: `createInsights()` against figures computed by hand (the comments give the arithmetic), on a
 * throwaway PostgreSQL (tests/support/postgres.mjs) and on PGlite: the same SQL must give the same numbers.
 * Intervals: Wilson for shares, p − d ± z·√((p + d − (p − d)²)/n) for NPS, Student's t for the mean, with the
 * t quantiles from a printed table (t(0.975, 1) = 12.7062, t(0.975, 5) = 2.5706).
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createInsights } from 'care-feedback/insights';
import { createReceiver } from 'care-feedback/receiver';
import { postgresStore } from 'care-feedback/receiver/postgres';
import { pgliteStore } from 'care-feedback/receiver/pglite';
import { POSTGRES_MISSING, startPostgres } from '../support/postgres.mjs';

let database;
before(async () => {
  database = await startPostgres();
  if (!database && process.env.CI === 'true') throw new Error(`CI=true: ${POSTGRES_MISSING}`);
});
after(() => database?.remove());

let sequence = 0;
function event(type, subject, time, data) {
  return {
    specversion: '1.0', id: `e-${String(++sequence).padStart(4, '0')}`, source: 'https://shop.example.com/checkout',
    type: `care.feedback.${type}.v1`, subject, time, datacontenttype: 'application/json',
    data: { surveyId: subject, locale: 'en', context: {}, ...data },
  };
}
const rating = (subject, time, responseId, value, scale = 'nps', min = scale === 'nps' || scale === 'thumbs' ? 0 : 1, max = scale === 'nps' ? 10 : scale === 'thumbs' ? 1 : 5, context = {}) =>
  event('rating', subject, time, { responseId, scale, value, min, max, question: 'How likely?', context });
const comment = (subject, time, responseId, text, reasons) =>
  event('comment', subject, time, { responseId, text, question: 'What would improve?', ...(reasons ? { reasons } : {}) });
const shown = (subject, time, responseId) => event('shown', subject, time, { responseId, mode: 'popover', trigger: 'load' });
const dismissed = (subject, time, responseId, stage) => event('dismissed', subject, time, { responseId, stage });

const NPS = 'checkout-nps';
/**
 * checkout-nps, period 2026-11-01 (inclusive) to 2026-11-08 (exclusive). Last ratings: r1 10, r2 9, r3 8,
 * r4 3 (was 6), r5 0, r6 9; r7 (at `to`) and r8 (before `from`) are outside. Promoters 3, passives 1,
 * detractors 2, n = 6.
 */
const NPS_EVENTS = [
  rating(NPS, '2026-10-31T23:59:59.999Z', 'r8', 5),
  rating(NPS, '2026-11-01T10:00:00.000Z', 'r1', 10, 'nps', 0, 10, { plan: 'pro' }),
  rating(NPS, '2026-11-01T12:00:00.000Z', 'r2', 9, 'nps', 0, 10, { plan: 'pro' }),
  rating(NPS, '2026-11-02T09:00:00.000Z', 'r3', 8, 'nps', 0, 10, { plan: 'free' }),
  rating(NPS, '2026-11-02T10:00:00.000Z', 'r4', 6, 'nps', 0, 10, { plan: 'free' }),
  rating(NPS, '2026-11-03T10:00:00.000Z', 'r4', 3, 'nps', 0, 10, { plan: 'free' }),
  rating(NPS, '2026-11-04T09:00:00.000Z', 'r5', 0),
  rating(NPS, '2026-11-07T23:59:59.999Z', 'r6', 9, 'nps', 0, 10, { plan: 'pro' }),
  rating(NPS, '2026-11-08T00:00:00.000Z', 'r7', 10),
  comment(NPS, '2026-11-04T10:00:00.000Z', 'r5', 'Too slow', ['speed', 'price']),
  comment(NPS, '2026-11-03T11:00:00.000Z', 'r4', '=HYPERLINK("x") broke, "twice"', ['speed']),
  comment(NPS, '2026-11-01T11:00:00.000Z', 'r1', 'Love it', ['design']),
  comment(NPS, '2026-11-02T13:00:00.000Z', 'r3', 'ok', []),
  comment(NPS, '2026-11-05T08:00:00.000Z', 'r9', 'Just a note'),
  ...['r1', 'r2', 'r3', 'r4', 'r5', 'r6', 'r10', 'r11'].map((id, i) => shown(NPS, `2026-11-0${1 + (i % 6)}T08:00:00.000Z`, id)),
  dismissed(NPS, '2026-11-05T09:00:00.000Z', 'r10', 'rating'),
  dismissed(NPS, '2026-11-05T09:00:01.000Z', 'r11', 'rating'),
  dismissed(NPS, '2026-11-01T12:00:01.000Z', 'r2', 'comment'),
];

/** csat-mixed: stars 5 4 3 2 1 5 (positive ≥ 4: 3, negative < 3: 2), thumbs 1 0, emoji 5 alone. */
const MIXED = 'csat-mixed';
const MIXED_EVENTS = [
  ...[5, 4, 3, 2, 1, 5].map((value, i) => rating(MIXED, `2026-11-0${1 + i}T10:00:00.000Z`, `s${i}`, value, 'stars')),
  rating(MIXED, '2026-11-02T10:00:00.000Z', 't1', 1, 'thumbs'),
  rating(MIXED, '2026-11-02T11:00:00.000Z', 't2', 0, 'thumbs'),
  rating(MIXED, '2026-11-03T10:00:00.000Z', 'm1', 5, 'emoji'),
];

/** all-happy: NPS 10 10 9, stars 5 5: one band only. */
const HAPPY = 'all-happy';
const HAPPY_EVENTS = [
  rating(HAPPY, '2026-11-02T10:00:00.000Z', 'h1', 10),
  rating(HAPPY, '2026-11-02T11:00:00.000Z', 'h2', 10),
  rating(HAPPY, '2026-11-03T10:00:00.000Z', 'h3', 9),
  rating(HAPPY, '2026-11-03T10:00:00.000Z', 'h4', 5, 'stars'),
  rating(HAPPY, '2026-11-04T10:00:00.000Z', 'h5', 5, 'stars'),
];

const PERIOD = 'from=2026-11-01&to=2026-11-08';
const close = (actual, expected, message) => assert.ok(Math.abs(actual - expected) < 1e-6, `${message}: ${actual} ≠ ${expected}`);
const closeEstimate = (actual, [value, low, high], message) => {
  close(actual.value, value, `${message} value`);
  if (low === null) assert.equal(actual.low, null, `${message} low`);
  else close(actual.low, low, `${message} low`);
  if (high === null) assert.equal(actual.high, null, `${message} high`);
  else close(actual.high, high, `${message} high`);
};

for (const kind of ['PGlite', 'PostgreSQL']) {
  describe(`insights on ${kind}`, () => {
    let store;
    let insights;
    const get = async (path, init) => {
      const response = await insights(new Request(`https://admin.example.com/insights${path}`, init));
      return { response, body: /^application\/json;/.test(response.headers.get('content-type') ?? '') ? await response.json() : await response.text() };
    };

    before(async () => {
      if (kind === 'PostgreSQL' && !database) return;
      store = kind === 'PGlite' ? pgliteStore() : postgresStore({ connectionString: database.url });
      await Promise.all([...NPS_EVENTS, ...MIXED_EVENTS, ...HAPPY_EVENTS].map((each) => store.put(each)));
      insights = createInsights({ store, authorize: (request) => request.headers.get('authorization') === 'Bearer staff' });
    });
    after(() => store?.close());

    const it = (name, body) => test(name, (t) => (kind === 'PostgreSQL' && !database ? t.skip(POSTGRES_MISSING) : body(t)));
    const staff = { headers: { authorization: 'Bearer staff' } };

    it('private by default: 401 without authorize or when it answers false, and never a CORS header', async () => {
      const open = createInsights({ store });
      const refused = await open(new Request(`https://admin.example.com/insights?survey=${NPS}`, staff));
      assert.equal(refused.status, 401);
      for (const path of [`?survey=${NPS}`, `/responses?survey=${NPS}`, `/export.csv?survey=${NPS}`, '/surveys']) {
        const { response } = await get(path, { headers: { authorization: 'Bearer visitor', origin: 'https://evil.example' } });
        assert.equal(response.status, 401, path);
        assert.equal(response.headers.get('access-control-allow-origin'), null);
      }
      const preflight = await get(`?survey=${NPS}`, { method: 'OPTIONS', headers: { origin: 'https://evil.example' } });
      assert.equal(preflight.response.status, 401);
      const { response } = await get(`?survey=${NPS}&${PERIOD}`, { headers: { authorization: 'Bearer staff', origin: 'https://evil.example' } });
      assert.equal(response.status, 200);
      assert.equal(response.headers.get('access-control-allow-origin'), null);
      assert.match(response.headers.get('cache-control'), /no-store/);
      const post = await get(`?survey=${NPS}`, { method: 'POST', headers: { authorization: 'Bearer staff' } });
      assert.equal(post.response.status, 405);
    });

    it('NPS: responses, bands, the score and the mean with their intervals', async () => {
      const { body } = await get(`?survey=${NPS}&${PERIOD}`, staff);
      assert.equal(body.responses, 6);
      assert.equal(body.from, '2026-11-01T00:00:00.000Z');
      assert.equal(body.to, '2026-11-08T00:00:00.000Z');
      assert.equal(body.scales.length, 1);
      const [nps] = body.scales;
      assert.deepEqual({ scale: nps.scale, min: nps.min, max: nps.max, responses: nps.responses }, { scale: 'nps', min: 0, max: 10, responses: 6 });
      assert.deepEqual(nps.bands, { negative: 2, neutral: 1, positive: 3 });
      // p = 3/6, d = 2/6: NPS 16.67; Var = (5/6 − 1/36)/6 = 0.134259, z·√Var = 0.718155.
      closeEstimate(nps.nps, [16.666666666666668, -55.149168337971474, 88.4825016713048], 'nps');
      assert.equal(nps.csat, null);
      // mean 39/6 = 6.5, s = √(81.5/5) = 4.037326, t(0.975, 5)·s/√6 = 4.236914.
      closeEstimate(nps.mean, [6.5, 2.263086365616184, 10.736913634383816], 'mean');
      assert.deepEqual(
        body.distribution[0].counts.filter((entry) => entry.count > 0).map(({ value, count, band }) => [value, count, band]),
        [[0, 1, 'negative'], [3, 1, 'negative'], [8, 1, 'neutral'], [9, 2, 'positive'], [10, 1, 'positive']]
      );
      assert.equal(body.distribution[0].counts.length, 11);
    });

    it('series per day and per week: UTC buckets, from inclusive, to exclusive, a changed rating counted once at its last time', async () => {
      const { body } = await get(`?survey=${NPS}&${PERIOD}&interval=day`, staff);
      assert.deepEqual(
        body.series.map((point) => [point.start.slice(0, 10), point.responses]),
        [['2026-11-01', 2], ['2026-11-02', 1], ['2026-11-03', 1], ['2026-11-04', 1], ['2026-11-05', 0], ['2026-11-06', 0], ['2026-11-07', 1]]
      );
      assert.equal(body.series[0].nps.value, 100);
      assert.equal(body.series[4].nps, null);
      const weekly = (await get(`?survey=${NPS}&${PERIOD}&interval=week`, staff)).body;
      // 2026-11-01 is a Sunday: its week starts on Monday 26 October.
      assert.deepEqual(weekly.series.map((point) => [point.start, point.responses]), [
        ['2026-10-26T00:00:00.000Z', 2], ['2026-11-02T00:00:00.000Z', 4],
      ]);
      const lastMoment = (await get(`?survey=${NPS}&from=2026-11-08&to=2026-11-09`, staff)).body;
      assert.equal(lastMoment.responses, 1, 'the rating at `to` belongs to the next period');
    });

    it('segment: the same figures per value of a context key, the largest first, the absent key as null', async () => {
      const { body } = await get(`?survey=${NPS}&${PERIOD}&segment=plan`, staff);
      assert.equal(body.segment.key, 'plan');
      assert.deepEqual(body.segment.values.map((segment) => [segment.value, segment.scales[0].responses]), [['pro', 3], ['free', 2], [null, 1]]);
      const [pro, free, none] = body.segment.values.map((segment) => segment.scales[0]);
      closeEstimate(pro.nps, [100, 100, 100], 'pro');
      // free: one passive (8) and one detractor (3): p = 0, d = 1/2, Var = (1/2 − 1/4)/2, z·√Var = 0.692952.
      closeEstimate(free.nps, [-50, -100, 19.295191217483897], 'free');
      closeEstimate(none.mean, [0, null, null], 'one answer: no interval');
    });

    it('reasons ranked within the band of the response’s rating; the funnel with dismissals by stage', async () => {
      const { body } = await get(`?survey=${NPS}&${PERIOD}`, staff);
      assert.deepEqual(body.reasons, {
        negative: [{ reason: 'speed', count: 2 }, { reason: 'price', count: 1 }],
        neutral: [],
        positive: [{ reason: 'design', count: 1 }],
        unrated: [],
      });
      assert.equal(body.comments, 5);
      assert.deepEqual(body.funnel, { shown: 8, rated: 6, commented: 5, dismissed: { total: 3, rating: 2, comment: 1, thanks: 0 } });
    });

    it('a survey with mixed scales: figures per scale, never mixed; CSAT with Wilson’s interval', async () => {
      const { body } = await get(`?survey=${MIXED}&${PERIOD}`, staff);
      assert.equal(body.responses, 9);
      assert.deepEqual(body.scales.map((each) => [each.scale, each.min, each.max, each.responses]), [
        ['stars', 1, 5, 6], ['thumbs', 0, 1, 2], ['emoji', 1, 5, 1],
      ]);
      const [stars, thumbs, emoji] = body.scales;
      assert.deepEqual(stars.bands, { negative: 2, neutral: 1, positive: 3 });
      assert.equal(stars.nps, null);
      // p = 1/2, n = 6: centre 0.5, half width (z/(1 + z²/6))·√(1/24 + z²/144) = 0.312384.
      closeEstimate(stars.csat, [50, 18.761630648265054, 81.23836935173495], 'stars csat');
      // mean 20/6, s = √(13.333/5) = 1.632993, t(0.975, 5)·s/√6 = 1.713721.
      closeEstimate(stars.mean, [3.3333333333333335, 1.6196121095757903, 5.047054557090877], 'stars mean');
      closeEstimate(thumbs.csat, [50, 9.453120573423075, 90.54687942657694], 'thumbs csat');
      // mean 0.5, s = √0.5, t(0.975, 1)·s/√2 = 6.353102.
      closeEstimate(thumbs.mean, [0.5, -5.853102368087353, 6.853102368087353], 'thumbs mean');
      closeEstimate(emoji.mean, [5, null, null], 'one answer');
      assert.deepEqual(body.distribution.map((each) => each.counts.length), [5, 2, 5]);
      assert.equal(body.series.length, 3 * 7, 'every day for every scale');
    });

    it('one band only: NPS 100 with a zero-width interval, CSAT 100 % with Wilson’s lower bound', async () => {
      const { body } = await get(`?survey=${HAPPY}&${PERIOD}`, staff);
      const [nps, stars] = body.scales;
      assert.deepEqual(nps.bands, { negative: 0, neutral: 0, positive: 3 });
      closeEstimate(nps.nps, [100, 100, 100], 'nps');
      closeEstimate(stars.csat, [100, 34.2380227506653, 100], 'csat');
    });

    it('no responses: zeros and nulls, never an error', async () => {
      const { response, body } = await get(`?survey=nobody-asked&${PERIOD}`, staff);
      assert.equal(response.status, 200);
      assert.equal(body.responses, 0);
      assert.deepEqual(body.scales, []);
      assert.deepEqual(body.series, []);
      assert.deepEqual(body.funnel, { shown: 0, rated: 0, commented: 0, dismissed: { total: 0, rating: 0, comment: 0, thanks: 0 } });
      assert.deepEqual(body.reasons, { negative: [], neutral: [], positive: [], unrated: [] });
      const segmented = (await get(`?survey=nobody-asked&${PERIOD}&segment=plan`, staff)).body;
      assert.deepEqual(segmented.segment, { key: 'plan', values: [] });
      const list = (await get(`/responses?survey=nobody-asked&${PERIOD}`, staff)).body;
      assert.deepEqual(list.items, []);
      assert.equal(list.next, null);
    });

    it('who needs an answer: unhappy first then newest, paged by the cursor, filtered by band and text', async () => {
      const pages = [];
      let cursor = '';
      do {
        const { body } = await get(`/responses?survey=${NPS}&${PERIOD}&limit=2${cursor ? `&cursor=${cursor}` : ''}`, staff);
        pages.push(body.items.map((item) => item.responseId));
        cursor = body.next;
      } while (cursor);
      assert.deepEqual(pages, [['r5', 'r4'], ['r3', 'r1'], ['r9']]);
      const { body } = await get(`/responses?survey=${NPS}&${PERIOD}&limit=1`, staff);
      const [first] = body.items;
      assert.equal(first.text, 'Too slow');
      assert.deepEqual(first.reasons, ['speed', 'price']);
      assert.deepEqual(first.rating, { scale: 'nps', min: 0, max: 10, value: 0, band: 'negative', time: '2026-11-04T09:00:00.000Z' });
      const happy = (await get(`/responses?survey=${NPS}&${PERIOD}&band=positive`, staff)).body;
      assert.deepEqual(happy.items.map((item) => item.responseId), ['r1']);
      const unrated = (await get(`/responses?survey=${NPS}&${PERIOD}&band=unrated`, staff)).body;
      assert.equal(unrated.items[0].rating, null);
      const found = (await get(`/responses?survey=${NPS}&${PERIOD}&q=SLOW`, staff)).body;
      assert.deepEqual(found.items.map((item) => item.responseId), ['r5']);
      assert.equal((await get(`/responses?survey=${NPS}&cursor=nonsense`, staff)).response.status, 400);
    });

    it('the cursor never skips or repeats a comment of the same time', async () => {
      const subject = 'same-time';
      const events = Array.from({ length: 7 }, (_, i) => comment(subject, '2026-11-02T10:00:00.000Z', `q${i}`, `c${i}`));
      await Promise.all(events.map((each) => store.put(each)));
      const seen = [];
      let cursor = '';
      do {
        const { body } = await get(`/responses?survey=${subject}&${PERIOD}&limit=3${cursor ? `&cursor=${cursor}` : ''}`, staff);
        seen.push(...body.items.map((item) => item.id));
        cursor = body.next;
      } while (cursor);
      assert.deepEqual(seen, events.map((each) => each.id).sort().reverse());
    });

    it('exports: CSV and JSONL of every event in the period, oldest first, formulas made text', async () => {
      const csv = await get(`/export.csv?survey=${NPS}&${PERIOD}`, staff);
      assert.equal(csv.response.status, 200);
      assert.match(csv.response.headers.get('content-type'), /^text\/csv/);
      assert.match(csv.response.headers.get('content-disposition'), /attachment; filename="checkout-nps-2026-11-01-2026-11-08\.csv"/);
      const inPeriod = NPS_EVENTS.filter((each) => each.time >= '2026-11-01' && each.time < '2026-11-08');
      const lines = csv.body.replace(/^\ufeff/, '').trimEnd().split('\r\n');
      assert.equal(lines[0], 'time,type,surveyId,responseId,scale,value,min,max,text,question,mode,trigger,stage,locale,reasons,context,source,id');
      assert.equal(lines.length, 1 + inPeriod.length);
      assert.ok(csv.body.includes(`"'=HYPERLINK(""x"") broke, ""twice"""`), 'a formula is written as text, quotes doubled');
      const jsonl = await get(`/export.jsonl?survey=${NPS}&${PERIOD}`, staff);
      const exported = jsonl.body.trimEnd().split('\n').map((line) => JSON.parse(line));
      const expected = [...inPeriod].sort((a, b) => (a.time < b.time ? -1 : a.time > b.time ? 1 : a.id < b.id ? -1 : 1));
      assert.deepEqual(exported, expected);
    });

    it('refuses what it cannot read with 400 naming the parameter', async () => {
      for (const [query, name] of [['', 'survey'], [`survey=${NPS}&from=yesterday`, 'from'], [`survey=${NPS}&interval=month`, 'interval'],
        [`survey=${NPS}&from=2026-11-08&to=2026-11-01`, 'from'], [`survey=${NPS}&limit=0`, 'limit']]) {
        const path = name === 'limit' ? `/responses?${query}` : `?${query}`;
        const { response, body } = await get(path, staff);
        assert.equal(response.status, 400, query);
        assert.match(body.error, new RegExp(`^${name}`));
      }
    });

    it('the surveys the store holds', async () => {
      const { body } = await get('/surveys', staff);
      assert.deepEqual(body.surveys.map((each) => each.survey).sort(), [HAPPY, NPS, MIXED, 'same-time'].sort());
    });

    it('events that arrived through the receiver are summarised alike', async () => {
      const receive = createReceiver({ store });
      const posted = rating('through-receiver', '2026-11-03T10:00:00.000Z', 'x1', 4, 'stars');
      const answer = await receive(new Request('https://collector.example/feedback', {
        method: 'POST', headers: { 'content-type': 'application/cloudevents+json' }, body: JSON.stringify(posted),
      }));
      assert.equal(answer.status, 202);
      const { body } = await get(`?survey=through-receiver&${PERIOD}`, staff);
      assert.deepEqual(body.scales[0].bands, { negative: 0, neutral: 0, positive: 1 });
    });

    it('comments with reasons (issue 22) posted through the receiver, one with no text, are ranked by band', async () => {
      const receive = createReceiver({ store });
      const survey = 'reasons-through-receiver';
      const events = [
        rating(survey, '2026-11-03T10:00:00.000Z', 'y1', 2),
        comment(survey, '2026-11-03T10:01:00.000Z', 'y1', '', ['delivery', 'price']),
        rating(survey, '2026-11-03T11:00:00.000Z', 'y2', 5),
        comment(survey, '2026-11-03T11:01:00.000Z', 'y2', 'Late again', ['delivery']),
        rating(survey, '2026-11-03T12:00:00.000Z', 'y3', 10),
        comment(survey, '2026-11-03T12:01:00.000Z', 'y3', 'Great', []),
      ];
      for (const posted of events) {
        const answer = await receive(new Request('https://collector.example/feedback', {
          method: 'POST', headers: { 'content-type': 'application/cloudevents+json' }, body: JSON.stringify(posted),
        }));
        assert.equal(answer.status, 202, JSON.stringify(posted.data));
      }
      const { body } = await get(`?survey=${survey}&${PERIOD}`, staff);
      assert.deepEqual(body.reasons, {
        negative: [{ reason: 'delivery', count: 2 }, { reason: 'price', count: 1 }],
        neutral: [],
        positive: [],
        unrated: [],
      });
    });
  });
}
