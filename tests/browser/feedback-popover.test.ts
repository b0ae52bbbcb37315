import { expect, fixture, html, nextFrame, oneEvent, waitUntil } from '@open-wc/testing';
import { press, type } from './browser.js';
import '../../src/feedback.js';
import type { CompleteDetail, DismissedData } from '../../src/feedback.js';
import type { CareFeedback } from '../../src/components/feedback/feedback.component.js';
import { listenOnDocument, newEndpoint, resetConfig, waitForRequests } from './helpers.js';
import {
  DARK, card, closeButton, deepActiveElement, complete, endEntrance, freshVisit, launcher, opened, option, rating, readMemory,
  settled, status, uniqueSurvey, useFakeClock,
} from './feedback-support.js';

/** A page with something focusable before and after the survey, as a real page has. */
async function page(survey: ReturnType<typeof html>) {
  const root = await fixture<HTMLElement>(html`<div>
    <button id="before">Before</button>
    ${survey}
    <p id="after">Text after the survey</p>
    <button id="next">Next</button>
  </div>`);
  return {
    root,
    el: root.querySelector('care-feedback')!,
    before: root.querySelector<HTMLButtonElement>('#before')!,
    next: root.querySelector<HTMLButtonElement>('#next')!,
  };
}

/**
 * Whether focus is on `element`, looking into shadow roots. (A boolean, because chai's message for two
 * unequal elements inspects them deeply enough to hang the page.)
 */
const focusIsOn = (element: Element | null) => element !== null && deepActiveElement() === element;

/**
 * How far the page's own content moves, at most, while `action` runs and the page settles: every element's
 * box is compared with where it was before, on every frame, so a shift that comes and goes is seen too.
 * Geometry works in every engine, where the layout-shift observer exists only in Chromium.
 */
async function contentMovedDuring(content: Element[], action: () => Promise<void>): Promise<number> {
  const before = content.map((element) => element.getBoundingClientRect());
  let moved = 0;
  const measure = () => {
    content.forEach((element, i) => {
      const box = element.getBoundingClientRect();
      moved = Math.max(moved, Math.abs(box.top - before[i].top), Math.abs(box.left - before[i].left));
    });
  };
  let sampling = true;
  const sample = () => {
    measure();
    if (sampling) requestAnimationFrame(sample);
  };
  requestAnimationFrame(sample);
  await action();
  await nextFrame();
  await nextFrame();
  await new Promise((resolve) => setTimeout(resolve, 100));
  sampling = false;
  measure();
  return moved;
}

/**
 * A page `width` × `height` CSS px with the feedback module loaded, in an iframe: a real viewport of that size
 * in every engine (a WebKit window cannot be made narrower than its toolbar).
 */
async function viewportOf(width: number, height: number, body: string): Promise<Window> {
  const frame = await fixture<HTMLIFrameElement>(html`<iframe title="A phone-sized page" style="border: 0; width: ${width}px; height: ${height}px"></iframe>`);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = `<!doctype html><html lang="en"><body style="margin: 0">${body}<script type="module" src="/src/feedback.ts"></script></body></html>`;
  await loaded;
  const view = frame.contentWindow!;
  await waitUntil(() => view.customElements.get('care-feedback'), 'the module did not load in the frame', { timeout: 5000 });
  return view;
}

describe('<care-feedback> popover and tab', () => {
  let fakeClock: ReturnType<typeof useFakeClock>;
  beforeEach(() => {
    freshVisit();
    fakeClock = useFakeClock();
  });
  afterEach(async () => {
    fakeClock.restore();
    resetConfig();
  });

  describe('placement', () => {
    it('a popover is fixed in the corner named by position, 16px from the edges by default', async () => {
      const corners = {
        'bottom-right': (r: DOMRect) => [innerWidth - r.right, innerHeight - r.bottom],
        'bottom-left': (r: DOMRect) => [r.left, innerHeight - r.bottom],
        'top-right': (r: DOMRect) => [innerWidth - r.right, r.top],
        'top-left': (r: DOMRect) => [r.left, r.top],
      };
      for (const [position, gaps] of Object.entries(corners)) {
        freshVisit();
        const el = await fixture<CareFeedback>(html`<care-feedback mode="popover" position=${position} survey-id=${uniqueSurvey()}></care-feedback>`);
        await opened(el);
        endEntrance(el);
        // Its layer: in the top layer where the browser has one, fixed either way.
        expect(getComputedStyle(card(el).parentElement!).position, position).to.equal('fixed');
        const [x, y] = gaps(card(el).getBoundingClientRect()).map(Math.round);
        expect([x, y], position).to.deep.equal([16, 16]);
      }
    });

    it('the tab sits on the page edge itself, and its card opens above it', async () => {
      const el = await fixture<CareFeedback>(html`<care-feedback mode="tab" survey-id=${uniqueSurvey()}></care-feedback>`);
      await settled(el);
      const tab = launcher(el)!.getBoundingClientRect();
      expect(Math.round(innerHeight - tab.bottom)).to.equal(0);
      expect(Math.round(innerWidth - tab.right)).to.equal(16);
      expect(tab.height).to.be.at.least(44);
      launcher(el)!.click();
      await opened(el);
      endEntrance(el);
      expect(card(el).getBoundingClientRect().bottom).to.be.at.most(launcher(el)!.getBoundingClientRect().top);
    });

    it('a popover is usable 320px wide: the card fits and every option keeps a 44px target', async () => {
      const view = await viewportOf(320, 640, `<care-feedback mode="popover" scale="nps" survey-id="${uniqueSurvey()}"></care-feedback>`);
      expect(view.innerWidth).to.equal(320);
      const el = view.document.querySelector('care-feedback') as CareFeedback;
      await opened(el);
      endEntrance(el);
      const box = card(el).getBoundingClientRect();
      expect(box.left).to.be.at.least(0);
      expect(box.right).to.be.at.most(320);
      await rating(el).updateComplete;
      const tops = new Map<number, number>();
      for (const button of rating(el).shadowRoot!.querySelectorAll('[role="radio"]')) {
        const { width, height, right, top } = button.getBoundingClientRect();
        expect(Math.round(Math.min(width, height))).to.be.at.least(44);
        expect(right).to.be.at.most(320);
        tops.set(Math.round(top), (tops.get(Math.round(top)) ?? 0) + 1);
      }
      expect([...tops.values()], 'NPS in two even rows: 0–5 over 6–10').to.deep.equal([6, 5]);
    });

    it('the close button covers no option, with the host\'s font small or large, left to right or right to left', async () => {
      for (const [fontSize, dir] of [['14px', 'ltr'], ['16px', 'rtl'], ['20px', 'ltr']]) {
        freshVisit();
        const wrapper = await fixture(html`<div dir=${dir} style="font-size: ${fontSize}"></div>`);
        const el = document.createElement('care-feedback') as CareFeedback;
        el.mode = 'popover';
        el.scale = 'nps';
        el.surveyId = uniqueSurvey();
        wrapper.append(el);
        await opened(el);
        endEntrance(el);
        await rating(el).updateComplete;
        const close = closeButton(el).getBoundingClientRect();
        for (const button of rating(el).shadowRoot!.querySelectorAll('[role="radio"]')) {
          const box = button.getBoundingClientRect();
          const overlap = box.left < close.right && close.left < box.right && box.top < close.bottom && close.top < box.bottom;
          expect(overlap, `${fontSize} ${dir}: option ${button.textContent!.trim()} under the close button`).to.equal(false);
        }
        el.remove();
      }
    });

    it('opening a popover shifts nothing on the page (the same measure sees an inline card push content down)', async () => {
      const popover = await page(html`<care-feedback mode="popover" trigger="manual" survey-id=${uniqueSurvey()}></care-feedback>`);
      const popoverPageContent = [popover.before, popover.root.querySelector('#after')!, popover.next];
      const popoverMoved = await contentMovedDuring(popoverPageContent, async () => {
        popover.el.show();
        await opened(popover.el);
      });
      expect(popoverMoved).to.equal(0);

      const inline = await page(html`<care-feedback survey-id=${uniqueSurvey()}></care-feedback>`);
      inline.el.hide();
      await inline.el.updateComplete;
      await nextFrame();
      await nextFrame();
      const inlinePageContent = [inline.root.querySelector('#after')!, inline.next];
      const inlineMoved = await contentMovedDuring(inlinePageContent, async () => {
        inline.el.show();
        await inline.el.updateComplete;
      });
      expect(inlineMoved).to.be.above(0);
    });

    it('enters with a short animation (tests/browser/preferences/ proves none for prefers-reduced-motion)', async () => {
      expect(matchMedia('(prefers-reduced-motion: reduce)').matches, 'the browser was started without reduced motion').to.equal(false);
      const el = await fixture<CareFeedback>(html`<care-feedback mode="popover" survey-id=${uniqueSurvey()}></care-feedback>`);
      await opened(el);
      // The animation declared, not whether it still runs: a slow machine may finish 0.2 s before this line.
      const style = getComputedStyle(card(el));
      expect(style.animationName).to.equal('enter');
      expect(style.animationDuration).to.equal('0.2s');
    });
  });

  describe('focus and keyboard', () => {
    it('never moves focus when it opens; it announces itself instead', async () => {
      const { el, before } = await page(html`<care-feedback mode="popover" trigger="manual" survey-id=${uniqueSurvey()}></care-feedback>`);
      before.focus();
      el.show();
      await opened(el);
      expect(document.activeElement === before).to.equal(true);
      expect(status(el)).to.equal('');
      fakeClock.advance(100);
      await el.updateComplete;
      expect(status(el)).to.equal('Feedback question: press Tab to answer.');
      expect(card(el).getAttribute('role')).to.equal('region');
      expect(card(el).getAttribute('aria-label')).to.equal('Feedback');
    });

    it('the next Tab, from anywhere on the page, goes into the card; later Tabs are the page’s own', async () => {
      const { el, before, next } = await page(html`<care-feedback mode="popover" trigger="manual" survey-id=${uniqueSurvey()}></care-feedback>`);
      next.focus();
      el.show();
      await opened(el);
      await press('Tab');
      expect(focusIsOn(option(el, 0))).to.equal(true);
      before.focus();
      await press('Tab');
      expect(focusIsOn(option(el, 0))).to.equal(true); // the page's own order: the card follows "Before"
      next.focus();
      el.hide();
      el.show(); // appears again, waiting for the next Tab
      await opened(el);
      await press('Tab', 'Shift');
      expect(focusIsOn(closeButton(el))).to.equal(true); // Shift+Tab keeps the page's order: back to the card's last control
    });

    it('Escape dismisses it: care-dismiss and dismissed with the stage, remembered, closed', async () => {
      const { endpoint, bucket } = newEndpoint();
      const surveyId = uniqueSurvey();
      const el = await fixture<CareFeedback>(html`<care-feedback mode="popover" survey-id=${surveyId} endpoint=${endpoint}></care-feedback>`);
      await opened(el);
      await rating(el).updateComplete;
      option(el, 2).click();
      await el.updateComplete;
      option(el, 2).focus();
      const dismissed = oneEvent(el, 'care-dismiss');
      await press('Escape');
      const { detail } = (await dismissed) as CustomEvent<DismissedData>;
      expect(detail.stage).to.equal('comment');
      await el.updateComplete;
      expect(el.open).to.equal(false);
      expect(readMemory(surveyId)!.dismissed).to.equal(fakeClock.now());
      const requests = await waitForRequests(bucket, 3);
      const sent = requests.find((r) => r.body.type === 'care.feedback.dismissed.v1')!;
      expect(sent.body.data).to.deep.equal(detail);
      expect(sent.schemaErrors).to.deep.equal([]);
    });

    it('the close button dismisses a tab card and gives focus back to the launcher', async () => {
      const el = await fixture<CareFeedback>(html`<care-feedback mode="tab" survey-id=${uniqueSurvey()} close-label="Not now"></care-feedback>`);
      await settled(el);
      launcher(el)!.focus();
      launcher(el)!.click();
      await opened(el);
      expect(launcher(el)!.getAttribute('aria-expanded')).to.equal('true');
      closeButton(el).focus();
      const dismissed = oneEvent(el, 'care-dismiss');
      await press('Enter');
      expect(((await dismissed) as CustomEvent<DismissedData>).detail.stage).to.equal('rating');
      await el.updateComplete;
      expect(el.open).to.equal(false);
      expect(launcher(el)!.getAttribute('aria-expanded')).to.equal('false');
      expect(focusIsOn(launcher(el))).to.equal(true);
    });

    it('a whole conversation by keyboard alone, starting from the tab', async () => {
      const { endpoint, bucket } = newEndpoint();
      const { el, before } = await page(html`<care-feedback mode="tab" scale="thumbs" survey-id=${uniqueSurvey()} endpoint=${endpoint}></care-feedback>`);
      await settled(el);
      before.focus();
      await press('Tab');
      expect(focusIsOn(launcher(el))).to.equal(true);
      await press('Enter');
      await opened(el);
      await press('Tab');
      expect(focusIsOn(option(el, 0))).to.equal(true);
      await press('ArrowRight');
      await press('Space');
      await el.updateComplete;
      await press('Tab');
      expect(deepActiveElement()?.localName).to.equal('textarea');
      await type('Clear answers');
      await press('Tab');
      const completed = oneEvent(el, 'care-complete');
      await press('Enter');
      const { detail } = (await completed) as CustomEvent<CompleteDetail>;
      expect(detail.rating.value).to.equal(1);
      expect(detail.comment!.text).to.equal('Clear answers');
      const types = (await waitForRequests(bucket, 3)).map((r) => r.body.type).sort();
      expect(types).to.deep.equal(['care.feedback.comment.v1', 'care.feedback.rating.v1', 'care.feedback.shown.v1']);
    });
  });

  describe('after the thanks', () => {
    it('closes itself after a short pause when focus is elsewhere, without counting a dismissal', async () => {
      const surveyId = uniqueSurvey();
      const heard = listenOnDocument('care-dismiss');
      try {
        const { el, next } = await page(html`<care-feedback mode="popover" survey-id=${surveyId}></care-feedback>`);
        await opened(el);
        await complete(el);
        next.focus();
        fakeClock.advance(3_999);
        await el.updateComplete;
        expect(el.open).to.equal(true);
        fakeClock.advance(1);
        await el.updateComplete;
        expect(el.open).to.equal(false);
        expect(heard.events).to.have.length(0);
        expect(readMemory(surveyId)!.dismissed).to.equal(undefined);
      } finally {
        heard.stop();
      }
    });

    it('stays while focus is inside it, and closes once focus leaves', async () => {
      const { el, next } = await page(html`<care-feedback mode="popover" survey-id=${uniqueSurvey()}></care-feedback>`);
      await opened(el);
      await complete(el);
      expect(el.contains(document.activeElement)).to.equal(true); // the thanks took focus from the vanished Send button
      fakeClock.advance(60_000);
      await el.updateComplete;
      expect(el.open).to.equal(true);
      next.focus();
      await el.updateComplete;
      expect(el.open).to.equal(false);
    });

    it('an inline card stays after its thanks', async () => {
      const el = await fixture<CareFeedback>(html`<care-feedback survey-id=${uniqueSurvey()}></care-feedback>`);
      await complete(el);
      (document.activeElement as HTMLElement | null)?.blur();
      fakeClock.advance(60_000);
      await el.updateComplete;
      expect(el.open).to.equal(true);
    });
  });

  describe('one survey at a time', () => {
    it('of two due popovers only the higher priority shows; the other waits for a later page view', async () => {
      const heard = listenOnDocument('care-show');
      try {
        const root = await fixture<HTMLElement>(html`<div>
          <care-feedback mode="popover" survey-id="low" priority="1"></care-feedback>
          <care-feedback mode="popover" survey-id="high" priority="5"></care-feedback>
        </div>`);
        const [low, high] = root.querySelectorAll('care-feedback');
        await opened(high);
        await settled(low);
        expect(low.open).to.equal(undefined);
        high.hide();
        low.show(); // not on this page view, even when asked
        await settled(low);
        expect(low.open).to.equal(undefined);
        expect(heard.events.map((e) => (e.target as CareFeedback).surveyId)).to.deep.equal(['high']);
      } finally {
        heard.stop();
      }
    });

    it('ties go to the first in document order', async () => {
      const root = await fixture<HTMLElement>(html`<div>
        <care-feedback mode="tab" survey-id=${uniqueSurvey('first')}></care-feedback>
        <care-feedback mode="popover" survey-id=${uniqueSurvey('second')}></care-feedback>
      </div>`);
      const [first, second] = root.querySelectorAll('care-feedback');
      await settled(first);
      await settled(second);
      expect(launcher(first)).to.not.equal(null);
      expect(second.open).to.equal(undefined);
    });

    it('a survey in its cooldown does not take the place of a lower one that may show', async () => {
      const answered = uniqueSurvey('answered');
      localStorage.setItem(`care-feedback:survey:${answered}`, JSON.stringify({ answered: fakeClock.now() }));
      const root = await fixture<HTMLElement>(html`<div>
        <care-feedback mode="popover" survey-id=${answered} priority="9"></care-feedback>
        <care-feedback mode="popover" survey-id=${uniqueSurvey('other')}></care-feedback>
      </div>`);
      const [first, second] = root.querySelectorAll('care-feedback');
      await opened(second);
      expect(first.open).to.equal(undefined);
    });

    it('the one that holds the place may open again after hide()', async () => {
      const el = await fixture<CareFeedback>(html`<care-feedback mode="popover" survey-id=${uniqueSurvey()}></care-feedback>`);
      await opened(el);
      el.hide();
      await el.updateComplete;
      el.show();
      await opened(el);
    });
  });

  describe('accessibility', () => {
    for (const theme of ['light', 'dark'] as const) {
      for (const dir of ['ltr', 'rtl'] as const) {
        it(`axe finds nothing in the open card and in the tab (${theme}, ${dir})`, async () => {
          const root = await fixture<HTMLElement>(html`<div dir=${dir} lang=${dir === 'rtl' ? 'ar' : 'en'}>
            <care-feedback mode="popover" scale="nps" survey-id=${uniqueSurvey()}></care-feedback>
          </div>`);
          const popover = root.querySelector('care-feedback')!;
          if (theme === 'dark') for (const [name, value] of Object.entries(DARK)) root.style.setProperty(name, value);
          await opened(popover);
          await rating(popover).updateComplete;
          endEntrance(popover); // axe would judge the colours half faded in
          await expect(popover).to.be.accessible();
          option(popover, 9).click();
          await popover.updateComplete;
          await expect(popover).to.be.accessible();
          popover.remove();

          freshVisit();
          const tab = document.createElement('care-feedback');
          Object.assign(tab, { mode: 'tab', surveyId: uniqueSurvey() });
          root.append(tab);
          await settled(tab);
          await expect(tab).to.be.accessible();
          launcher(tab)!.click();
          await opened(tab);
          endEntrance(tab);
          await expect(tab).to.be.accessible();
        });
      }
    }

    it('the tab label replaces the launcher text and names the card', async () => {
      const el = await fixture<CareFeedback>(html`<care-feedback mode="tab" tab-label="Tell us" survey-id=${uniqueSurvey()}></care-feedback>`);
      await settled(el);
      expect(launcher(el)!.textContent!.trim()).to.equal('Tell us');
      expect(card(el).getAttribute('aria-label')).to.equal('Tell us');
    });
  });
});
