// The responses page: what the collector stored, live — who needs an answer, each survey's scores and
// charts, every event. Built with DOM APIs only (textContent, never innerHTML): the page enforces Trusted
// Types, and comments are visitor text. Charts are Chart.js (`window.Chart`, loaded before this module).
import { conversations, summarize } from '/demo/summary.mjs';

const BAND_COLOURS = { negative: '#b91c1c', neutral: '#a16207', positive: '#15803d' };
const BAND_NAMES = {
  nps: { negative: 'Detractor', neutral: 'Passive', positive: 'Promoter', none: 'No rating' },
  other: { negative: 'Unhappy', neutral: 'Neutral', positive: 'Happy', none: 'No rating' },
};

const storedEvents = new Map(); // by source + id, as the collector dedupes
let arrivedDuringReload = null;

const summaryBody = document.querySelector('#summary tbody');
const conversationsBody = document.querySelector('#conversations tbody');
const surveyCards = document.getElementById('survey-cards');
const bandFilter = document.getElementById('band-filter');
const cards = new Map(); // surveyId → { section, figure, distribution, overTime } (charts kept, data updated)
bandFilter.addEventListener('change', render);
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
  const surveys = summarize(events);
  renderConversations(conversations(events).filter((c) => bandFilter.value === 'all' || c.band === bandFilter.value));
  renderCards(surveys);
  renderSummary(surveys);
  renderEvents(events.map((event, arrival) => ({ event, arrival })).sort(newestFirst).map(({ event }) => event));
}

function renderConversations(list) {
  const rows = list.map((conversation) => {
    const names = BAND_NAMES[conversation.rating?.scale === 'nps' ? 'nps' : 'other'];
    const band = document.createElement('span');
    band.className = `band band-${conversation.band}`;
    band.textContent = names[conversation.band];
    const { rating } = conversation;
    return row([
      band,
      rating ? `${rating.value} of ${rating.max}` : '—',
      text(conversation.comment ?? '—'),
      conversation.surveyId,
      timeOf(conversation.time),
      shortId(conversation.responseId),
    ]);
  });
  conversationsBody.replaceChildren(...(rows.length > 0 ? rows : [emptyRow(6, 'No responses in this band yet.')]));
}

/** One card per survey: its key figure, the distribution of scores and the responses per day. */
function renderCards(surveys) {
  const current = new Set(surveys.map((survey) => survey.surveyId));
  for (const [surveyId, card] of cards) {
    if (current.has(surveyId)) continue;
    card.distribution.destroy();
    card.overTime.destroy();
    card.section.remove();
    cards.delete(surveyId);
  }
  for (const survey of surveys) {
    const card = cards.get(survey.surveyId) ?? createCard(survey.surveyId);
    card.figure.replaceChildren(...keyFigure(survey));
    const labels = survey.distribution.map(({ value }) => String(value));
    const counts = survey.distribution.map(({ count }) => count);
    updateChart(card.distribution, labels, counts, survey.distribution.map(({ band }) => BAND_COLOURS[band]),
      `Scores of ${survey.surveyId}: ${survey.distribution.map(({ value, count }) => `${value}: ${count}`).join(', ') || 'none yet'}`);
    updateChart(card.overTime, survey.overTime.map(({ day }) => day), survey.overTime.map(({ responses }) => responses), '#1d4ed8',
      `Responses per day to ${survey.surveyId}: ${survey.overTime.map(({ day, responses }) => `${day}: ${responses}`).join(', ') || 'none yet'}`);
  }
}

function createCard(surveyId) {
  const section = document.createElement('section');
  section.className = 'demo-card survey-card';
  const heading = document.createElement('h3');
  heading.textContent = surveyId;
  const figure = document.createElement('p');
  figure.className = 'key-figure';
  const card = { section, figure, distribution: chart('Score', 'Responses'), overTime: chart('Day', 'Responses') };
  section.append(heading, figure, card.distribution.canvas.parentElement, card.overTime.canvas.parentElement);
  surveyCards.append(section);
  cards.set(surveyId, card);
  return card;
}

function chart(xTitle, yTitle) {
  const box = document.createElement('div');
  box.className = 'chart';
  const canvas = document.createElement('canvas');
  canvas.setAttribute('role', 'img');
  box.append(canvas);
  return new window.Chart(canvas, {
    type: 'bar',
    data: { labels: [], datasets: [{ data: [], backgroundColor: [] }] },
    options: {
      animation: false,
      maintainAspectRatio: false,
      plugins: { legend: { display: false } },
      scales: {
        x: { title: { display: true, text: xTitle } },
        y: { beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: yTitle } },
      },
    },
  });
}

function updateChart(instance, labels, values, colours, description) {
  instance.data.labels = labels;
  instance.data.datasets[0].data = values;
  instance.data.datasets[0].backgroundColor = colours;
  instance.canvas.setAttribute('aria-label', description);
  instance.update('none');
}

function keyFigure(survey) {
  const strong = document.createElement('strong');
  if (survey.scale === 'nps') {
    strong.textContent = `NPS ${survey.nps ?? '—'}`;
    const { positive, neutral, negative } = survey.bands;
    return [strong, ` · ${count(positive, 'promoter')} · ${count(neutral, 'passive')} · ${count(negative, 'detractor')}`];
  }
  if (survey.scale) {
    strong.textContent = `${survey.satisfiedPercent ?? '—'} % satisfied`;
    return [strong, ` · average ${survey.average ?? '—'} of ${survey.max} · ${count(survey.ratings, 'rating')}`];
  }
  strong.textContent = count(survey.comments, 'comment');
  return [strong];
}

function renderSummary(surveys) {
  const rows = surveys.map((survey) => row([
    survey.surveyId,
    survey.scale === null ? '—' : survey.scale === 'nps' ? 'nps' : `${survey.scale} (${survey.max})`,
    number(survey.responses),
    number(survey.nps),
    number(survey.scale === 'nps' ? `${survey.bands.positive} · ${survey.bands.neutral} · ${survey.bands.negative}` : null),
    survey.average === null ? number(null) : number(`${survey.average} of ${survey.max}`),
    survey.satisfiedPercent === null ? number(null) : number(`${survey.satisfiedPercent} %`),
    number(survey.comments),
    number(survey.shown),
    number(survey.dismissed),
  ]));
  summaryBody.replaceChildren(...(rows.length > 0 ? rows : [emptyRow(10, 'No responses yet.')]));
}

function renderEvents(events) {
  const rows = events.map((event) => {
    return row([timeOf(event.time), shortType(event.type), event.data.surveyId, shortId(event.data.responseId), text(describeData(event))]);
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

function timeOf(iso) {
  const time = document.createElement('time');
  time.dateTime = iso;
  time.textContent = new Date(iso).toLocaleString();
  return time;
}

function shortId(id) {
  const code = document.createElement('code');
  code.textContent = String(id).slice(0, 8);
  code.title = id;
  return code;
}

const count = (n, noun) => `${n} ${noun}${n === 1 ? '' : 's'}`;
