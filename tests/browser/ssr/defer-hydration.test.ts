import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../../src/frameworks/defer-hydration.js'; // as the framework entries import it: before registration
import '../../../src/index.js';
import type { CareFeedback } from '../../../src/index.js';
import { configure } from '../../../src/client.js';
import { newEndpoint, settle, waitForRequests } from '../helpers.js';

/**
 * The npm entries that frameworks render on the server wait for `defer-hydration` to go, as Lit's convention
 * says: nothing renders, fires or is sent before the framework has set the props and attached its listeners.
 */
async function serverRendered(markup: string): Promise<HTMLElement> {
  const rendered = await (await fetch(`/ssr/render?${new URLSearchParams({ markup })}`)).text();
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  container.setHTMLUnsafe(rendered); // parses the declarative shadow roots, as a page load does
  return container.firstElementChild as HTMLElement;
}

describe('defer-hydration (framework entries)', () => {
  it('an inline card neither renders again nor fires care-show until defer-hydration goes; a listener attached then hears it', async () => {
    const { endpoint, bucket } = newEndpoint();
    configure({ endpoint });
    const card = await serverRendered('<care-feedback defer-hydration survey-id="deferred" scale="nps"></care-feedback>') as CareFeedback;
    const serverContent = card.shadowRoot!.querySelector('.card');
    let heardEarly = false;
    card.addEventListener('care-show', () => (heardEarly = true));
    expect(await settle(bucket, 300)).to.deep.equal([]);
    expect(heardEarly).to.equal(false);
    // Still the server's content, on screen.
    expect(card.shadowRoot!.querySelector('.card')).to.equal(serverContent);
    expect(card.shadowRoot!.querySelector('[part="question"]')).to.equal(null); // inside the inner rating's root
    expect(card.shadowRoot!.querySelector('care-rating')!.shadowRoot!.querySelector('[part="question"]')!.textContent).to.contain('recommend');
    // The framework sets its props and listeners, then lets the element go.
    card.surveyId = 'hydrated';
    const shown = oneEvent(card, 'care-show');
    card.removeAttribute('defer-hydration');
    expect((await shown).detail.surveyId).to.equal('hydrated');
    const [request] = await waitForRequests(bucket, 1);
    expect(request.body.data.surveyId).to.equal('hydrated');
    expect(card.shadowRoot!.querySelectorAll('care-rating')).to.have.length(1);
    expect(card.shadowRoot!.querySelectorAll('style')).to.have.length(0);
  });

  it('without defer-hydration an element upgrades at once', async () => {
    const rating = await serverRendered('<care-rating scale="thumbs"></care-rating>');
    await (rating as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(rating.shadowRoot!.querySelectorAll('[role="radio"]')).to.have.length(2);
    expect(rating.shadowRoot!.querySelectorAll('style')).to.have.length(0);
  });
});
