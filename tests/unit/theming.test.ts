import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { CareRating } from '../../src/components/rating/rating.component.js';
import type { CareFeedback } from '../../src/components/feedback/feedback.component.js';

const chosen = (el: CareRating) => el.shadowRoot!.querySelector<HTMLElement>('[part~="option-selected"]')!;

describe('theming', () => {
  it('takes --care-* custom properties from any ancestor', async () => {
    const wrapper = await fixture(html`<div style="--care-accent: rgb(200, 0, 100); --care-accent-contrast: rgb(1, 2, 3)">
      <care-rating scale="numbers" value="2"></care-rating>
    </div>`);
    const el = wrapper.querySelector('care-rating')!;
    await el.updateComplete;
    expect(getComputedStyle(chosen(el)).backgroundColor).to.equal('rgb(200, 0, 100)');
    expect(getComputedStyle(chosen(el)).color).to.equal('rgb(1, 2, 3)');
  });

  it('gives a dark look through the same properties, and passes axe in it', async () => {
    const wrapper = await fixture(html`<div style="background: #111827; color-scheme: dark;
      --care-surface: #111827; --care-text: #f9fafb; --care-muted: #d1d5db; --care-border: #9ca3af;
      --care-accent: #93c5fd; --care-accent-contrast: #111827; --care-focus-ring: #93c5fd">
      <care-feedback scale="nps" dismissible></care-feedback>
    </div>`);
    const el = wrapper.querySelector<CareFeedback>('care-feedback')!;
    await el.updateComplete;
    const card = el.shadowRoot!.querySelector('[part="card"]')!;
    expect(getComputedStyle(card).backgroundColor).to.equal('rgb(17, 24, 39)');
    await expect(wrapper).to.be.accessible();
  });

  it('exposes parts for host styling', async () => {
    const el = await fixture<CareRating>(html`<care-rating scale="nps" value="3"></care-rating>`);
    const parts = [...el.shadowRoot!.querySelectorAll('[part]')].flatMap((node) => node.getAttribute('part')!.split(' '));
    for (const part of ['base', 'question', 'options', 'option', 'option-selected', 'labels']) expect(parts).to.include(part);
  });

  it('lays out with logical properties: the card close button moves to the left under dir="rtl"', async () => {
    const wrapper = await fixture(html`<div dir="rtl" style="width: 400px"><care-feedback dismissible></care-feedback></div>`);
    const el = wrapper.querySelector<CareFeedback>('care-feedback')!;
    await el.updateComplete;
    const card = el.shadowRoot!.querySelector('[part="card"]')!.getBoundingClientRect();
    const close = el.shadowRoot!.querySelector('[part="close"]')!.getBoundingClientRect();
    expect(close.left - card.left).to.be.below(card.right - close.right);
  });
});

describe('accessibility checks', () => {
  it('axe does bite: an unnamed button fails', async () => {
    const el = await fixture(html`<div><button></button></div>`);
    await expect(el).not.to.be.accessible();
  });
});
