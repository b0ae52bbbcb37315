// The gallery's event log and form demo. Built with DOM APIs only (textContent, never innerHTML):
// the page enforces Trusted Types, and event details carry visitor text.

const DOCUMENT_EVENTS = ['care-show', 'care-rate', 'care-comment', 'care-dismiss', 'care-complete'];
const WINDOW_EVENTS = ['care-delivered', 'care-delivery-failed'];
const MAX_LOG_ENTRIES = 100;

const log = document.getElementById('event-log');
const placeholder = log.querySelector('.empty');

for (const name of DOCUMENT_EVENTS) document.addEventListener(name, printEvent);
for (const name of WINDOW_EVENTS) window.addEventListener(name, printEvent);

document.getElementById('clear-log').addEventListener('click', () => log.replaceChildren(placeholder));

function printEvent(event) {
  const entry = document.createElement('li');
  const time = document.createElement('time');
  time.dateTime = new Date().toISOString();
  time.textContent = new Date().toLocaleTimeString();

  const name = document.createElement('span');
  name.className = event.type === 'care-delivery-failed' ? 'event-name event-failed' : 'event-name';
  name.textContent = event.type;

  // Composed events reach the document retargeted to the outermost host, which names the widget.
  const origin = document.createElement('span');
  origin.className = 'event-origin';
  origin.textContent = event.currentTarget === window ? 'on window' : `from ${describeElement(event.target)}`;

  const detail = document.createElement('div');
  detail.textContent = JSON.stringify(event.detail);

  entry.append(time, ' ', name, ' ', origin, detail);
  placeholder.remove();
  log.prepend(entry);
  while (log.children.length > MAX_LOG_ENTRIES) log.lastElementChild.remove();
}

function describeElement(element) {
  if (!(element instanceof Element)) return String(element);
  const surveyId = element.getAttribute('survey-id');
  return surveyId ? `<${element.localName} survey-id="${surveyId}">` : `<${element.localName}>`;
}

// The rating with name="score" is form-associated: what it chose travels in the form's FormData.
const form = document.getElementById('score-form');
const formOutput = document.getElementById('score-form-output');

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const entries = [...new FormData(form).entries()];
  formOutput.textContent = entries.length > 0
    ? `FormData: ${entries.map(([key, value]) => `${key}=${value}`).join('&')}`
    : 'FormData is empty: choose a score first.';
});
form.addEventListener('reset', () => {
  formOutput.textContent = '';
});
