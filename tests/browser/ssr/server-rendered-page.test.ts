import { expect, waitUntil } from '@open-wc/testing';
import { newEndpoint, waitForRequests } from '../helpers.js';

/**
 * Pages rendered on the server by `care-feedback/ssr` (tests/support/ssr-pages.mjs, with the built package), in
 * iframes: what a visitor sees before any script, with scripts off, and when the script tag upgrades them.
 */
type Watch = {
  shifts: number[];
  layoutShiftMeasured: boolean;
  events: { type: string; surveyId: string }[];
  problems: string[];
  before: string[];
  definedBefore: boolean;
  geometry: () => string[];
};

const MARKUP = '<care-rating survey-id="ssr-rating" scale="nps"></care-rating>' +
  '<care-feedback survey-id="ssr-card" scale="thumbs"></care-feedback>' +
  '<care-feedback survey-id="ssr-popover" mode="popover" trigger="manual"></care-feedback>';

async function open(query: Record<string, string>, sandbox?: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 600px; height: 700px; border: 0';
  if (sandbox != null) frame.setAttribute('sandbox', sandbox);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/ssr/page?${new URLSearchParams({ markup: MARKUP, ...query })}`;
  document.body.append(frame);
  await loaded;
  return frame;
}

const radios = (root: ParentNode | null | undefined) => [...(root?.querySelectorAll<HTMLElement>('[role="radio"]') ?? [])];

describe('server rendering (care-feedback/ssr)', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('with scripts off, shows the question and its options, styled under a strict style-src, and keeps a popover closed', async () => {
    const frame = await open({}, 'allow-same-origin'); // no allow-scripts: nothing runs in the page
    const page = frame.contentDocument!;
    expect(frame.contentWindow!.customElements.get('care-rating')).to.equal(undefined);
    const rating = page.querySelector('care-rating')!.shadowRoot!;
    expect(rating.querySelector('[part="question"]')!.textContent).to.equal('How likely are you to recommend us to a friend or colleague?');
    const options = radios(rating);
    expect(options.map((option) => option.getAttribute('aria-label'))).to.deep.equal([...Array(11).keys()].map((n) => `${n} of 10`));
    // The styles applied (the nonce let them through): targets of at least 44 px.
    expect(options[0].getBoundingClientRect().height).to.be.at.least(44);
    const card = page.querySelector('care-feedback[survey-id="ssr-card"]')!;
    expect(card.hasAttribute('open')).to.equal(true);
    expect(radios(card.shadowRoot!.querySelector('care-rating')!.shadowRoot).map((o) => o.getAttribute('aria-label'))).to.deep.equal(['Thumbs down', 'Thumbs up']);
    const popover = page.querySelector('care-feedback[mode="popover"]')!;
    expect(popover.getBoundingClientRect().height).to.equal(0);
    expect(popover.shadowRoot!.querySelector<HTMLElement>('.card')!.getBoundingClientRect().height).to.equal(0);
  });

  it('without the nonce, the page\'s policy blocks the styles (the nonce is what lets them through)', async () => {
    const frame = await open({ nonce: '0' }, 'allow-same-origin');
    const options = radios(frame.contentDocument!.querySelector('care-rating')!.shadowRoot);
    expect(options[0].getBoundingClientRect().height).to.be.below(44);
  });

  it('renders in the language asked for, as the page\'s lang would', async () => {
    const html = await (await fetch(`/ssr/render?${new URLSearchParams({ markup: '<care-rating scale="nps"></care-rating>', lang: 'de' })}`)).text();
    expect(html).to.contain('aria-label="9 von 10"');
    expect(html).not.to.contain('lit-part');
  });

  it('the script tag renders each root again, once: nothing moves, the first event names the page\'s survey, handlers hear care-show and care-rate', async () => {
    const { endpoint, bucket } = newEndpoint();
    const frame = await open({ script: '1', endpoint }, 'allow-same-origin allow-scripts');
    const win = frame.contentWindow as Window & { ssr: Watch };
    const page = frame.contentDocument!;
    await waitUntil(() => win.ssr.events.some((event) => event.type === 'care-show'), 'care-show heard', { timeout: 3000 });
    await new Promise((resolve) => win.requestAnimationFrame(() => win.requestAnimationFrame(resolve)));
    expect(win.ssr.definedBefore, 'measured before the script tag ran').to.equal(false);
    expect(win.ssr.geometry()).to.deep.equal(win.ssr.before);
    if (win.ssr.layoutShiftMeasured) expect(win.ssr.shifts.reduce((sum, shift) => sum + shift, 0)).to.be.below(0.01);
    // Rendered again, not added to: one set of options, the server's <style> gone for the element's own sheets.
    const rating = page.querySelector('care-rating')!;
    expect(radios(rating.shadowRoot)).to.have.length(11);
    expect(rating.shadowRoot!.querySelectorAll('style')).to.have.length(0);
    const card = page.querySelector('care-feedback[survey-id="ssr-card"]')!;
    const inner = card.shadowRoot!.querySelectorAll('care-rating');
    expect(inner).to.have.length(1);
    expect(radios(inner[0].shadowRoot)).to.have.length(2);
    radios(rating.shadowRoot)[9].click();
    const requests = await waitForRequests(bucket, 2);
    expect(requests[0].body.type).to.equal('care.feedback.shown.v1');
    expect(requests[0].body.data.surveyId).to.equal('ssr-card');
    expect(requests.map((request) => request.body.data.surveyId).sort()).to.deep.equal(['ssr-card', 'ssr-rating']);
    expect(win.ssr.events).to.deep.equal([{ type: 'care-show', surveyId: 'ssr-card' }, { type: 'care-rate', surveyId: 'ssr-rating' }]);
    expect(win.ssr.problems).to.deep.equal([]);
  });
});
