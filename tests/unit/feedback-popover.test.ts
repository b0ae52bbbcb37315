import { expect, fixture, html, nextFrame, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
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

type LayoutShift = PerformanceEntry & { value: number };

/**
 * Sum of the layout-shift scores the browser reports while `action` runs and the page settles. Shifts right
 * after input count too (stricter than the web vital, and independent of what earlier tests typed).
 */
async function layoutShiftDuring(action: () => Promise<void>): Promise<number> {
  let total = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as LayoutShift[]) total += entry.value;
  });
  observer.observe({ type: 'layout-shift' });
  await action();
  await nextFrame();
  await nextFrame();
  await new Promise((resolve) => setTimeout(resolve, 100));
  observer.takeRecords().forEach((entry) => (total += (entry as LayoutShift).value));
  observer.disconnect();
  return total;
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
    await emulateMedia({ reducedMotion: 'no-preference' });
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
        expect(getComputedStyle(el).position, position).to.equal('fixed');
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
      await setViewport({ width: 320, height: 640 });
      try {
        const el = await fixture<CareFeedback>(html`<care-feedback mode="popover" scale="nps" survey-id=${uniqueSurvey()}></care-feedback>`);
        await opened(el);
        endEntrance(el);
        const box = card(el).getBoundingClientRect();
        expect(box.left).to.be.at.least(0);
        expect(box.right).to.be.at.most(320);
        await rating(el).updateComplete;
        for (const button of rating(el).shadowRoot!.querySelectorAll('[role="radio"]')) {
          const { width, height, right } = button.getBoundingClientRect();
          expect(Math.round(Math.min(width, height))).to.be.at.least(44);
          expect(right).to.be.at.most(320);
        }
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });

    it('opening a popover shifts nothing on the page (the same measure sees an inline card push content down)', async () => {
      const popover = await page(html`<care-feedback mode="popover" trigger="manual" survey-id=${uniqueSurvey()}></care-feedback>`);
      const popoverShift = await layoutShiftDuring(async () => {
        popover.el.show();
        await opened(popover.el);
      });
      expect(popoverShift).to.equal(0);

      const inline = await page(html`<care-feedback survey-id=${uniqueSurvey()}></care-feedback>`);
      inline.el.hide();
      await inline.el.updateComplete;
      await nextFrame();
      await nextFrame();
      const inlineShift = await layoutShiftDuring(async () => {
        inline.el.show();
        await inline.el.updateComplete;
      });
      expect(inlineShift).to.be.above(0);
    });

    it('enters with a short animation, and without one for prefers-reduced-motion', async () => {
      const el = await fixture<CareFeedback>(html`<care-feedback mode="popover" survey-id=${uniqueSurvey()}></care-feedback>`);
      await opened(el);
      expect(card(el).getAnimations().length).to.equal(1);
      el.remove();

      await emulateMedia({ reducedMotion: 'reduce' });
      freshVisit();
      const still = await fixture<CareFeedback>(html`<care-feedback mode="popover" survey-id=${uniqueSurvey()}></care-feedback>`);
      await opened(still);
      expect(card(still).getAnimations()).to.deep.equal([]);
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
      await sendKeys({ press: 'Tab' });
      expect(focusIsOn(option(el, 0))).to.equal(true);
      before.focus();
      await sendKeys({ press: 'Tab' });
      expect(focusIsOn(option(el, 0))).to.equal(true); // the page's own order: the card follows "Before"
      next.focus();
      el.hide();
      el.show(); // appears again, waiting for the next Tab
      await opened(el);
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
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
      await sendKeys({ press: 'Escape' });
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
      await sendKeys({ press: 'Enter' });
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
      await sendKeys({ press: 'Tab' });
      expect(focusIsOn(launcher(el))).to.equal(true);
      await sendKeys({ press: 'Enter' });
      await opened(el);
      await sendKeys({ press: 'Tab' });
      expect(focusIsOn(option(el, 0))).to.equal(true);
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement()?.localName).to.equal('textarea');
      await sendKeys({ type: 'Clear answers' });
      await sendKeys({ press: 'Tab' });
      const completed = oneEvent(el, 'care-complete');
      await sendKeys({ press: 'Enter' });
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
      expect(el.matches(':focus-within')).to.equal(true); // the thanks took focus from the vanished Send button
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
