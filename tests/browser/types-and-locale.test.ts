import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/index.js';
import { registerTranslation, type CompleteDetail, type RatingData } from '../../src/index.js';
import en from '../../src/translations/en.js';

describe('typed events and tags', () => {
  it('types tags and events without casts (checked by tsc in npm test) and delivers them at runtime', async () => {
    const created = document.createElement('care-rating'); // HTMLElementTagNameMap: a CareRating
    created.scale = 'thumbs';
    await fixture(created);
    const el = created;
    const values: number[] = [];
    el.addEventListener('care-rate', (event) => values.push(event.detail.value)); // HTMLElementEventMap
    const onDocument = oneEvent(document, 'care-rate');
    el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[role="radio"]')[1].click();
    const fromDocument: RatingData = (await onDocument).detail; // DocumentEventMap
    expect(values).to.deep.equal([1]);
    expect(fromDocument.value).to.equal(1);
    const complete = (detail: CompleteDetail) => detail.rating.value;
    expect(complete({ surveyId: 's', responseId: 'r', rating: fromDocument })).to.equal(1);
  });
});

describe('language', () => {
  it('reports the closest lang as locale and follows a registered translation', async () => {
    registerTranslation({ ...en, $code: 'nl', thumbsQuestion: 'Was dit nuttig?', thumbsUp: 'Duim omhoog' });
    const wrapper = await fixture(html`<section lang="nl-BE"><care-rating scale="thumbs"></care-rating></section>`);
    const el = wrapper.querySelector('care-rating')!;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="question"]')!.textContent).to.equal('Was dit nuttig?');
    expect(el.shadowRoot!.querySelectorAll('[role="radio"]')[1].getAttribute('aria-label')).to.equal('Duim omhoog');
    const rated = oneEvent(el, 'care-rate');
    el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[role="radio"]')[1].click();
    expect((await rated).detail.locale).to.equal('nl-BE');
  });

  it('follows the document language at render time', async () => {
    registerTranslation({ ...en, $code: 'de', thumbsQuestion: 'War das hilfreich?' });
    const before = document.documentElement.lang;
    try {
      document.documentElement.lang = 'de';
      const el = await fixture<HTMLElementTagNameMap['care-rating']>(html`<care-rating scale="thumbs"></care-rating>`);
      expect(el.shadowRoot!.querySelector('[part="question"]')!.textContent).to.equal('War das hilfreich?');
    } finally {
      document.documentElement.lang = before;
    }
  });
});

describe('attribute names', () => {
  it('are the properties in kebab case for the elements, and Lit\'s lower case for a subclass\'s own properties', () => {
    const feedback = customElements.get('care-feedback') as unknown as { observedAttributes: string[] };
    expect(feedback.observedAttributes).to.include.members(['survey-id', 'low-label', 'followup-question-positive', 'dismiss-cooldown-days']);
    const Rating = customElements.get('care-rating') as unknown as typeof HTMLElement & { observedAttributes: string[] };
    class HostRating extends Rating {
      static properties = { extraNote: {} };
    }
    customElements.define('host-rating-attributes', HostRating);
    expect((HostRating as unknown as { observedAttributes: string[] }).observedAttributes).to.include.members(['low-label', 'extranote']);
  });
});
