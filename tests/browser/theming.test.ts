import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { CareRating } from '../../src/components/rating/rating.component.js';
import type { CareFeedback } from '../../src/components/feedback/feedback.component.js';
import { endEntrance, freshVisit, opened, uniqueSurvey } from './feedback-support.js';

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

describe('private custom properties', () => {
  /** Every box and the styles that place things, through every shadow root below `root`. */
  function layoutOf(root: Element): string[] {
    const seen: string[] = [];
    const visit = (element: Element) => {
      const { x, y, width, height } = element.getBoundingClientRect();
      const style = getComputedStyle(element);
      seen.push(`${element.localName}.${element.className} ${x},${y} ${width}x${height} ${style.flex} ${style.justifyItems} ${style.inset}`);
      for (const child of [...(element.shadowRoot?.children ?? []), ...element.children]) visit(child);
    };
    visit(root);
    return seen;
  }

  it('a page that sets the same --_ names (as some CSS libraries do) changes nothing inside the elements', async () => {
    const names = new Set<string>();
    for (const tag of ['care-rating', 'care-comment', 'care-feedback']) {
      const styles = (customElements.get(tag) as unknown as { elementStyles: { cssText: string }[] }).elementStyles;
      for (const { cssText } of styles) for (const name of cssText.match(/--_[a-z]+/g) ?? []) names.add(name);
    }
    expect(names.size, 'the stylesheets use private properties').to.be.above(5);
    freshVisit();
    const wrapper = await fixture(html`<div style="width: 600px">
      ${['thumbs', 'stars', 'emoji', 'numbers', 'nps'].map((scale) => html`<care-rating scale=${scale}></care-rating>`)}
      <care-comment></care-comment>
      <care-feedback mode="popover" trigger="manual" position="bottom-right" survey-id=${uniqueSurvey()}></care-feedback>
    </div>`);
    const popover = wrapper.querySelector<CareFeedback>('care-feedback')!;
    popover.show();
    await opened(popover);
    endEntrance(popover);
    const before = layoutOf(wrapper);
    // A value that is valid wherever a number, a length factor or a keyword is read: a leak shows as a change.
    for (const name of names) document.documentElement.style.setProperty(name, '1');
    try {
      expect(layoutOf(wrapper)).to.deep.equal(before);
    } finally {
      for (const name of names) document.documentElement.style.removeProperty(name);
    }
  });
});

describe('accessibility checks', () => {
  it('axe does bite: an unnamed button fails', async () => {
    const el = await fixture(html`<div><button></button></div>`);
    await expect(el).not.to.be.accessible();
  });
});
