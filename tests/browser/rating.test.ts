import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/rating.js';
import { configure, type RatingData } from '../../src/rating.js';
import type { CareRating } from '../../src/components/rating/rating.component.js';
import { captureConsole, newEndpoint, resetConfig, settle, waitForRequests } from './helpers.js';
import { press } from './browser.js';

const options = (el: CareRating) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[role="radio"]')];
const focused = (el: CareRating) => el.shadowRoot!.activeElement as HTMLElement | null;

describe('<care-rating>', () => {
  afterEach(resetConfig);

  it('passes axe for every scale', async () => {
    for (const scale of ['nps', 'stars', 'emoji', 'numbers', 'thumbs']) {
      const el = await fixture<CareRating>(html`<care-rating scale=${scale}></care-rating>`);
      await expect(el).to.be.accessible();
    }
  });

  it('is a radio group labelled by its question, with an accessible name per option', async () => {
    const el = await fixture<CareRating>(html`<care-rating scale="nps"></care-rating>`);
    const group = el.shadowRoot!.querySelector('[role="radiogroup"]')!;
    const labelledBy = el.shadowRoot!.getElementById(group.getAttribute('aria-labelledby')!)!;
    expect(labelledBy.textContent).to.equal('How likely are you to recommend us to a friend or colleague?');
    expect(options(el).map((o) => o.getAttribute('aria-label'))).to.deep.equal(
      Array.from({ length: 11 }, (_, i) => `${i} of 10`)
    );
  });

  it('names stars, emoji and thumbs options and honours range', async () => {
    const stars = await fixture<CareRating>(html`<care-rating scale="stars" range="7"></care-rating>`);
    expect(options(stars).map((o) => o.getAttribute('aria-label'))).to.deep.equal(
      ['1 star', '2 stars', '3 stars', '4 stars', '5 stars', '6 stars', '7 stars']
    );
    const emoji = await fixture<CareRating>(html`<care-rating scale="emoji" range="3"></care-rating>`);
    expect(options(emoji).map((o) => o.getAttribute('aria-label'))).to.deep.equal(['Dissatisfied', 'Neutral', 'Satisfied']);
    const thumbs = await fixture<CareRating>(html`<care-rating scale="thumbs"></care-rating>`);
    expect(options(thumbs).map((o) => o.getAttribute('aria-label'))).to.deep.equal(['Thumbs down', 'Thumbs up']);
    const numbers = await fixture<CareRating>(html`<care-rating scale="numbers" range="10"></care-rating>`);
    expect(options(numbers)).to.have.length(10);
    expect(options(numbers)[0].textContent!.trim()).to.equal('1');
  });

  it('gives touch targets of at least 44×44 CSS px, even at 320 px wide', async () => {
    const el = await fixture<CareRating>(html`<div style="width: 320px"><care-rating scale="nps"></care-rating></div>`);
    for (const option of options(el.querySelector('care-rating')!)) {
      const { width, height } = option.getBoundingClientRect();
      expect(width).to.be.at.least(44);
      expect(height).to.be.at.least(44);
    }
  });

  it('has one tab stop: the first option, then the chosen one', async () => {
    const el = await fixture<CareRating>(html`<care-rating></care-rating>`);
    expect(options(el).map((o) => o.tabIndex)).to.deep.equal([0, -1, -1, -1, -1]);
    el.value = 4;
    await el.updateComplete;
    expect(options(el).map((o) => o.tabIndex)).to.deep.equal([-1, -1, -1, 0, -1]);
  });

  it('moves focus with arrows, wraps, jumps with Home/End, and sends nothing while moving', async () => {
    const { endpoint, bucket } = newEndpoint();
    const el = await fixture<CareRating>(html`<care-rating endpoint=${endpoint}></care-rating>`);
    let rated = 0;
    el.addEventListener('care-rate', () => rated++);
    el.focus();
    await press('ArrowRight');
    expect(focused(el)?.getAttribute('aria-label')).to.equal('2 stars');
    await press('ArrowLeft');
    await press('ArrowLeft');
    expect(focused(el)?.getAttribute('aria-label'), 'wraps to the end').to.equal('5 stars');
    await press('Home');
    expect(focused(el)?.getAttribute('aria-label')).to.equal('1 star');
    await press('End');
    expect(focused(el)?.getAttribute('aria-label')).to.equal('5 stars');
    await press('ArrowDown');
    expect(focused(el)?.getAttribute('aria-label'), 'wraps to the start').to.equal('1 star');
    expect(rated).to.equal(0);
    expect(el.value).to.equal(undefined);
    expect(await settle(bucket)).to.have.length(0);
  });

  it('mirrors the arrow keys under dir="rtl"', async () => {
    const wrapper = await fixture(html`<div dir="rtl"><care-rating scale="numbers"></care-rating></div>`);
    const el = wrapper.querySelector('care-rating')!;
    await el.updateComplete;
    el.focus();
    await press('ArrowLeft');
    expect(focused(el)?.getAttribute('aria-label')).to.equal('2 of 5');
    await press('ArrowRight');
    expect(focused(el)?.getAttribute('aria-label')).to.equal('1 of 5');
    const [first, second] = options(el);
    expect(second.getBoundingClientRect().left, 'the second option is drawn left of the first').to.be.below(
      first.getBoundingClientRect().left
    );
  });

  it('commits with Enter and with Space, firing care-rate and change', async () => {
    const el = await fixture<CareRating>(html`<care-rating></care-rating>`);
    el.focus();
    await press('ArrowRight');
    const rated = oneEvent(el, 'care-rate');
    await press('Enter');
    const rate = await rated;
    expect(rate.detail.value).to.equal(2);
    await press('ArrowRight');
    const change = oneEvent(el, 'change');
    const ratedAgain = oneEvent(el, 'care-rate');
    await press('Space');
    const second = await ratedAgain;
    await change;
    expect(second.detail.value).to.equal(3);
    expect(el.value).to.equal(3);
    expect(el.getAttribute('value'), 'value is reflected').to.equal('3');
  });

  it('commits on click with detail equal to the data that is sent, bubbling and composed', async () => {
    const { endpoint, bucket } = newEndpoint();
    configure({ context: { plan: 'pro' } });
    const el = await fixture<CareRating>(
      html`<care-rating lang="en-GB" survey-id="checkout-nps" scale="nps" endpoint=${endpoint}></care-rating>`
    );
    setTimeout(() => options(el)[9].click());
    const event = await oneEvent(document, 'care-rate');
    expect(event.bubbles && event.composed && event.cancelable).to.equal(true);
    const detail: RatingData = event.detail;
    expect(detail).to.deep.include({
      surveyId: 'checkout-nps', scale: 'nps', value: 9, min: 0, max: 10, locale: 'en-GB',
      question: 'How likely are you to recommend us to a friend or colleague?',
    });
    expect(detail.context).to.deep.equal({ plan: 'pro' });
    const [request] = await waitForRequests(bucket, 1);
    expect(request.body.data).to.deep.equal(detail);
    expect(request.schemaErrors).to.deep.equal([]);
  });

  it('sends a changed rating as a new event with the same responseId', async () => {
    const { endpoint, bucket } = newEndpoint();
    const el = await fixture<CareRating>(html`<care-rating scale="thumbs" endpoint=${endpoint}></care-rating>`);
    options(el)[0].click();
    options(el)[1].click();
    const [first, second] = await waitForRequests(bucket, 2);
    expect(first.body.id).not.to.equal(second.body.id);
    expect(first.body.data.responseId).to.equal(second.body.data.responseId);
    expect([first.body.data, second.body.data].map((d) => (d as RatingData).value).sort()).to.deep.equal([0, 1]);
  });

  it('fires and sends nothing when value is set from code', async () => {
    const { endpoint, bucket } = newEndpoint();
    const el = await fixture<CareRating>(html`<care-rating endpoint=${endpoint}></care-rating>`);
    const heard = [] as Event[];
    el.addEventListener('care-rate', (e) => heard.push(e));
    el.addEventListener('change', (e) => heard.push(e));
    el.value = 3;
    el.setAttribute('value', '5');
    await el.updateComplete;
    expect(el.value).to.equal(5);
    expect(options(el)[4].getAttribute('aria-checked')).to.equal('true');
    expect(heard).to.have.length(0);
    expect(await settle(bucket)).to.have.length(0);
  });

  it('does not send a rating whose care-rate was cancelled, but still takes the value', async () => {
    const { endpoint, bucket } = newEndpoint();
    const el = await fixture<CareRating>(html`<care-rating endpoint=${endpoint}></care-rating>`);
    document.addEventListener('care-rate', (e) => e.preventDefault(), { once: true });
    options(el)[2].click();
    expect(el.value).to.equal(3);
    expect(await settle(bucket)).to.have.length(0);
  });

  it('takes part in a form with name: FormData, reset, fieldset disabled', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><fieldset><care-rating name="score"></care-rating></fieldset></form>`
    );
    const el = form.querySelector('care-rating')!;
    expect(new FormData(form).has('score')).to.equal(false);
    options(el)[3].click();
    expect(new FormData(form).get('score')).to.equal('4');
    form.reset();
    await el.updateComplete;
    expect(el.value).to.equal(undefined);
    expect(new FormData(form).has('score')).to.equal(false);
    form.querySelector('fieldset')!.disabled = true;
    await el.updateComplete;
    options(el)[1].click();
    expect(el.value).to.equal(undefined);
  });

  it('makes no choice when disabled', async () => {
    const el = await fixture<CareRating>(html`<care-rating disabled></care-rating>`);
    let rated = false;
    el.addEventListener('care-rate', () => (rated = true));
    options(el)[1].click();
    expect(rated).to.equal(false);
    expect(el.value).to.equal(undefined);
    expect(options(el).every((o) => o.disabled)).to.equal(true);
  });

  it('replaces every visible string through attributes', async () => {
    const el = await fixture<CareRating>(
      html`<care-rating question="Rate the checkout" low-label="Awful" high-label="Great"></care-rating>`
    );
    expect(el.shadowRoot!.querySelector('[part="question"]')!.textContent).to.equal('Rate the checkout');
    expect(el.shadowRoot!.querySelector('[part="labels"]')!.textContent).to.equal('AwfulGreat');
  });

  it('reports bad scale, range and value in the console naming the element and value, and keeps working', async () => {
    const console = captureConsole();
    try {
      const el = await fixture<CareRating>(html`<care-rating scale="smileys" range="4"></care-rating>`);
      el.value = 42;
      await el.updateComplete;
      expect(console.errors.some((m) => m.includes('<care-rating>') && m.includes('"smileys"'))).to.equal(true);
      expect(console.errors.some((m) => m.includes('<care-rating>') && m.includes('range 4'))).to.equal(true);
      expect(console.errors.some((m) => m.includes('<care-rating>') && m.includes('value 42'))).to.equal(true);
      expect(options(el)).to.have.length(5);
      expect(el.value).to.equal(undefined);
    } finally {
      console.restore();
    }
  });

  it('refuses a non-loopback http endpoint: one console error, no request, care-delivery-failed', async () => {
    const console = captureConsole();
    try {
      const el = await fixture<CareRating>(html`<care-rating endpoint="http://collector.example.com/x"></care-rating>`);
      const failed = oneEvent(window, 'care-delivery-failed');
      options(el)[0].click();
      const { detail } = await failed;
      expect(detail.reason).to.equal('endpoint refused');
      expect(console.errors).to.have.length(1);
      expect(console.errors[0]).to.include('<care-rating>').and.include('"http://collector.example.com/x"');
    } finally {
      console.restore();
    }
  });
});
