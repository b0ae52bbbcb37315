// The responses page: what the collector stored, live. Built with DOM APIs only (textContent, never
// innerHTML): the page enforces Trusted Types, and comments are visitor text.
import { summarize } from '/demo/summary.mjs';

const storedEvents = new Map(); // by source + id, as the collector dedupes
let arrivedDuringReload = null;

const summaryBody = document.querySelector('#summary tbody');
const eventsBody = document.querySelector('#events tbody');
const streamStatus = document.getElementById('stream-status');

const stream = new EventSource('/events/stream');
// (Re)load on every open: events stored while the stream was down are fetched, not missed.
stream.addEventListener('open', () => {
  streamStatus.textContent = 'Live.';
  reload().catch((error) => {
    streamStatus.textContent = `Could not load the stored events: ${error.message}`;
  });
});
stream.addEventListener('error', () => {
  streamStatus.textContent = 'Disconnected; reconnecting…';
});
stream.addEventListener('message', (message) => {
  const event = JSON.parse(message.data);
  arrivedDuringReload?.push(event);
  remember(event);
  render();
});
stream.addEventListener('cleared', () => {
  forgetAll();
  render();
});

document.getElementById('clear-events').addEventListener('click', async () => {
  const response = await fetch('/events', { method: 'DELETE' });
  if (!response.ok) {
    streamStatus.textContent = `Clearing failed: HTTP ${response.status}`;
    return;
  }
  forgetAll(); // the stream says so too, unless it is down
  render();
});

async function reload() {
  // The stream may deliver an event the GET answer does not hold yet; keep those across the refresh.
  arrivedDuringReload = [];
  try {
    const response = await fetch('/events', { cache: 'no-store' });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const events = await response.json();
    storedEvents.clear();
    for (const event of [...events, ...arrivedDuringReload]) remember(event);
  } finally {
    arrivedDuringReload = null;
  }
  render();
}

function remember(event) {
  storedEvents.set(JSON.stringify([event.source, event.id]), event);
}

function forgetAll() {
  storedEvents.clear();
  if (arrivedDuringReload) arrivedDuringReload.length = 0;
}

function render() {
  const events = [...storedEvents.values()];
  renderSummary(summarize(events));
  renderEvents(events.map((event, arrival) => ({ event, arrival })).sort(newestFirst).map(({ event }) => event));
}

function renderSummary(surveys) {
  const rows = surveys.map((survey) => row([
    survey.surveyId,
    survey.scale === null ? '—' : survey.scale === 'nps' ? 'nps' : `${survey.scale} (${survey.max})`,
    number(survey.responses),
    number(survey.nps),
    survey.average === null ? number(null) : number(`${survey.average} of ${survey.max}`),
    survey.satisfiedPercent === null ? number(null) : number(`${survey.satisfiedPercent} %`),
    number(survey.comments),
    number(survey.shown),
    number(survey.dismissed),
  ]));
  summaryBody.replaceChildren(...(rows.length > 0 ? rows : [emptyRow(9, 'No responses yet.')]));
}

function renderEvents(events) {
  const rows = events.map((event) => {
    const time = document.createElement('time');
    time.dateTime = event.time;
    time.textContent = new Date(event.time).toLocaleString();
    const responseId = document.createElement('code');
    responseId.textContent = String(event.data.responseId).slice(0, 8);
    responseId.title = event.data.responseId;
    return row([time, shortType(event.type), event.data.surveyId, responseId, text(describeData(event))]);
  });
  eventsBody.replaceChildren(...(rows.length > 0 ? rows : [emptyRow(5, 'No events yet. Answer a widget on another demo page.')]));
}

function describeData({ type, data }) {
  switch (type) {
    case 'care.feedback.rating.v1': return `${data.value} of ${data.max} (${data.scale})`;
    case 'care.feedback.comment.v1': return data.text;
    case 'care.feedback.shown.v1': return `${data.mode}, trigger ${data.trigger}`;
    case 'care.feedback.dismissed.v1': return `at the ${data.stage} stage`;
    default: return '';
  }
}

function shortType(type) {
  return type.replace(/^care\.feedback\./, '').replace(/\.v\d+$/, '');
}

// Newest by event time; among equal times, the later arrival first.
function newestFirst(a, b) {
  return (Date.parse(b.event.time) - Date.parse(a.event.time)) || (b.arrival - a.arrival);
}

function row(cells) {
  const tr = document.createElement('tr');
  tr.append(...cells.map((content) => (content instanceof HTMLTableCellElement ? content : cell(content))));
  return tr;
}

function cell(content, className = '') {
  const td = document.createElement('td');
  if (className) td.className = className;
  td.append(content);
  return td;
}

function number(value) {
  return cell(value === null ? '—' : String(value), 'number');
}

function text(value) {
  return cell(value, 'text');
}

function emptyRow(columns, message) {
  const tr = document.createElement('tr');
  const td = document.createElement('td');
  td.colSpan = columns;
  td.className = 'status';
  td.textContent = message;
  tr.append(td);
  return tr;
}
