import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/feedback.js';
import type { ShownData } from '../../src/feedback.js';
import type { CareFeedback } from '../../src/components/feedback/feedback.component.js';
import { captureConsole, listenOnDocument, newEndpoint, resetConfig, settle, waitForRequests } from './helpers.js';
import { DAY, freshVisit, launcher, opened, settled, uniqueSurvey, useFakeClock, writeMemory } from './feedback-support.js';

describe('<care-feedback> triggers', () => {
  let fakeClock: ReturnType<typeof useFakeClock>;
  beforeEach(() => {
    freshVisit();
    fakeClock = useFakeClock();
  });
  afterEach(() => {
    fakeClock.restore();
    resetConfig();
  });

  it('load: a popover opens as soon as the page has loaded, and sends shown with mode and trigger', async () => {
    const { endpoint, bucket } = newEndpoint();
    const shown = oneEvent(document, 'care-show');
    const el = await fixture<CareFeedback>(html`<care-feedback mode="popover" survey-id="load-nps" endpoint=${endpoint}></care-feedback>`);
    const { detail } = (await shown) as CustomEvent<ShownData>;
    expect(detail).to.deep.include({ mode: 'popover', trigger: 'load', surveyId: 'load-nps' });
    expect(el.open).to.equal(true);
    expect(el.hasAttribute('open')).to.equal(true);
    const [request] = await waitForRequests(bucket, 1);
    expect(request.body.type).to.equal('care.feedback.shown.v1');
    expect(request.body.data).to.deep.equal(detail);
    expect(request.schemaErrors).to.deep.equal([]);
  });

  it('load: while the page is still loading, a popover waits for the load event', async () => {
    Object.defineProperty(document, 'readyState', { configurable: true, get: () => 'interactive' });
    try {
      const el = await fixture<CareFeedback>(html`<care-feedback mode="popover" survey-id=${uniqueSurvey()}></care-feedback>`);
      await settled(el);
      expect(el.open).to.equal(undefined);
      window.dispatchEvent(new Event('load'));
      await opened(el);
    } finally {
      delete (document as { readyState?: string }).readyState;
    }
  });

  it('delay: opens after `delay` seconds, not before', async () => {
    const shown = listenOnDocument<ShownData>('care-show');
    try {
      const el = await fixture<CareFeedback>(html`<care-feedback mode="popover" trigger="delay" delay="30" survey-id=${uniqueSurvey()}></care-feedback>`);
      await settled(el);
      fakeClock.advance(29_999);
      await settled(el);
      expect(el.open).to.equal(undefined);
      fakeClock.advance(1);
      await opened(el);
      expect(shown.events.map((e) => e.detail.trigger)).to.deep.equal(['delay']);
    } finally {
      shown.stop();
    }
  });

  it('delay: 10 seconds when no delay is given', async () => {
    const el = await fixture<CareFeedback>(html`<care-feedback mode="popover" trigger="delay" survey-id=${uniqueSurvey()}></care-feedback>`);
    await settled(el);
    fakeClock.advance(9_999);
    await settled(el);
    expect(el.open).to.equal(undefined);
    fakeClock.advance(1);
    await opened(el);
  });

  it('scroll: opens once the visitor has scrolled through `scroll-depth` percent of the page', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <div class="spacer"></div>
      <care-feedback mode="popover" trigger="scroll" scroll-depth="50" survey-id=${uniqueSurvey()}></care-feedback>
    </div>`);
    (page.firstElementChild as HTMLElement).style.height = '5000px';
    const el = page.querySelector('care-feedback')!;
    await settled(el);
    const scrollable = document.documentElement.scrollHeight - innerHeight;
    try {
      const scrolled = (y: number) => {
        const heard = oneEvent(window, 'scroll');
        window.scrollTo(0, y);
        return heard;
      };
      await scrolled(Math.floor(scrollable * 0.4));
      await settled(el);
      expect(el.open).to.equal(undefined);
      await scrolled(Math.ceil(scrollable * 0.5));
      await opened(el);
    } finally {
      window.scrollTo(0, 0);
    }
  });

  it('exit: opens when the pointer leaves the window through its top edge, not through another side', async () => {
    const el = await fixture<CareFeedback>(html`<care-feedback mode="popover" trigger="exit" survey-id=${uniqueSurvey()}></care-feedback>`);
    await settled(el);
    const leave = (clientX: number, clientY: number, relatedTarget: Element | null = null) =>
      document.body.dispatchEvent(new MouseEvent('mouseout', { bubbles: true, clientX, clientY, relatedTarget }));
    leave(400, 300, document.body); // moving between elements of the page
    leave(innerWidth, 300); // out through the right edge
    leave(400, innerHeight); // out through the bottom
    await settled(el);
    expect(el.open).to.equal(undefined);
    leave(400, -2);
    await opened(el);
  });

  it('event: opens when the named event is heard on document, and only then', async () => {
    const el = await fixture<CareFeedback>(html`<care-feedback mode="popover" trigger="event" trigger-event="order-placed" survey-id=${uniqueSurvey()}></care-feedback>`);
    await settled(el);
    document.dispatchEvent(new Event('cart-updated'));
    await settled(el);
    expect(el.open).to.equal(undefined);
    setTimeout(() => document.dispatchEvent(new CustomEvent('order-placed')));
    const { detail } = (await oneEvent(el, 'care-show')) as CustomEvent<ShownData>;
    expect(detail.trigger).to.equal('event');
  });

  it('manual: never opens on its own; show() opens it and it is told as manual', async () => {
    const el = await fixture<CareFeedback>(html`<care-feedback mode="popover" trigger="manual" survey-id=${uniqueSurvey()}></care-feedback>`);
    await settled(el);
    fakeClock.advance(DAY);
    await settled(el);
    expect(el.open).to.equal(undefined);
    setTimeout(() => el.show());
    const { detail } = (await oneEvent(el, 'care-show')) as CustomEvent<ShownData>;
    expect(detail).to.deep.include({ mode: 'popover', trigger: 'manual' });
  });

  it('a tab shows its launcher when its trigger fires; the card opens from the launcher and is told with that trigger', async () => {
    const el = await fixture<CareFeedback>(html`<care-feedback mode="tab" trigger="event" trigger-event="help-viewed" survey-id=${uniqueSurvey()}></care-feedback>`);
    await settled(el);
    expect(launcher(el)).to.equal(null);
    document.dispatchEvent(new Event('help-viewed'));
    await settled(el);
    expect(launcher(el)).to.not.equal(null);
    expect(el.open).to.not.equal(true);
    setTimeout(() => launcher(el)!.click());
    const { detail } = (await oneEvent(el, 'care-show')) as CustomEvent<ShownData>;
    expect(detail).to.deep.include({ mode: 'tab', trigger: 'event' });
  });

  it('a pending trigger is cancelled when the element leaves the page', async () => {
    const { endpoint, bucket } = newEndpoint();
    const heard = listenOnDocument('care-show');
    try {
      const el = await fixture<CareFeedback>(html`<care-feedback mode="popover" trigger="delay" delay="5" endpoint=${endpoint} survey-id=${uniqueSurvey()}></care-feedback>`);
      await settled(el);
      expect(fakeClock.pending).to.equal(1);
      el.remove();
      expect(fakeClock.pending).to.equal(0);
      fakeClock.advance(10_000);
      await settled(el);
      expect(el.open).to.equal(undefined);
      expect(heard.events).to.have.length(0);
      expect(await settle(bucket, 100)).to.have.length(0);
    } finally {
      heard.stop();
    }
  });

  it('a removed element stops listening for its trigger event', async () => {
    const el = await fixture<CareFeedback>(html`<care-feedback mode="popover" trigger="event" trigger-event="route-done" survey-id=${uniqueSurvey()}></care-feedback>`);
    await settled(el);
    const asked: string[] = [];
    // Seen from outside, a removed survey never shows either way; what is cancelled is its asking.
    (el as unknown as { _ask: (trigger: string) => void })._ask = (trigger) => asked.push(trigger);
    el.remove();
    document.dispatchEvent(new Event('route-done'));
    expect(asked).to.deep.equal([]);
  });

  it('a removed element never shows, even when its trigger had already fired', async () => {
    const heard = listenOnDocument('care-show');
    try {
      const el = await fixture<CareFeedback>(html`<care-feedback mode="popover" trigger="event" trigger-event="go" survey-id=${uniqueSurvey()}></care-feedback>`);
      await settled(el);
      document.dispatchEvent(new Event('go'));
      el.remove(); // in the same task: before the contest is decided
      await settled(el);
      expect(el.open).to.equal(undefined);
      expect(heard.events).to.have.length(0);
    } finally {
      heard.stop();
    }
  });

  it('eligibility is checked again when the trigger fires', async () => {
    const surveyId = uniqueSurvey();
    const el = await fixture<CareFeedback>(html`<care-feedback mode="popover" trigger="delay" delay="5" survey-id=${surveyId}></care-feedback>`);
    await settled(el);
    fakeClock.advance(2_000);
    writeMemory(surveyId, { answered: Date.now() }); // answered meanwhile, in another tab
    fakeClock.advance(3_000);
    await settled(el);
    expect(el.open).to.equal(undefined);
  });

  it('reports an unknown trigger once and treats it as load', async () => {
    const console = captureConsole();
    try {
      const shown = oneEvent(document, 'care-show');
      await fixture<CareFeedback>(html`<care-feedback mode="popover" trigger="hover" survey-id=${uniqueSurvey()}></care-feedback>`);
      const { detail } = (await shown) as CustomEvent<ShownData>;
      expect(detail.trigger).to.equal('load');
      expect(console.errors.filter((e) => e.includes('trigger "hover"'))).to.have.length(1);
    } finally {
      console.restore();
    }
  });

  it('an inline card ignores trigger and opens at once, as before', async () => {
    const el = await fixture<CareFeedback>(html`<care-feedback trigger="manual" survey-id=${uniqueSurvey()}></care-feedback>`);
    expect(el.open).to.equal(true);
  });
});
