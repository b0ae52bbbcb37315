/**
 * What the elements do for a visitor whose browser asks for reduced motion or forced colours. This file runs
 * only in browsers started with those preferences on (`CARE_PREFERENCES`, see web-test-runner.config.mjs),
 * so each engine is proven as a visitor would have it, not by an emulation only Chromium offers.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/index.js';
import type { CareRating } from '../../../src/components/rating/rating.component.js';
import type { CareFeedback } from '../../../src/components/feedback/feedback.component.js';
import { card, freshVisit, opened, uniqueSurvey } from '../feedback-support.js';
import { skipIn } from '../browser.js';

describe('visitor preferences', () => {
  beforeEach(freshVisit);

  it('a popover enters without animation for prefers-reduced-motion', async () => {
    expect(matchMedia('(prefers-reduced-motion: reduce)').matches, 'the browser was started with reduced motion').to.equal(true);
    const el = await fixture<CareFeedback>(html`<care-feedback mode="popover" survey-id=${uniqueSurvey()}></care-feedback>`);
    await opened(el);
    expect(getComputedStyle(card(el)).animationName).to.equal('none');
    expect(card(el).getAnimations()).to.deep.equal([]);
  });

  it('uses system colours for the chosen option in forced-colors mode', async function () {
    await skipIn(this, ['webkit'], 'WebKit has no forced-colours mode');
    expect(matchMedia('(forced-colors: active)').matches, 'the browser was started with forced colours').to.equal(true);
    const el = await fixture<CareRating>(html`<care-rating scale="numbers" value="2"></care-rating>`);
    const chosen = el.shadowRoot!.querySelector<HTMLElement>('[part~="option-selected"]')!;
    const probe = await fixture(html`<div style="forced-color-adjust: none; background: Highlight"></div>`);
    expect(getComputedStyle(chosen).backgroundColor).to.equal(getComputedStyle(probe).backgroundColor);
  });
});
