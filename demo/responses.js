// The responses page: <care-insights> (care-feedback/insights/element) on the demo collector's /insights, a
// survey picker from /insights/surveys, and a reload whenever the collector stores an event.
import '/dist/insights/element.js';

const insights = document.querySelector('care-insights');
const picker = document.querySelector('#survey-picker');
const status = document.querySelector('#stream-status');

async function loadSurveys() {
  const response = await fetch('/insights/surveys');
  const { surveys } = response.ok ? await response.json() : { surveys: [] };
  const chosen = picker.value || new URLSearchParams(location.search).get('survey') || surveys[0]?.survey || '';
  picker.replaceChildren(...surveys.map(({ survey }) => new Option(survey, survey, false, survey === chosen)));
  if (chosen && insights.survey !== chosen) insights.survey = chosen;
}

picker.addEventListener('change', () => {
  insights.survey = picker.value;
  history.replaceState(null, '', `?survey=${encodeURIComponent(picker.value)}`);
});

document.querySelector('#clear-events').addEventListener('click', async () => {
  await fetch('/events', { method: 'DELETE' });
});

let reloading;
/** Many events arrive together (a conversation is two or three): one reload for them. */
function reloadSoon() {
  clearTimeout(reloading);
  reloading = setTimeout(async () => {
    await loadSurveys();
    await insights.refresh();
  }, 150);
}

const stream = new EventSource('/events/stream');
stream.addEventListener('open', () => (status.textContent = 'Live'));
stream.addEventListener('error', () => (status.textContent = 'Reconnecting…'));
stream.addEventListener('message', reloadSoon);
stream.addEventListener('cleared', reloadSoon);

await loadSurveys();
