/**
 * A real `createInsights()` handler for the browser tests of `<care-insights>` (tests/browser/insights/), mounted
 * in web-test-runner's (Koa) server over an in-memory `pgliteStore` seeded with INSIGHTS_FIXTURE on first use.
 * Built code (dist/): run `npm run build` first.
 *
 *   GET /insights-test/…     authorized (every request)
 *   GET /insights-closed/…   no `authorize`: always 401
 */

const SURVEY = 'checkout-nps';
let sequence = 0;
const event = (type, time, data) => ({
  specversion: '1.0', id: `fixture-${++sequence}`, source: 'https://shop.example.com/checkout', type: `care.feedback.${type}.v1`,
  subject: SURVEY, time, datacontenttype: 'application/json', data: { surveyId: SURVEY, locale: 'en', context: {}, ...data },
});
const rating = (day, responseId, value, plan) =>
  event('rating', `2026-11-${day}T10:00:00.000Z`, { responseId, scale: 'nps', value, min: 0, max: 10, question: 'How likely?', context: { plan } });
const comment = (day, responseId, text, reasons) =>
  event('comment', `2026-11-${day}T11:00:00.000Z`, { responseId, text, question: 'What would improve?', reasons });

/** NPS 10, 9, 8, 3, 0, 9 (promoters 3, passives 1, detractors 2: NPS +16.7), 25 comments from unhappy r5 besides. */
export const INSIGHTS_FIXTURE = [
  rating('01', 'r1', 10, 'pro'), rating('01', 'r2', 9, 'pro'), rating('02', 'r3', 8, 'free'),
  rating('03', 'r4', 3, 'free'), rating('04', 'r5', 0, 'free'), rating('07', 'r6', 9, 'pro'),
  comment('01', 'r1', 'Love it', ['design']),
  comment('03', 'r4', 'Checkout broke twice', ['speed']),
  ...Array.from({ length: 25 }, (_, i) => event('comment', `2026-11-04T12:${String(i).padStart(2, '0')}:00.000Z`,
    { responseId: 'r5', text: `Too slow ${i + 1}`, question: 'What would improve?', reasons: ['speed', 'price'] })),
  ...['r1', 'r2', 'r3', 'r4', 'r5', 'r6', 'r7', 'r8'].map((responseId, i) => event('shown', `2026-11-0${1 + (i % 6)}T09:00:00.000Z`, { responseId, mode: 'popover', trigger: 'load' })),
  event('dismissed', '2026-11-05T09:00:00.000Z', { responseId: 'r7', stage: 'rating' }),
];

let ready;
function handlers() {
  ready ??= (async () => {
    // Imported on first use, so the browser suite's configuration loads even before a build.
    const { createInsights } = await import('care-feedback/insights');
    const { pgliteStore } = await import('care-feedback/receiver/pglite');
    const store = pgliteStore();
    await Promise.all(INSIGHTS_FIXTURE.map((each) => store.put(each)));
    return { open: createInsights({ store, authorize: () => true }), closed: createInsights({ store }) };
  })();
  return ready;
}

/** web-test-runner middleware. */
export async function insightsServer(ctx, next) {
  const mount = ctx.path.startsWith('/insights-test') ? 'open' : ctx.path.startsWith('/insights-closed') ? 'closed' : null;
  if (!mount) return next();
  const handler = (await handlers())[mount];
  const response = await handler(new Request(`http://${ctx.host}${ctx.url}`, { method: ctx.method, headers: ctx.headers }));
  ctx.status = response.status;
  response.headers.forEach((value, name) => ctx.set(name, value));
  ctx.body = Buffer.from(await response.arrayBuffer());
}
