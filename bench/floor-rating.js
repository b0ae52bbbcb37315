/**
 * The floor of `npm run bench`: what a careful author would write by hand for one rating, with no framework.
 * A plain custom element with an open shadow root, the same buttons `<care-rating>` renders (its markup, taken
 * from the built element at the start of each bench run) and the same stylesheet (its CSS text, adopted as one
 * constructed sheet shared by every instance), one click and one keydown listener on the shadow root for all
 * the buttons. What a first instance pays once — parsing the stylesheet, parsing the markup into a template —
 * it pays on first use too, as Lit does, so a first render is compared with a first render.
 *
 * scripts/bench.mjs serves this file as a classic script with `const FLOOR = { css, markup }` put before it:
 * `markup` maps a scale (`stars`, `nps`) to the shadow root's HTML without Lit's comment markers.
 */
let sheet;
const templates = new Map();

function templateFor(scale) {
  let template = templates.get(scale);
  if (!template) {
    template = document.createElement('template');
    template.innerHTML = FLOOR.markup[scale];
    templates.set(scale, template);
  }
  return template;
}

/** Checks the clicked option and unchecks the others, as a radio group does. */
function choose(event) {
  const chosen = event.target.closest('[role="radio"]');
  if (!chosen) return;
  for (const option of this.querySelectorAll('[role="radio"]')) {
    option.setAttribute('aria-checked', String(option === chosen));
    option.tabIndex = option === chosen ? 0 : -1;
  }
}

/** Arrow keys move the focus to the next or previous option. */
function move(event) {
  const step = event.key === 'ArrowRight' || event.key === 'ArrowDown' ? 1 : event.key === 'ArrowLeft' || event.key === 'ArrowUp' ? -1 : 0;
  if (!step) return;
  const options = [...this.querySelectorAll('[role="radio"]')];
  const next = options[(options.indexOf(event.target.closest('[role="radio"]')) + step + options.length) % options.length];
  next?.focus();
}

class FloorRating extends HTMLElement {
  connectedCallback() {
    if (this.shadowRoot) return; // moved, not new
    const root = this.attachShadow({ mode: 'open' });
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(FLOOR.css);
    }
    root.adoptedStyleSheets = [sheet];
    root.append(templateFor(this.getAttribute('scale') ?? 'stars').content.cloneNode(true));
    root.addEventListener('click', choose);
    root.addEventListener('keydown', move);
  }
}

customElements.define('floor-rating', FloorRating);
