import { expect, fixture, html } from '@open-wc/testing';
import '../../src/feedback.js';
import { configure } from '../../src/feedback.js';
import type { CareFeedback } from '../../src/components/feedback/feedback.component.js';
import { listenOnDocument, newEndpoint, resetConfig, settle } from './helpers.js';
import {
  DAY, closeButton, freshVisit, nextPageView, opened, option, rating, readMemory, settled, uniqueSurvey,
  useFakeClock, writeMemory,
} from './feedback-support.js';

let lastVisit: HTMLElement | undefined;

/** One page view with a popover survey (the previous page view's element leaves, as on a reload). */
async function visit(surveyId: string, attributes = ''): Promise<CareFeedback> {
  lastVisit?.remove();
  nextPageView();
  const host = (lastVisit = await fixture<HTMLElement>(html`<div></div>`));
  // The attributes vary per test; the page's own markup would carry them the same way.
  host.innerHTML = `<care-feedback mode="popover" survey-id="${surveyId}" ${attributes}></care-feedback>`;
  const el = host.firstElementChild as CareFeedback;
  await settled(el);
  await settled(el);
  return el;
}

describe('<care-feedback> memory: sampling, cooldowns, quiet days', () => {
  let fakeClock: ReturnType<typeof useFakeClock>;
  const realRandom = Math.random;
  beforeEach(() => {
    freshVisit();
    fakeClock = useFakeClock();
  });
  afterEach(() => {
    fakeClock.restore();
    Math.random = realRandom;
    resetConfig();
  });

  it('sample="0" never shows, not even by show(), and sends nothing', async () => {
    const { endpoint, bucket } = newEndpoint();
    const heard = listenOnDocument('care-show');
    try {
      const el = await visit(uniqueSurvey(), `sample="0" endpoint="${endpoint}"`);
      el.show();
      await settled(el);
      expect(el.open).to.equal(undefined);
      expect(heard.events).to.have.length(0);
      expect(await settle(bucket, 200)).to.deep.equal([]);
    } finally {
      heard.stop();
    }
  });

  it('draws the sample once per visitor and survey, and remembers the draw', async () => {
    const surveyId = uniqueSurvey();
    Math.random = () => 0.3;
    expect((await visit(surveyId, 'sample="0.5"')).open).to.equal(true);
    expect(readMemory(surveyId)!.draw).to.equal(0.3);
    Math.random = () => 0.9; // a new draw would leave this visitor out
    expect((await visit(surveyId, 'sample="0.5"')).open).to.equal(true);
    const other = uniqueSurvey();
    expect((await visit(other, 'sample="0.5"')).open).to.equal(undefined);
    expect(readMemory(other)!.draw).to.equal(0.9);
    Math.random = () => 0.1;
    expect((await visit(other, 'sample="0.5"')).open).to.equal(undefined);
  });

  it('after a response, the survey is not shown again for cooldown-days (90 by default)', async () => {
    const surveyId = uniqueSurvey();
    const el = await visit(surveyId);
    await opened(el);
    await rating(el).updateComplete;
    option(el, 3).click();
    expect(readMemory(surveyId)!.answered).to.equal(fakeClock.now());
    el.hide();
    expect((await visit(surveyId)).open).to.equal(undefined); // reload: remembered
    fakeClock.advance(90 * DAY - 1);
    expect((await visit(surveyId)).open).to.equal(undefined);
    fakeClock.advance(1);
    expect((await visit(surveyId)).open).to.equal(true);
  });

  it('honours cooldown-days from an earlier visit (time travelled)', async () => {
    const surveyId = uniqueSurvey();
    writeMemory(surveyId, { answered: fakeClock.now() - 6 * DAY });
    expect((await visit(surveyId, 'cooldown-days="7"')).open).to.equal(undefined);
    writeMemory(surveyId, { answered: fakeClock.now() - 8 * DAY });
    expect((await visit(surveyId, 'cooldown-days="7"')).open).to.equal(true);
  });

  it('after a dismissal, the survey is not shown again for dismiss-cooldown-days (14 by default)', async () => {
    const surveyId = uniqueSurvey();
    const el = await visit(surveyId);
    await opened(el);
    closeButton(el).click();
    expect(readMemory(surveyId)!.dismissed).to.equal(fakeClock.now());
    fakeClock.advance(14 * DAY - 1);
    expect((await visit(surveyId)).open).to.equal(undefined);
    fakeClock.advance(1);
    expect((await visit(surveyId)).open).to.equal(true);
    writeMemory(surveyId, { dismissed: fakeClock.now() - 2 * DAY });
    expect((await visit(surveyId, 'dismiss-cooldown-days="3"')).open).to.equal(undefined);
    expect((await visit(surveyId, 'dismiss-cooldown-days="1"')).open).to.equal(true);
  });

  it('hide() is not a dismissal: nothing is remembered and the survey may show on the next page view', async () => {
    const surveyId = uniqueSurvey();
    const heard = listenOnDocument('care-dismiss');
    try {
      const el = await visit(surveyId);
      await opened(el);
      el.hide();
      await el.updateComplete;
      expect(el.open).to.equal(false);
      expect(heard.events).to.have.length(0);
      expect(readMemory(surveyId)?.dismissed).to.equal(undefined);
      expect((await visit(surveyId)).open).to.equal(true);
    } finally {
      heard.stop();
    }
  });

  it('configure({ quietDays }) keeps other surveys away for that many days after one was shown', async () => {
    configure({ quietDays: 7 });
    const first = uniqueSurvey('first');
    const second = uniqueSurvey('second');
    expect((await visit(first)).open).to.equal(true);
    expect((await visit(second)).open).to.equal(undefined);
    expect((await visit(first)).open).to.equal(true); // the quiet period is between two surveys, not one
    fakeClock.advance(7 * DAY);
    expect((await visit(second)).open).to.equal(true);
  });

  it('has no quiet period unless the host sets one', async () => {
    expect((await visit(uniqueSurvey('first'))).open).to.equal(true);
    expect((await visit(uniqueSurvey('second'))).open).to.equal(true);
  });

  it("configure({ storage: 'none' }) keeps nothing in localStorage", async () => {
    configure({ storage: 'none' });
    const surveyId = uniqueSurvey();
    Math.random = () => 0.2;
    const el = await visit(surveyId, 'sample="0.5"');
    await opened(el);
    await rating(el).updateComplete;
    option(el, 2).click();
    closeButton(el).click();
    const kept = Object.keys(localStorage).filter((key) => key.startsWith('care-feedback:') && !key.startsWith('care-feedback:outbox'));
    expect(kept).to.deep.equal([]);
  });
});
