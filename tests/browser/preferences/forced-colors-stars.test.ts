/**
 * Stars in forced-colors mode (run only in browsers started with the preference, see
 * web-test-runner.config.mjs): the stars up to the choice are filled in the system highlight, and the chosen
 * one is highlighted as every chosen option is, whatever colour the page gave the stars.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/rating.js';
import type { CareRating } from '../../../src/components/rating/rating.component.js';
import { skipIn } from '../browser.js';
import { systemColour } from './system-colour.js';

describe('forced colours: stars', () => {
  it('fills the stars up to the choice in Highlight and highlights the chosen star', async function () {
    await skipIn(this, ['webkit'], 'WebKit has no forced-colours mode');
    expect(matchMedia('(forced-colors: active)').matches, 'the browser was started with forced colours').to.equal(true);
    const highlight = await systemColour('Highlight');
    const highlightText = await systemColour('HighlightText');
    const el = await fixture<CareRating>(html`<care-rating scale="stars" value="3" style="--care-star-color: rgb(200, 100, 0)"></care-rating>`);
    const stars = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="radio"]')];
    const fill = (star: HTMLElement) => getComputedStyle(star.querySelector('path')!).fill;
    const chosen = stars[2];
    expect(chosen.getAttribute('aria-checked')).to.equal('true');
    expect(getComputedStyle(chosen).backgroundColor, 'the chosen star on Highlight').to.equal(highlight);
    expect(fill(chosen), 'drawn in HighlightText').to.equal(highlightText);
    for (const star of stars.slice(0, 2)) expect(fill(star), 'a filled star in Highlight').to.equal(highlight);
    for (const star of stars.slice(3)) expect(fill(star), 'an empty star stays an outline').to.equal('none');
  });
});
