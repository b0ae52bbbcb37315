/**
 * Reasons in forced-colors mode (run only in browsers started with the preference, see web-test-runner.config.mjs):
 * a chosen chip is drawn in the system highlight and keeps its check mark, so the choice shows without the
 * page's colours; a chip not chosen shows no mark.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/comment.js';
import type { CareComment } from '../../../src/components/comment/comment.component.js';
import { skipIn } from '../browser.js';
import { systemColour } from './system-colour.js';

describe('forced colours: reasons', () => {
  it('a chosen chip on Highlight in HighlightText, with its check mark; the others without', async function () {
    await skipIn(this, ['webkit'], 'WebKit has no forced-colours mode');
    expect(matchMedia('(forced-colors: active)').matches, 'the browser was started with forced colours').to.equal(true);
    const highlight = await systemColour('Highlight');
    const highlightText = await systemColour('HighlightText');
    const el = await fixture<CareComment>(html`<care-comment reasons="Price|Delivery" style="--care-accent: rgb(200, 100, 0)"></care-comment>`);
    const [chosen, other] = el.shadowRoot!.querySelectorAll<HTMLElement>('[role="checkbox"]');
    chosen.click();
    await el.updateComplete;
    expect(getComputedStyle(chosen).backgroundColor, 'the chosen chip on Highlight').to.equal(highlight);
    expect(getComputedStyle(chosen).color, 'in HighlightText').to.equal(highlightText);
    expect(getComputedStyle(chosen, '::before').visibility, 'its check mark shows').to.equal('visible');
    expect(getComputedStyle(other).backgroundColor, 'a chip not chosen is not highlighted').not.to.equal(highlight);
    expect(getComputedStyle(other, '::before').visibility, 'and has no mark').to.equal('hidden');
  });
});
