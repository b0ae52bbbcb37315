/**
 * `createInsights()`: the team's side of the data (contract §12) as a Fetch API handler over a SQL store
 * (`pgliteStore` or `postgresStore`). Every figure is computed in the database (queries.ts); this module reads
 * the request, asks, and adds the intervals (statistics.ts) to what came back.
 *
 *   GET <mount>?survey=…&from=…&to=…&interval=day|week&segment=<context key>   InsightsSummary
 *   GET <mount>/responses?survey=…&band=…&q=…&cursor=…&limit=…                  AnswerPage
 *   GET <mount>/export.csv?survey=…  and  <mount>/export.jsonl?survey=…         every event of the period
 *   GET <mount>/surveys                                                          SurveyList
 *
 * The mount is wherever the host routes it: only the path's last segment is read.
 */
import type { SqlStore } from '../../receiver/sql-store.js';
import type { CareCloudEvent, RatingScale } from '../../types.js';
import { bandOf } from '../../core/bands.js';
import { answersSql, exportSql, figuresSql, funnelSql, reasonsSql, surveysSql } from './queries.js';
import { meanInterval, npsPoints, wilsonPercent } from './statistics.js';
import type {
  AnswerItem, AnswerPage, Band, InsightsSummary, RankedReason, ScaleDistribution, ScaleFigures, ScaleKey, Segment,
  SeriesPoint, SurveyList,
} from './types.js';

export interface InsightsOptions {
  /** `pgliteStore()` or `postgresStore()`: only SQL stores can be summarised. */
  store: Pick<SqlStore, 'query' | 'table'>;
  /**
   * Says whether a request may read the insights (a session cookie, a bearer token, your framework's auth).
   * Without it every request is answered 401: the insights are private by default.
   */
  authorize?: (request: Request) => boolean | Promise<boolean>;
}

export type InsightsHandler = (request: Request) => Promise<Response>;

const DAY_MS = 86_400_000;
const DEFAULT_DAYS = 30;
/** Buckets of one series at most (day buckets: about 5 years). */
const MAX_BUCKETS = 2000;
const DEFAULT_PAGE = 20;
const MAX_PAGE = 200;
const EXPORT_PAGE = 1000;
const MAX_PARAMETER_LENGTH = 200;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
/**
 * For the summary and the list, set in their own transaction: memory to hash a period's responses without
 * spilling to disk; no JIT compilation, which cost more than it saved (2.2 s of compiling for a query that runs
 * in under one); and hash joins rather than merge joins, which sort response ids by the database's collation
 * (slow) because the planner cannot guess how many rows a CTE or a jsonb array holds.
 */
const QUERY_SETTINGS = { work_mem: '64MB', jit: 'off', enable_mergejoin: 'off' };
/**
 * The summary's three statements run at once, one per connection, which keeps both cores of a small server
 * busy already: parallel workers on top only add processes to start and to share the cores with (measured on
 * 1,000,000 events, 2 cores: the three together took 390 ms without workers, 488 ms with PostgreSQL's default 2;
 * with a segment 589 and 642 ms).
 */
const SUMMARY_SETTINGS = { ...QUERY_SETTINGS, max_parallel_workers_per_gather: '0' };
const BAND_RANK: Record<Band | 'unrated', number> = { negative: 0, neutral: 1, positive: 2, unrated: 3 };

/** A request the handler refuses: answered with this status and `{ error }`. */
class Refusal extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

export function createInsights(options: InsightsOptions): InsightsHandler {
  const { store, authorize } = options;
  return async (request) => {
    try {
      if (!authorize || !(await authorize(request))) throw new Refusal(401, 'not authorized');
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        return json(405, { error: `${request.method} is not supported: insights are read with GET` }, { Allow: 'GET, HEAD' });
      }
      const url = new URL(request.url);
      const endpoint = url.pathname.split('/').at(-1) ?? '';
      const answer =
        endpoint === 'surveys' ? json(200, await surveys(store))
        : endpoint === 'responses' ? json(200, await answers(store, url.searchParams))
        : endpoint === 'export.csv' || endpoint === 'export.jsonl' ? exported(store, url.searchParams, endpoint === 'export.csv' ? 'csv' : 'jsonl')
        : json(200, await summary(store, url.searchParams));
      return request.method === 'HEAD' ? new Response(null, { status: answer.status, headers: answer.headers }) : answer;
    } catch (error) {
      if (error instanceof Refusal) return json(error.status, { error: error.message });
      throw error;
    }
  };
}

interface Period {
  survey: string;
  from: Date;
  to: Date;
}

function period(params: URLSearchParams): Period {
  const survey = text(params, 'survey');
  if (!survey) throw new Refusal(400, 'survey: required (the survey-id whose answers to read)');
  const to = params.has('to') ? instant(params, 'to') : new Date(Math.floor(Date.now() / DAY_MS) * DAY_MS + DAY_MS);
  const from = params.has('from') ? instant(params, 'from') : new Date(to.getTime() - DEFAULT_DAYS * DAY_MS);
  if (from >= to) throw new Refusal(400, 'from: must be before to (from is inclusive, to exclusive)');
  return { survey, from, to };
}

function text(params: URLSearchParams, name: string): string | null {
  const value = params.get(name);
  if (value === null || value === '') return null;
  if (value.length > MAX_PARAMETER_LENGTH) throw new Refusal(400, `${name}: at most ${MAX_PARAMETER_LENGTH} characters`);
  return value;
}

/** `2026-11-01` (UTC midnight) or an ISO 8601 date and time with its offset. */
function instant(params: URLSearchParams, name: string): Date {
  const value = params.get(name) ?? '';
  const date = new Date(DATE_ONLY.test(value) ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(date.getTime()) || !/^\d{4}-\d{2}-\d{2}/.test(value)) {
    throw new Refusal(400, `${name}: a date (2026-11-01) or an ISO 8601 time with its offset`);
  }
  return date;
}

type FigureRow = ScaleKey & { responses: number; negative: number; neutral: number; positive: number; mean: number | null; sd: number | null };

function figures(row: FigureRow): ScaleFigures {
  const { scale, min, max, responses, negative, neutral, positive } = row;
  const nps = scale === 'nps';
  return {
    scale, min, max, responses,
    bands: { negative, neutral, positive },
    nps: nps ? npsPoints(positive, negative, responses) : null,
    csat: nps ? null : wilsonPercent(positive, responses),
    mean: meanInterval(row.mean, row.sd, responses),
  };
}

const sameScale = (a: ScaleKey, b: ScaleKey) => a.scale === b.scale && a.min === b.min && a.max === b.max;

async function summary(store: InsightsOptions['store'], params: URLSearchParams): Promise<InsightsSummary> {
  const { survey, from, to } = period(params);
  const interval = params.get('interval') ?? 'day';
  if (interval !== 'day' && interval !== 'week') throw new Refusal(400, 'interval: day or week');
  const starts = bucketStarts(from, to, interval);
  const segmentKey = text(params, 'segment');

  const inPeriod = [survey, from.toISOString(), to.toISOString()];
  const figuresValues: unknown[] = [...inPeriod, interval === 'week' ? '7 days' : '1 day'];
  if (segmentKey !== null) figuresValues.push(segmentKey);
  // Three statements at once: on PostgreSQL each runs on a connection (and a core) of its own.
  const [figuresRows, reasonsRows, funnelRows] = await Promise.all([
    store.query<{
      scales: FigureRow[];
      distribution: (ScaleKey & { value: number; count: number })[];
      series: (FigureRow & { start: string })[];
      segments: (FigureRow & { segment: string | null })[] | null;
    }>(figuresSql(store.table, segmentKey !== null), figuresValues, SUMMARY_SETTINGS),
    store.query<{ reasons: { band: Band | 'unrated'; reason: string; count: number }[] }>(reasonsSql(store.table), inPeriod, SUMMARY_SETTINGS),
    store.query<{ shown: number; comments: number; commented: number; dismissed: Record<string, number> }>(funnelSql(store.table), inPeriod, SUMMARY_SETTINGS),
  ]);
  const row = { ...figuresRows.rows[0]!, ...reasonsRows.rows[0]!, funnel: funnelRows.rows[0]! };

  const scales = row.scales.map(figures);
  const distribution: ScaleDistribution[] = scales.map(({ scale, min, max }) => {
    const counts = [];
    for (let value = min; value <= max; value++) {
      const found = row.distribution.find((entry) => sameScale(entry, { scale, min, max }) && entry.value === value);
      counts.push({ value, count: found?.count ?? 0, band: bandOf({ scale, value, min, max }) });
    }
    return { scale, min, max, counts };
  });
  const series: SeriesPoint[] = scales.flatMap((key) =>
    starts.map((start) => {
      const found = row.series.find((entry) => sameScale(entry, key) && new Date(entry.start).getTime() === start.getTime());
      const empty: FigureRow = { ...key, responses: 0, negative: 0, neutral: 0, positive: 0, mean: null, sd: null };
      return { start: start.toISOString(), ...figures(found ?? empty) };
    })
  );

  let segment: InsightsSummary['segment'] = null;
  if (segmentKey !== null) {
    const bySegment = new Map<string | null, ScaleFigures[]>();
    for (const entry of row.segments ?? []) {
      const list = bySegment.get(entry.segment) ?? [];
      list.push(figures(entry));
      bySegment.set(entry.segment, list);
    }
    const total = (segmentScales: ScaleFigures[]) => segmentScales.reduce((sum, each) => sum + each.responses, 0);
    const values: Segment[] = [...bySegment]
      .map(([value, segmentScales]) => ({ value, scales: segmentScales.sort((a, b) => b.responses - a.responses) }))
      .sort((a, b) => total(b.scales) - total(a.scales) || String(a.value).localeCompare(String(b.value)));
    segment = { key: segmentKey, values };
  }

  const reasons: Record<Band | 'unrated', RankedReason[]> = { negative: [], neutral: [], positive: [], unrated: [] };
  for (const { band, reason, count } of row.reasons) reasons[band].push({ reason, count });
  for (const list of Object.values(reasons)) list.sort((a, b) => b.count - a.count || (a.reason < b.reason ? -1 : 1));

  const dismissed = row.funnel.dismissed;
  const responses = scales.reduce((sum, each) => sum + each.responses, 0);
  return {
    survey, from: from.toISOString(), to: to.toISOString(), interval, responses,
    comments: row.funnel.comments,
    scales, distribution, series, segment, reasons,
    funnel: {
      shown: row.funnel.shown, rated: responses, commented: row.funnel.commented,
      dismissed: {
        total: Object.values(dismissed).reduce((sum, count) => sum + count, 0),
        rating: dismissed.rating ?? 0, comment: dismissed.comment ?? 0, thanks: dismissed.thanks ?? 0,
      },
    },
  };
}

/** The first instant of each bucket that meets [from, to): UTC midnights, weeks from Monday. */
function bucketStarts(from: Date, to: Date, interval: 'day' | 'week'): Date[] {
  let start = Math.floor(from.getTime() / DAY_MS) * DAY_MS;
  if (interval === 'week') start -= ((new Date(start).getUTCDay() + 6) % 7) * DAY_MS;
  const step = interval === 'week' ? 7 * DAY_MS : DAY_MS;
  const starts: Date[] = [];
  for (let at = start; at < to.getTime(); at += step) {
    if (starts.length === MAX_BUCKETS) throw new Refusal(400, `from, to: at most ${MAX_BUCKETS} buckets of one ${interval}`);
    starts.push(new Date(at));
  }
  return starts;
}

type Cursor = [rank: number, time: string, id: string];

function encodeCursor(cursor: Cursor): string {
  return btoa(JSON.stringify(cursor)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function decodeCursor(value: string): Cursor {
  try {
    const cursor = JSON.parse(atob(value.replace(/-/g, '+').replace(/_/g, '/')));
    if (Array.isArray(cursor) && cursor.length === 3 && Number.isInteger(cursor[0]) && typeof cursor[1] === 'string' && typeof cursor[2] === 'string') {
      return cursor as Cursor;
    }
  } catch {
    // answered below
  }
  throw new Refusal(400, 'cursor: not one this handler gave');
}

async function answers(store: InsightsOptions['store'], params: URLSearchParams): Promise<AnswerPage> {
  const { survey, from, to } = period(params);
  const band = text(params, 'band');
  if (band !== null && !(band in BAND_RANK)) throw new Refusal(400, 'band: negative, neutral, positive or unrated');
  const limit = params.has('limit') ? Number(params.get('limit')) : DEFAULT_PAGE;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE) throw new Refusal(400, `limit: a whole number from 1 to ${MAX_PAGE}`);
  const cursorText = text(params, 'cursor');
  const cursor = cursorText === null ? null : decodeCursor(cursorText);

  type AnswerRow = {
    id: string; source: string; time: Date; time_key: string; response_id: string; data: Record<string, unknown>;
    rating_scale: RatingScale | null; rating_value: number | null; rating_min: number | null; rating_max: number | null;
    rating_time: Date | null; band: Band | 'unrated'; rank: number;
  };
  const find = text(params, 'q');
  const { rows } = await store.query<AnswerRow>(answersSql(store.table, find !== null), [
    survey, from.toISOString(), to.toISOString(), band, find,
    cursor?.[0] ?? null, cursor?.[1] ?? null, cursor?.[2] ?? null, limit + 1,
  ], QUERY_SETTINGS);
  const page = rows.slice(0, limit);
  const items: AnswerItem[] = page.map((row) => ({
    id: row.id,
    source: row.source,
    time: new Date(row.time).toISOString(),
    responseId: row.response_id,
    text: typeof row.data.text === 'string' ? row.data.text : '',
    reasons: Array.isArray(row.data.reasons) ? (row.data.reasons as string[]) : null,
    locale: typeof row.data.locale === 'string' ? row.data.locale : null,
    context: (row.data.context ?? {}) as AnswerItem['context'],
    rating:
      row.rating_value === null || row.band === 'unrated'
        ? null
        : {
            scale: row.rating_scale as RatingScale, min: row.rating_min as number, max: row.rating_max as number,
            value: row.rating_value, band: row.band, time: new Date(row.rating_time as Date).toISOString(),
          },
  }));
  const last = page.at(-1);
  const next = rows.length > limit && last ? encodeCursor([last.rank, last.time_key, last.id]) : null;
  return { survey, from: from.toISOString(), to: to.toISOString(), items, next };
}

async function surveys(store: InsightsOptions['store']): Promise<SurveyList> {
  const { rows } = await store.query<{ survey: string; events: number; last: Date }>(surveysSql(store.table));
  return { surveys: rows.map((row) => ({ survey: row.survey, events: row.events, last: new Date(row.last).toISOString() })) };
}

/** One column per field a team filters or sorts by; `context` and `reasons` stay JSON. */
const CSV_COLUMNS: [string, (event: CareCloudEvent) => unknown][] = [
  ['time', (e) => e.time],
  ['type', (e) => e.type],
  ['surveyId', (e) => e.data.surveyId],
  ['responseId', (e) => e.data.responseId],
  ...(['scale', 'value', 'min', 'max', 'text', 'question', 'mode', 'trigger', 'stage', 'locale'] as const).map(
    (field): [string, (event: CareCloudEvent) => unknown] => [field, (e) => (e.data as unknown as Record<string, unknown>)[field]]
  ),
  ['reasons', (e) => ((e.data as { reasons?: unknown }).reasons === undefined ? undefined : JSON.stringify((e.data as { reasons?: unknown }).reasons))],
  ['context', (e) => JSON.stringify(e.data.context ?? {})],
  ['source', (e) => e.source],
  ['id', (e) => e.id],
];

/**
 * RFC 4180: a cell with a quote, comma or line break is quoted; one that a spreadsheet would run as a formula
 * (a visitor's "=HYPERLINK(…)") starts with an apostrophe, so it shows as text.
 */
function csvCell(value: unknown): string {
  if (value === undefined || value === null) return '';
  let cell = String(value);
  if (/^[=+\-@\t\r]/.test(cell)) cell = `'${cell}`;
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** Every event of the period, oldest first, read and written a page at a time: memory stays flat. */
function exported(store: InsightsOptions['store'], params: URLSearchParams, format: 'csv' | 'jsonl'): Response {
  const { survey, from, to } = period(params);
  const encoder = new TextEncoder();
  let after: { time: string; id: string } | null = null;
  let done = false;
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      if (format === 'csv') controller.enqueue(encoder.encode('\ufeff' + CSV_COLUMNS.map(([name]) => name).join(',') + '\r\n'));
    },
    async pull(controller) {
      if (done) return controller.close();
      type ExportRow = { source: string; id: string; type: string; subject: string | null; time: Date; data: unknown; time_key: string };
      const { rows } = await store.query<ExportRow>(exportSql(store.table), [
        survey, from.toISOString(), to.toISOString(), after?.time ?? null, after?.id ?? null, EXPORT_PAGE,
      ]);
      let chunk = '';
      for (const row of rows) {
        const event = {
          specversion: '1.0', id: row.id, source: row.source, type: row.type, ...(row.subject === null ? {} : { subject: row.subject }),
          time: new Date(row.time).toISOString(), datacontenttype: 'application/json', data: row.data,
        } as CareCloudEvent;
        chunk += format === 'csv' ? CSV_COLUMNS.map(([, read]) => csvCell(read(event))).join(',') + '\r\n' : JSON.stringify(event) + '\n';
      }
      const last = rows.at(-1);
      if (last) after = { time: last.time_key, id: last.id };
      if (rows.length < EXPORT_PAGE) done = true;
      if (chunk) controller.enqueue(encoder.encode(chunk));
      else controller.close();
    },
  });
  const day = (date: Date) => date.toISOString().slice(0, 10);
  const filename = `${survey.replace(/[^\w.-]+/g, '_')}-${day(from)}-${day(to)}.${format}`;
  return new Response(body, {
    status: 200,
    headers: {
      'Content-Type': format === 'csv' ? 'text/csv; charset=utf-8' : 'application/jsonl; charset=utf-8',
      'Content-Disposition': `attachment; filename="${filename}"`,
      ...PRIVATE_HEADERS,
    },
  });
}

/** Never cached by a shared cache, never read across origins (no CORS header: browsers keep it same-origin). */
const PRIVATE_HEADERS = { 'Cache-Control': 'private, no-store', 'X-Content-Type-Options': 'nosniff', Vary: 'Authorization, Cookie' };

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json; charset=utf-8', ...PRIVATE_HEADERS, ...headers },
  });
}
