import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { type } from './browser.js';
import '../../src/feedback.js';
import type { CompleteDetail, RatingData } from '../../src/feedback.js';
import type { CareFeedback } from '../../src/components/feedback/feedback.component.js';
import type { CareRating } from '../../src/components/rating/rating.component.js';
import type { CareComment } from '../../src/components/comment/comment.component.js';
import { listenOnDocument, newEndpoint, resetConfig, waitForRequests } from './helpers.js';

const rating = (el: CareFeedback) => el.shadowRoot!.querySelector<CareRating>('care-rating');
const comment = (el: CareFeedback) => el.shadowRoot!.querySelector<CareComment>('care-comment');
const option = (el: CareFeedback, index: number) =>
  rating(el)!.shadowRoot!.querySelectorAll<HTMLButtonElement>('[role="radio"]')[index];

async function rate(el: CareFeedback, index: number) {
  await rating(el)!.updateComplete;
  option(el, index).click();
  await el.updateComplete;
  await comment(el)?.updateComplete;
}

async function answer(el: CareFeedback, text: string) {
  const box = comment(el)!;
  box.shadowRoot!.querySelector('textarea')!.focus();
  await type(text);
  await box.updateComplete;
  box.shadowRoot!.querySelector<HTMLButtonElement>('[part~="submit"]')!.click();
  await el.updateComplete;
}

describe('<care-feedback>', () => {
  afterEach(resetConfig);

  it('passes axe at every stage', async () => {
    const el = await fixture<CareFeedback>(html`<care-feedback scale="nps" dismissible></care-feedback>`);
    await expect(el).to.be.accessible();
    await rate(el, 3);
    await expect(el).to.be.accessible();
    await answer(el, 'More sizes');
    await expect(el).to.be.accessible();
  });

  it('goes rating → follow-up → thanks with one responseId in every event sent', async () => {
    const { endpoint, bucket } = newEndpoint();
    const el = await fixture<CareFeedback>(
      html`<care-feedback survey-id="checkout" scale="nps" endpoint=${endpoint}></care-feedback>`
    );
    expect(comment(el)).to.equal(null);
    await rate(el, 4);
    expect(comment(el)!.label).to.equal('What would improve your experience?');
    const completed = oneEvent(el, 'care-complete');
    await answer(el, 'Cheaper shipping');
    const { detail } = (await completed) as CustomEvent<CompleteDetail>;
    expect(detail.rating.value).to.equal(4);
    expect(detail.comment!.text).to.equal('Cheaper shipping');
    expect(rating(el)).to.equal(null);
    const requests = await waitForRequests(bucket, 3);
    expect(requests.map((r) => r.body.type).sort()).to.deep.equal([
      'care.feedback.comment.v1', 'care.feedback.rating.v1', 'care.feedback.shown.v1',
    ]);
    expect(new Set(requests.map((r) => r.body.data.responseId))).to.deep.equal(new Set([detail.responseId]));
    expect(requests.flatMap((r) => r.schemaErrors)).to.deep.equal([]);
  });

  it('asks the positive follow-up for the top band only', async () => {
    const el = await fixture<CareFeedback>(html`<care-feedback scale="nps"
      followup-question="What should we fix?" followup-question-positive="What do you love?"></care-feedback>`);
    await rate(el, 9);
    expect(comment(el)!.label).to.equal('What do you love?');
    await rate(el, 6);
    expect(comment(el)!.label).to.equal('What should we fix?');
  });

  it('lets exactly one copy of each user action event reach the document, retargeted to the card', async () => {
    const heard = listenOnDocument('care-rate', 'care-comment', 'care-complete');
    try {
      const el = await fixture<CareFeedback>(html`<care-feedback></care-feedback>`);
      await rate(el, 2);
      await answer(el, 'ok');
      expect(heard.events.map((e) => e.type)).to.deep.equal(['care-rate', 'care-comment', 'care-complete']);
      expect(heard.events.every((e) => e.target === el)).to.equal(true);
    } finally {
      heard.stop();
    }
  });

  for (const [index, expected] of [[0, 'negative'], [9, 'positive'], [7, 'neutral']] as const) {
    it(`shows the ${expected} thanks slot after an NPS of ${index}`, async () => {
      const el = await fixture<CareFeedback>(html`<care-feedback scale="nps">
        <p slot="thanks">Thanks!</p>
        <p slot="thanks-positive">Leave us a review</p>
        <p slot="thanks-negative">Talk to support</p>
      </care-feedback>`);
      await rate(el, index);
      await answer(el, 'x');
      const visible = (name: string) =>
        [...el.shadowRoot!.querySelectorAll('slot')].find((s) => s.name === name)?.assignedElements()[0]?.textContent;
      const shown = { negative: 'Talk to support', positive: 'Leave us a review', neutral: 'Thanks!' }[expected];
      const slotName = expected === 'neutral' ? 'thanks' : `thanks-${expected}`;
      expect(visible(slotName)).to.equal(shown);
      const thanks = el.shadowRoot!.querySelector('[part="thanks"]')!;
      expect(thanks.contains(el.shadowRoot!.activeElement)).to.equal(true);
    });
  }

  it('shows thanks-message when no slot is given', async () => {
    const el = await fixture<CareFeedback>(html`<care-feedback scale="thumbs" thanks-message="Cheers!"></care-feedback>`);
    await rate(el, 1);
    await answer(el, 'x');
    const thanks = el.shadowRoot!.querySelector('[part="thanks"]')!;
    const slot = thanks.querySelector('slot[name="thanks"]') as HTMLSlotElement;
    expect(slot.assignedNodes({ flatten: true }).map((n) => n.textContent).join('')).to.equal('Cheers!');
  });

  it('fires care-show and sends shown (inline, load) once it is on screen', async () => {
    const { endpoint, bucket } = newEndpoint();
    const shown = oneEvent(document, 'care-show');
    const el = await fixture<CareFeedback>(html`<care-feedback survey-id="s" endpoint=${endpoint}></care-feedback>`);
    const { detail } = await shown;
    expect(detail).to.deep.include({ mode: 'inline', trigger: 'load', surveyId: 's' });
    const [request] = await waitForRequests(bucket, 1);
    expect(request.body.type).to.equal('care.feedback.shown.v1');
    expect(request.body.data).to.deep.equal(detail);
    expect(el.open).to.equal(true);
  });

  it('has a close button only when dismissible; it fires care-dismiss, sends dismissed and closes', async () => {
    const plain = await fixture<CareFeedback>(html`<care-feedback></care-feedback>`);
    expect(plain.shadowRoot!.querySelector('[part="close"]')).to.equal(null);
    const { endpoint, bucket } = newEndpoint();
    const shown = oneEvent(document, 'care-show');
    const el = await fixture<CareFeedback>(
      html`<care-feedback dismissible close-label="Not now" endpoint=${endpoint}></care-feedback>`
    );
    await shown;
    await rate(el, 1);
    const close = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="close"]')!;
    expect(close.getAttribute('aria-label')).to.equal('Not now');
    setTimeout(() => close.click());
    const { detail } = await oneEvent(el, 'care-dismiss');
    expect(detail.stage).to.equal('comment');
    await el.updateComplete;
    expect(el.open).to.equal(false);
    expect(el.hasAttribute('open')).to.equal(false);
    expect(getComputedStyle(el).display).to.equal('none');
    const requests = await waitForRequests(bucket, 3);
    const dismissed = requests.find((r) => r.body.type === 'care.feedback.dismissed.v1')!;
    expect(dismissed.body.data).to.deep.equal(detail);
    expect(dismissed.schemaErrors).to.deep.equal([]);
  });

  it('opens and closes with show() and hide()', async () => {
    const el = await fixture<CareFeedback>(html`<care-feedback></care-feedback>`);
    el.hide();
    await el.updateComplete;
    expect(getComputedStyle(el).display).to.equal('none');
    el.show();
    await el.updateComplete;
    expect(el.hasAttribute('open')).to.equal(true);
  });

  it('passes its attributes to the rating it renders', async () => {
    const el = await fixture<CareFeedback>(
      html`<care-feedback scale="emoji" range="3" question="How was delivery?"></care-feedback>`
    );
    await rating(el)!.updateComplete;
    const inner = rating(el)!;
    expect(inner.shadowRoot!.querySelectorAll('[role="radio"]')).to.have.length(3);
    expect(inner.shadowRoot!.querySelector('[part="question"]')!.textContent).to.equal('How was delivery?');
    const heard = oneEvent(el, 'care-rate');
    option(el, 2).click();
    const data: RatingData = (await heard).detail;
    expect(data).to.deep.include({ scale: 'emoji', value: 3, min: 1, max: 3, question: 'How was delivery?' });
  });
});
