// The modes page: one demo per mode and trigger, chosen by `?demo=`, each on a fresh page view (at most one
// popover or tab shows per page view). Built with DOM APIs only: the page enforces Trusted Types.

/** Every demo: its attributes are both the element that is created and the snippet that is shown. */
const DEMOS = [
  {
    id: 'popover-load', group: 'popover-demos', title: 'Popover · on load',
    attributes: { mode: 'popover', 'survey-id': 'modes-popover-load', scale: 'nps' },
    help: 'Opens as soon as the page has loaded. Focus stays where it is; press Tab to answer, Escape to close.',
  },
  {
    id: 'popover-delay', group: 'popover-demos', title: 'Popover · after a delay',
    attributes: { mode: 'popover', trigger: 'delay', delay: '5', 'survey-id': 'modes-popover-delay', scale: 'emoji' },
    help: 'Opens five seconds after the page loaded.',
  },
  {
    id: 'popover-scroll', group: 'popover-demos', title: 'Popover · on scroll',
    attributes: { mode: 'popover', trigger: 'scroll', 'scroll-depth': '50', 'survey-id': 'modes-popover-scroll', scale: 'stars' },
    help: 'Opens once you have scrolled halfway down the page.', tall: true,
  },
  {
    id: 'popover-exit', group: 'popover-demos', title: 'Popover · on exit intent',
    attributes: { mode: 'popover', trigger: 'exit', 'survey-id': 'modes-popover-exit', scale: 'thumbs' },
    help: 'Opens when the mouse pointer leaves the window through the top (towards the tabs). It never fires on touch screens.',
  },
  {
    id: 'popover-event', group: 'popover-demos', title: 'Popover · on a page event',
    attributes: { mode: 'popover', trigger: 'event', 'trigger-event': 'demo:order-placed', 'survey-id': 'modes-popover-event', scale: 'numbers', range: '7' },
    help: 'Opens when the page dispatches "demo:order-placed" on document.',
    action: { label: 'Place the order', run: () => document.dispatchEvent(new CustomEvent('demo:order-placed')) },
  },
  {
    id: 'popover-manual', group: 'popover-demos', title: 'Popover · manual (show())',
    attributes: { mode: 'popover', trigger: 'manual', position: 'top-left', 'survey-id': 'modes-popover-manual', scale: 'nps' },
    help: 'Opens only when the page calls show(): here in the top-left corner. show() still respects sampling, cooldowns and one survey per page view.',
    action: { label: 'Call show()', run: () => document.querySelector('care-feedback')?.show() },
  },
  {
    id: 'tab-load', group: 'tab-demos', title: 'Tab · bottom right',
    attributes: { mode: 'tab', 'survey-id': 'modes-tab', scale: 'emoji' },
    help: 'A launcher on the bottom edge; the card opens from it and counts as shown only then. Reach it with Tab like any button.',
  },
  {
    id: 'tab-left', group: 'tab-demos', title: 'Tab · bottom left, after a delay',
    attributes: { mode: 'tab', position: 'bottom-left', trigger: 'delay', delay: '3', 'tab-label': 'Rate this page', 'survey-id': 'modes-tab-left', scale: 'stars' },
    help: 'The launcher appears three seconds after load, with its own label.',
  },
  {
    id: 'priority', group: 'rule-demos', title: 'Two surveys due: the higher priority wins',
    attributes: { mode: 'popover', priority: '5', 'survey-id': 'modes-priority-high', scale: 'nps' },
    also: { mode: 'popover', priority: '1', position: 'bottom-left', 'survey-id': 'modes-priority-low', scale: 'thumbs' },
    help: 'Both are due on load; only priority 5 shows. The other waits for a later page view.',
  },
  {
    id: 'sample', group: 'rule-demos', title: 'Sampling: half of the visitors',
    attributes: { mode: 'popover', sample: '0.5', 'survey-id': 'modes-sample', scale: 'thumbs' },
    help: 'Your draw is made once and remembered: reload, and the answer is the same. "Forget" draws again.',
  },
];

const params = new URLSearchParams(location.search);
const current = DEMOS.find((demo) => demo.id === params.get('demo'));

for (const demo of DEMOS) {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = `?demo=${demo.id}`;
  link.textContent = demo.title;
  if (demo === current) link.setAttribute('aria-current', 'page');
  const snippet = document.createElement('code');
  snippet.textContent = tagFor(demo.attributes);
  item.append(link, ' ', snippet);
  document.getElementById(demo.group).append(item);
}

if (current) {
  document.getElementById('current-title').textContent = current.title;
  document.getElementById('current-help').textContent = current.help;
  document.getElementById('current-snippet').textContent =
    [current.attributes, current.also].filter(Boolean).map(tagFor).join('\n');
  if (current.action) {
    const actions = document.getElementById('current-actions');
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = current.action.label;
    button.addEventListener('click', current.action.run);
    actions.append(button);
    actions.hidden = false;
  }
  document.getElementById('scroll-room').hidden = !current.tall;
  // At the end of <main>, so that the card comes after everything else in the tab order.
  const main = document.querySelector('main');
  for (const attributes of [current.attributes, current.also].filter(Boolean)) {
    const survey = document.createElement('care-feedback');
    for (const [name, value] of Object.entries(attributes)) survey.setAttribute(name, value);
    main.append(survey);
  }
}

document.getElementById('forget').addEventListener('click', () => {
  for (const key of Object.keys(localStorage)) if (key.startsWith('care-feedback:')) localStorage.removeItem(key);
  location.reload();
});

showMemory();
for (const name of ['care-show', 'care-rate', 'care-dismiss', 'care-complete']) document.addEventListener(name, () => setTimeout(showMemory));

/** What the library remembers for the surveys of this page, in words. */
function showMemory() {
  const lines = [];
  for (const attributes of [current?.attributes, current?.also].filter(Boolean)) {
    const id = attributes['survey-id'];
    const memory = JSON.parse(localStorage.getItem(`care-feedback:survey:${id}`) ?? 'null');
    const parts = [];
    if (memory?.draw !== undefined) parts.push(`sample draw ${memory.draw.toFixed(2)}`);
    if (memory?.answered) parts.push(`answered ${new Date(memory.answered).toLocaleString()}`);
    if (memory?.dismissed) parts.push(`dismissed ${new Date(memory.dismissed).toLocaleString()}`);
    lines.push(`${id}: ${parts.length ? parts.join(', ') : 'nothing remembered'}`);
  }
  document.getElementById('memory').textContent = lines.join(' · ');
}

function tagFor(attributes) {
  const list = Object.entries(attributes).map(([name, value]) => `${name}="${value}"`).join(' ');
  return `<care-feedback ${list}></care-feedback>`;
}
