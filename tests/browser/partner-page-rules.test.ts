/**
 * What a partner's page does to the elements (contract §11), one defect found on real partner pages per test:
 * rules that reach the host, a small root font, a transform on <body> and a banner at the highest z-index, a
 * modal dialog, a visitor typing in a field, an app shell that scrolls inside its own container. Each page is
 * an iframe of its own, so its global CSS touches nothing else, with the feedback module loaded in it.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { CareFeedback } from '../../src/components/feedback/feedback.component.js';
import { press } from './browser.js';
import { deepElementFromPoint } from './partner-pages/geometry.js';

let pageCount = 0;
/** A frame's window, with its own constructors (`view.IntersectionObserver`). */
type PageWindow = Window & typeof globalThis;

/** A page `width` × `height` px with `head` and `body`, the feedback module loaded after them. */
async function partnerPage(body: string, { head = '', width = 720, height = 600, beforeModule = '' } = {}): Promise<PageWindow> {
  const frame = await fixture<HTMLIFrameElement>(
    html`<iframe title="A partner's page" style="border: 0; width: ${width}px; height: ${height}px"></iframe>`
  );
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  // A unique survey per page, so no earlier page's memory (cooldowns) keeps a card closed.
  const survey = `partner-${Date.now().toString(36)}-${pageCount++}`;
  frame.srcdoc = `<!doctype html><html lang="en"><head>${head}</head><body>${body.replaceAll('SURVEY', survey)}
    ${beforeModule ? `<script>${beforeModule}</script>` : ''}
    <script type="module" src="/src/feedback.ts"></script></body></html>`;
  await loaded;
  const view = frame.contentWindow as PageWindow;
  await waitUntil(() => view.customElements.get('care-feedback'), 'the module did not load in the frame', { timeout: 5000 });
  return view;
}

const feedbackIn = (view: PageWindow) => view.document.querySelector('care-feedback') as CareFeedback;
const cardOf = (el: CareFeedback) => el.shadowRoot!.querySelector<HTMLElement>('[part="card"]')!;
const optionsOf = async (el: CareFeedback) => {
  const rating = el.shadowRoot!.querySelector('care-rating')!;
  await rating.updateComplete;
  return [...rating.shadowRoot!.querySelectorAll<HTMLButtonElement>('[role="radio"]')];
};
/** The element the visitor's pointer would reach at the centre of `element`, through every shadow root. */
function topmostAt(view: PageWindow, element: Element): Element | null {
  const { left, top, width, height } = element.getBoundingClientRect();
  return deepElementFromPoint(view.document, left + width / 2, top + height / 2);
}
/** Resolves after `element`'s visibility has been computed at least once (an IntersectionObserver's first report). */
const visibilityComputed = (view: PageWindow, element: Element) =>
  new Promise<boolean>((resolve) => {
    const observer = new view.IntersectionObserver(([entry]) => {
      observer.disconnect();
      resolve(entry.isIntersecting);
    });
    observer.observe(element);
  });
const deepActive = (view: PageWindow) => {
  let active = view.document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
};

describe('partner pages: what the page does never reaches inside', () => {
  it('a page rule setting the private custom properties on every element leaves the card as it is', async () => {
    const view = await partnerPage(`<care-feedback survey-id="SURVEY" scale="nps"></care-feedback>`, {
      head: '<style>* { --_surface: #111; --_text: #111; --_accent: #f00; --_radius: 0px; --_per-row: 2; --_target: 10px }</style>',
    });
    const el = feedbackIn(view);
    await el.updateComplete;
    const card = cardOf(el);
    expect(view.getComputedStyle(card).backgroundColor).to.equal('rgb(255, 255, 255)');
    expect(view.getComputedStyle(card).color).to.equal('rgb(31, 41, 55)');
    const options = await optionsOf(el);
    for (const option of options) expect(Math.round(option.getBoundingClientRect().height)).to.be.at.least(44);
    // Eleven options on one row at this width, not the two per row the page's --_per-row would make.
    expect(new Set(options.map((option) => Math.round(option.getBoundingClientRect().top))).size).to.equal(1);
  });

  it('`* { box-sizing: content-box !important }` does not reach inside: NPS keeps one row, the text box its card', async () => {
    const view = await partnerPage(`<care-feedback survey-id="SURVEY" scale="nps"></care-feedback>`, {
      head: '<style>* { box-sizing: content-box !important; padding: 0 }</style>',
    });
    const el = feedbackIn(view);
    const options = await optionsOf(el);
    expect(new Set(options.map((option) => Math.round(option.getBoundingClientRect().top))).size).to.equal(1);
    options[9].click();
    await el.updateComplete;
    const comment = el.shadowRoot!.querySelector('care-comment')!;
    await comment.updateComplete;
    const textarea = comment.shadowRoot!.querySelector('textarea')!;
    expect(textarea.getBoundingClientRect().right).to.be.at.most(cardOf(el).getBoundingClientRect().right);
  });

  it('`html { font-size: 62.5% }` keeps every target at 44 × 44 px and the text at 12 px or more', async () => {
    const view = await partnerPage(`<care-feedback survey-id="SURVEY" scale="nps" mode="popover"></care-feedback>`, {
      head: '<style>html { font-size: 62.5% } body { font-size: 1.4rem }</style>',
    });
    const el = feedbackIn(view);
    await waitUntil(() => el.open, 'the popover did not open');
    const close = el.shadowRoot!.querySelector('[part="close"]')!;
    for (const target of [...(await optionsOf(el)), close]) {
      const { width, height } = target.getBoundingClientRect();
      expect(Math.round(Math.min(width, height)), target.outerHTML.slice(0, 60)).to.be.at.least(44); // layout rounds to 1/64 px
    }
    const rating = el.shadowRoot!.querySelector('care-rating')!;
    const labels = rating.shadowRoot!.querySelector('#labels')!;
    expect(parseFloat(view.getComputedStyle(labels).fontSize)).to.be.at.least(12);
  });
});

describe('partner pages: the card on screen and on top', () => {
  const hostile = `<style>
      body { transform: translateZ(0); filter: contrast(1); margin: 0 }
      .banner { position: fixed; inset: auto 0 0 0; height: 40vh; z-index: 2147483647; background: #333 }
      .tall { height: 3000px }
    </style>`;

  it('a transform and a filter on <body>, a banner at z-index 2147483647: the card is in the viewport and topmost', async function () {
    const view = await partnerPage(
      `<div class="tall">Content</div><div class="banner">We use cookies</div><care-feedback survey-id="SURVEY" mode="popover"></care-feedback>`,
      { head: hostile }
    );
    if (!('showPopover' in view.HTMLElement.prototype)) this.skip(); // the fallback is the next test
    const el = feedbackIn(view);
    const shown = new Promise((resolve) => el.addEventListener('care-show', resolve, { once: true }));
    await waitUntil(() => el.open, 'the popover did not open');
    await shown;
    const card = cardOf(el).getBoundingClientRect();
    expect(card.bottom).to.be.at.most(view.innerHeight);
    expect(card.top).to.be.at.least(0);
    // Booleans, not elements: chai would walk a failing element of another window as a plain object for ever.
    for (const option of await optionsOf(el)) expect(option.contains(topmostAt(view, option)), `${option.ariaLabel} is covered`).to.equal(true);
  });

  it('CSS `zoom: 2` on the page leaves the tab card on screen, at its own size', async () => {
    const view = await partnerPage(`<care-feedback survey-id="SURVEY" mode="tab" scale="nps"></care-feedback>`, {
      head: '<style>html { zoom: 2 }</style>',
    });
    const el = feedbackIn(view);
    await waitUntil(() => el.shadowRoot!.querySelector('[part="launcher"]'), 'no launcher', { timeout: 3000 });
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="launcher"]')!.click();
    await waitUntil(() => el.open, 'the card did not open');
    await el.updateComplete;
    const card = cardOf(el);
    card.getAnimations().forEach((animation) => animation.finish());
    const box = card.getBoundingClientRect();
    expect([box.left, box.top].map(Math.round), 'top left corner').to.satisfy(([x, y]: number[]) => x >= 0 && y >= 0);
    expect([box.right, box.bottom].map(Math.round), 'bottom right corner').to.satisfy(([x, y]: number[]) => x <= view.innerWidth && y <= view.innerHeight);
  });

  it('without the Popover API a card that a transform pushed off screen is not reported shown', async () => {
    const view = await partnerPage(`<div class="tall">Content</div><care-feedback survey-id="SURVEY" mode="popover"></care-feedback>`, {
      head: hostile,
      beforeModule: 'delete HTMLElement.prototype.showPopover;',
    });
    const el = feedbackIn(view);
    let shown = false;
    el.addEventListener('care-show', () => (shown = true));
    await waitUntil(() => el.open, 'the popover did not open');
    await el.updateComplete;
    const onScreen = await visibilityComputed(view, cardOf(el));
    // Fixed inside a transformed body 3000 px tall, the card sits at its bottom, far below the viewport.
    expect(onScreen).to.equal(false);
    expect(shown).to.equal(false);
  });
});

describe('partner pages: focus and keys', () => {
  it('a card that appears does not take the Tab of a visitor typing in a field', async () => {
    const view = await partnerPage(
      `<input id="name" aria-label="Name"><input id="email" aria-label="E-mail"><care-feedback survey-id="SURVEY" mode="popover" trigger="manual"></care-feedback>`
    );
    const el = feedbackIn(view);
    const name = view.document.querySelector<HTMLInputElement>('#name')!;
    name.focus();
    el.show();
    await waitUntil(() => el.open, 'the popover did not open');
    await el.updateComplete;
    await press('Tab');
    expect(view.document.activeElement?.id).to.equal('email');
  });

  it('Escape in a card inside a partner’s modal dialog closes the card only, and focus goes back where it was', async () => {
    const view = await partnerPage(
      `<dialog><button id="inside">Inside the dialog</button><care-feedback survey-id="SURVEY" mode="popover" trigger="manual"></care-feedback></dialog>`
    );
    const dialog = view.document.querySelector('dialog')!;
    dialog.showModal();
    const inside = view.document.querySelector<HTMLButtonElement>('#inside')!;
    inside.focus();
    const el = feedbackIn(view);
    el.show();
    await waitUntil(() => el.open, 'the popover did not open');
    await el.updateComplete;
    await press('Tab'); // from a button, not a field: into the card
    await waitUntil(() => el.contains(view.document.activeElement), 'focus did not enter the card');
    await press('Escape');
    await waitUntil(() => !el.open, 'Escape did not close the card');
    expect(dialog.open, 'the dialog stays open').to.equal(true);
    expect(deepActive(view) === inside, 'focus is back on the button it came from').to.equal(true);
  });
});

describe('partner pages: triggers', () => {
  it('trigger="scroll" fires on an app shell that scrolls inside its own container, not on a small scroller', async () => {
    const view = await partnerPage(
      `<main><div class="small"><div style="height: 600px">Code sample</div></div><div style="height: 4000px">Shell content</div></main>
       <care-feedback survey-id="SURVEY" mode="popover" trigger="scroll" scroll-depth="50"></care-feedback>`,
      { head: '<style>html, body { margin: 0; height: 100%; overflow: hidden } main { height: 100vh; overflow: auto } .small { height: 100px; overflow: auto }</style>' }
    );
    const el = feedbackIn(view);
    await el.updateComplete;
    const small = view.document.querySelector('.small')!;
    small.scrollTop = small.scrollHeight;
    await visibilityComputed(view, small); // a frame later: its scroll event has been dispatched
    expect(el.open, 'a small scroller is not the page').to.not.equal(true);
    const main = view.document.querySelector('main')!;
    main.scrollTop = main.scrollHeight;
    await waitUntil(() => el.open, 'scrolling the shell past 50 % did not open the card', { timeout: 3000 });
  });
});
