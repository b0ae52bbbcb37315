// The stored events as files a team opens elsewhere: CSV for a spreadsheet, JSONL for any tool that reads
// CloudEvents. CSV comes from csv-stringify (quoting, line breaks inside comments, and cells that begin
// like a formula — "=HYPERLINK(…)" typed by a visitor — escaped so a spreadsheet shows them as text).
import { stringify } from 'csv-stringify/sync';

/** One column per field a team filters or sorts by; `context` stays JSON, as hosts shape it. */
const COLUMNS = [
  ['time', (e) => e.time],
  ['type', (e) => e.type],
  ['surveyId', (e) => e.data?.surveyId],
  ['responseId', (e) => e.data?.responseId],
  ['scale', (e) => e.data?.scale],
  ['value', (e) => e.data?.value],
  ['min', (e) => e.data?.min],
  ['max', (e) => e.data?.max],
  ['text', (e) => e.data?.text],
  ['question', (e) => e.data?.question],
  ['mode', (e) => e.data?.mode],
  ['trigger', (e) => e.data?.trigger],
  ['stage', (e) => e.data?.stage],
  ['locale', (e) => e.data?.locale],
  ['context', (e) => (e.data?.context ? JSON.stringify(e.data.context) : undefined)],
  ['source', (e) => e.source],
  ['id', (e) => e.id],
];

/** RFC 4180 CSV with a header row, UTF-8 with a byte order mark so spreadsheet programs read accents right. */
export function eventsAsCsv(events) {
  const rows = events.map((event) => COLUMNS.map(([, read]) => read(event) ?? ''));
  return '\ufeff' + stringify([COLUMNS.map(([name]) => name), ...rows], { escape_formulas: true, record_delimiter: 'windows' });
}

/** One CloudEvent per line, exactly as stored. */
export function eventsAsJsonl(events) {
  return events.map((event) => JSON.stringify(event) + '\n').join('');
}
