/**
 * `<care-insights>` against a real `createInsights()` handler (tests/support/insights-server.mjs: PGlite seeded
 * with a fixture whose figures are known: NPS 10, 9, 8, 3, 0, 9 → +16.7, 95 % interval −55.1 to 88.5).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/insights/element/index.js';
import { registerInsightsStrings, type CareInsights } from '../../../src/insights/element/index.js';

const PERIOD = { from: '2026-11-01', to: '2026-11-08' };

async function dashboard(src = '/insights-test', extra = {}): Promise<CareInsights> {
  const el = await fixture<CareInsights>(html`<care-insights src=${src} survey="checkout-nps" from=${PERIOD.from} to=${PERIOD.to}></care-insights>`);
  Object.assign(el, extra);
  await waitUntil(() => el.shadowRoot!.querySelector('.headline, .error:not([hidden])'), 'the dashboard loads', { timeout: 15000 });
  await el.updateComplete;
  return el;
}

const text = (el: CareInsights, selector: string) => el.shadowRoot!.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('<care-insights>', function () {
  this.timeout(20000);

  before(async function () {
    // The first request starts and seeds the handler's PGlite: seconds, and more on a busy machine.
    this.timeout(90000);
    await fetch('/insights-test/surveys');
  });

  it('is accessible, with the headline figure and its 95 % interval', async () => {
    const el = await dashboard();
    await expect(el).to.be.accessible();
    const card = text(el, '.headline .card');
    expect(card).to.contain('+16.7');
    expect(card).to.contain('95 % interval -55.1 to +88.5');
    expect(card).to.match(/Promoters\s*3/);
    expect(card).to.match(/Detractors\s*2/);
  });

  it('draws the charts with a text alternative a screen reader reads', async () => {
    const el = await dashboard();
    const trend = el.shadowRoot!.querySelector('canvas#trend')!;
    expect(trend.getAttribute('role')).to.equal('img');
    expect(trend.getAttribute('aria-label')).to.contain('over 7 periods');
    expect(el.shadowRoot!.querySelector('canvas#distribution')!.getAttribute('aria-label')).to.contain('9: 2');
  });

  it('shows the funnel, the reasons by band and export links with the filters', async () => {
    const el = await dashboard();
    expect(text(el, '.funnel')).to.match(/Shown\s*8/);
    expect(text(el, '.funnel')).to.match(/Rated\s*6/);
    expect(text(el, '.reasons')).to.contain('speed — 26');
    const csv = el.shadowRoot!.querySelector<HTMLAnchorElement>('a[href*="export.csv"]')!;
    const url = new URL(csv.href);
    expect(url.pathname).to.equal('/insights-test/export.csv');
    expect(url.searchParams.get('survey')).to.equal('checkout-nps');
    expect(url.searchParams.get('from')).to.equal(PERIOD.from);
    const response = await fetch(csv.href);
    expect(response.headers.get('content-type')).to.match(/^text\/csv/);
  });

  it('lists who needs an answer, unhappy first, a page at a time, and filters it', async () => {
    const el = await dashboard();
    const items = () => [...el.shadowRoot!.querySelectorAll('.answers article')];
    expect(items()).to.have.length(20);
    expect(items()[0]!.className).to.equal('negative');
    expect(items()[0]!.textContent).to.contain('Too slow 25');
    const more = [...el.shadowRoot!.querySelectorAll('button')].find((button) => button.textContent === 'Load more')!;
    more.click();
    await waitUntil(() => items().length === 27, 'the second page is added');
    expect(items().at(-1)!.textContent).to.contain('Love it');
    const form = el.shadowRoot!.querySelector<HTMLFormElement>('section[part="answers"] form')!;
    form.querySelector('select')!.value = 'positive';
    form.requestSubmit();
    await waitUntil(() => items().length === 1, 'only the happy comment');
    expect(items()[0]!.className).to.equal('positive');
  });

  it('applies the filters of its form (as Enter in a field submits it)', async () => {
    const el = await dashboard();
    const form = el.shadowRoot!.querySelector<HTMLFormElement>('form[part="filters"]')!;
    form.querySelector<HTMLSelectElement>('select[name="interval"]')!.value = 'week';
    form.querySelector<HTMLInputElement>('input[name="segment"]')!.value = 'plan';
    form.requestSubmit();
    expect(el.interval).to.equal('week');
    await waitUntil(() => el.shadowRoot!.querySelector('table'), 'the segments table');
    expect(text(el, 'table')).to.match(/pro\s*3/);
    await expect(el).to.be.accessible();
  });

  it('says so when the handler answers 401', async () => {
    const el = await dashboard('/insights-closed');
    expect(text(el, '[role="status"]')).to.contain('not signed in');
  });

  it('speaks the closest lang, numbers included, and reads right to left', async () => {
    registerInsightsStrings('de', { title: 'Einblicke', responses: 'Antworten', interval95: '95-%-Intervall {low} bis {high}' });
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="de" dir="rtl">
      <care-insights src="/insights-test" survey="checkout-nps" from=${PERIOD.from} to=${PERIOD.to}></care-insights></div>`);
    const el = wrapper.querySelector('care-insights')!;
    await waitUntil(() => el.shadowRoot!.querySelector('.headline'), 'loads', { timeout: 15000 });
    await el.updateComplete;
    expect(text(el, 'h2')).to.contain('Einblicke');
    expect(text(el, '.headline .card')).to.contain('+16,7');
    const article = el.shadowRoot!.querySelector('.answers article')!;
    expect(getComputedStyle(article).borderRightWidth).to.equal('4px');
    expect(getComputedStyle(article).borderLeftWidth).to.equal('0px');
    await expect(el).to.be.accessible();
  });

  it('themes through custom properties', async () => {
    const el = await dashboard();
    el.style.setProperty('--care-insights-accent', 'rgb(1, 2, 3)');
    const button = el.shadowRoot!.querySelector('button[type="submit"]')!;
    expect(getComputedStyle(button).backgroundColor).to.equal('rgb(1, 2, 3)');
  });

  it('reloads when the survey changes', async () => {
    const el = await dashboard();
    el.survey = 'nobody-asked';
    await waitUntil(() => text(el, '[role="status"]').includes('No responses'), 'the empty state');
  });
});
