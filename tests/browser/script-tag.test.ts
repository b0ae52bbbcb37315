import { expect, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import { captureConsole, newEndpoint, waitForRequests } from './helpers.js';
import en from '../../src/translations/en.js';
import de from '../../src/translations/de.js';
import ar from '../../src/translations/ar.js';
import pt from '../../src/translations/pt.js';
import zhHant from '../../src/translations/zh-Hant.js';
import nb from '../../src/translations/nb.js';

/**
 * The built classic script (`dist/care-feedback.min.js`, made by `npm run build` before the tests run) in
 * pages of its own: iframes whose inline script records the console before the library loads.
 */
type FramedWindow = Window & {
  logged: { errors: string[]; warnings: string[] };
  CareFeedback?: { configure: unknown; flush: () => Promise<void>; version: string };
};

const RECORD_CONSOLE = `<script>
  window.logged = { errors: [], warnings: [] };
  console.error = (...a) => logged.errors.push(a.join(' '));
  console.warn = (...a) => logged.warnings.push(a.join(' '));
  window.onerror = (m) => logged.errors.push('uncaught: ' + m);
</script>`;

async function framedPage(body: string): Promise<FramedWindow> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 600px; height: 400px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = `<!doctype html><html lang="en"><body>${RECORD_CONSOLE}${body}</body></html>`;
  document.body.append(frame);
  await loaded;
  return frame.contentWindow as FramedWindow;
}

const SCRIPT = `${location.origin}/dist/care-feedback.min.js`;

describe('the script tag (dist/care-feedback.min.js)', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('registers every element, exposes CareFeedback and configures itself from data-*', async () => {
    const { endpoint, bucket } = newEndpoint();
    const win = await framedPage(`
      <script src="${SCRIPT}" data-endpoint="${endpoint}" data-source="https://shop.example.com/checkout?x=1"
        data-context='{"plan":"pro","seats":3}'></script>
      <care-rating scale="nps" survey-id="tag"></care-rating>`);
    expect(Object.keys(win.CareFeedback!).sort()).to.deep.equal(['configure', 'flush', 'outbox', 'version']);
    for (const tag of ['care-rating', 'care-comment', 'care-feedback']) expect(win.customElements.get(tag), tag).to.exist;
    const rating = win.document.querySelector('care-rating')!;
    await (rating as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    rating.shadowRoot!.querySelectorAll<HTMLButtonElement>('[role="radio"]')[10].click();
    await win.CareFeedback!.flush();
    const [request] = await waitForRequests(bucket, 1);
    expect(request.body.source).to.equal('https://shop.example.com/checkout');
    expect(request.body.data).to.deep.include({ surveyId: 'tag', value: 10, context: { plan: 'pro', seats: 3 } });
    expect(request.schemaErrors).to.deep.equal([]);
    expect(win.logged.errors).to.deep.equal([]);
  });

  it('reasons (issue 22): chips, the reasonsQuestion property, a German pack\'s question, and the keys sent valid', async () => {
    const { endpoint, bucket } = newEndpoint();
    const win = await framedPage(`
      <script src="${SCRIPT}" data-endpoint="${endpoint}"></script>
      <care-comment id="en" reasons="price=Price|support=Support"></care-comment>
      <care-comment id="de" lang="de" reasons="a"></care-comment>`);
    type Box = HTMLElement & { reasonsQuestion?: string; updateComplete: Promise<unknown> };
    const box = win.document.querySelector<Box>('#en')!;
    const german = win.document.querySelector<Box>('#de')!;
    box.reasonsQuestion = 'Why?';
    await box.updateComplete;
    const question = (el: Element) => el.shadowRoot!.querySelector('[part="reasons-question"]')!.textContent;
    expect(question(box), 'the property, as the script tag builds it').to.equal('Why?');
    await waitUntil(() => question(german) === 'Was ist der Hauptgrund?', 'the German pack gave no reasons question');
    const chips = box.shadowRoot!.querySelectorAll<HTMLButtonElement>('[role="checkbox"]');
    chips[1].click();
    await box.updateComplete;
    expect(chips[1].getAttribute('aria-checked')).to.equal('true');
    expect(win.getComputedStyle(chips[1], '::before').visibility).to.equal('visible');
    box.shadowRoot!.querySelector<HTMLButtonElement>('[part~="submit"]')!.click();
    await win.CareFeedback!.flush();
    const [request] = await waitForRequests(bucket, 1);
    expect(request.body.data).to.deep.include({ text: '', reasons: ['support'] });
    expect(request.schemaErrors).to.deep.equal([]);
    expect(win.logged.errors).to.deep.equal([]);
  });

  it('refuses unparsable data-context and a non-loopback http data-endpoint with console errors, never throwing', async () => {
    const win = await framedPage(`<script src="${SCRIPT}" data-context="{plan: pro" data-endpoint="http://example.com/e"></script>`);
    expect(win.CareFeedback).to.exist;
    expect(win.logged.errors.some((e) => e.includes('data-context') && e.includes('{plan: pro'))).to.equal(true);
    expect(win.logged.errors.some((e) => e.includes('"http://example.com/e"'))).to.equal(true);
    expect(win.logged.errors.some((e) => e.startsWith('uncaught'))).to.equal(false);
  });

  it('data-redact masks e-mail and phone besides card numbers, in the DOM event and on the wire; a bad rule is named', async () => {
    const { endpoint, bucket } = newEndpoint();
    const win = await framedPage(`
      <script src="${SCRIPT}" data-endpoint="${endpoint}" data-redact="email, phone"></script>
      <care-comment survey-id="tag"></care-comment>`);
    const comment = win.document.querySelector('care-comment')!;
    await (comment as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    const textarea = comment.shadowRoot!.querySelector('textarea')!;
    textarea.value = 'Card 4111 1111 1111 1111, jane@example.com, +44 20 7946 0958, order 12345';
    textarea.dispatchEvent(new Event('input'));
    const sent = new Promise<CustomEvent>((resolve) => comment.addEventListener('care-comment', (e) => resolve(e as CustomEvent), { once: true }));
    await (comment as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    comment.shadowRoot!.querySelector<HTMLElement>('[part="submit"]')!.click();
    const { detail } = await sent;
    expect(detail.text).to.equal('Card [card number], [email], [phone], order 12345');
    await win.CareFeedback!.flush();
    const [request] = await waitForRequests(bucket, 1);
    expect(request.body.data).to.deep.equal(JSON.parse(JSON.stringify(detail)));
    expect(win.logged.errors).to.deep.equal([]);

    const refused = await framedPage(`<script src="${SCRIPT}" data-redact="email ssn"></script>`);
    expect(refused.logged.errors).to.have.length(1);
    expect(refused.logged.errors[0]).to.include('redact ["email","ssn"] refused');
  });

  it('exits early when loaded twice: one warning, no error, the first copy kept', async () => {
    const win = await framedPage(`<script src="${SCRIPT}"></script><script src="${SCRIPT}?copy=2"></script>`);
    expect(win.logged.errors).to.deep.equal([]);
    expect(win.logged.warnings).to.have.length(1);
    expect(win.logged.warnings[0]).to.include('twice');
  });

  it('leaves tags that an npm bundle already defined, with one warning', async () => {
    const console = captureConsole();
    const before = customElements.get('care-rating');
    try {
      const script = document.createElement('script');
      script.src = `${SCRIPT}?beside-npm`;
      const loaded = new Promise((resolve, reject) => {
        script.onload = resolve;
        script.onerror = reject;
      });
      const uncaught: string[] = [];
      const onError = (e: ErrorEvent) => uncaught.push(e.message);
      window.addEventListener('error', onError);
      document.head.append(script);
      await loaded;
      window.removeEventListener('error', onError);
      expect(uncaught).to.deep.equal([]);
      expect(customElements.get('care-rating')).to.equal(before);
      expect(console.warnings.filter((w) => w.includes('already defined'))).to.have.length(1);
      expect(window.CareFeedback).to.exist;
    } finally {
      console.restore();
    }
  });
});

/**
 * The script tag as a partner ships it: a page under the contract's strict Content-Security-Policy with
 * Trusted Types enforced, its collector on another origin (tests/support/host-pages.mjs), in every engine.
 */
describe('the script tag under a strict Content-Security-Policy and Trusted Types', () => {
  type HostWindow = Window & { hostProblems: string[]; inlineRan?: boolean; sinkAccepted?: boolean };

  async function hostPage(query: string): Promise<HostWindow> {
    const frame = document.createElement('iframe');
    frame.title = 'A partner page';
    frame.style.cssText = 'width: 800px; height: 500px';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.src = `/host/checkout?${query}`;
    document.body.append(frame);
    await loaded;
    return frame.contentWindow as HostWindow;
  }

  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('the policy is enforced and the watcher sees what it blocks (an inline script, a string to innerHTML)', async () => {
    const win = await hostPage(`bucket=${newEndpoint().bucket}&inline=1`);
    expect(win.inlineRan, 'inline script').to.equal(undefined);
    expect(win.sinkAccepted, 'Trusted Types').to.equal(false);
    await waitUntil(() => win.hostProblems.length >= 2, 'violations not reported');
    expect(win.hostProblems.join('\n')).to.include('script-src').and.to.include('require-trusted-types-for');
  });

  it('a customer rates 9 and comments: both arrive valid at the cross-origin collector, with no violation or error', async () => {
    const { bucket } = newEndpoint();
    const surveyId = `strict-${bucket}`;
    const win = await hostPage(`bucket=${bucket}&survey=${surveyId}`);
    await waitUntil(() => win.customElements.get('care-feedback'), 'the script tag did not define its elements');
    const card = win.document.querySelector('care-feedback')!;
    const rating = await waitUntil(() => card.shadowRoot?.querySelector('care-rating')?.shadowRoot, 'no rating rendered')
      .then(() => card.shadowRoot!.querySelector('care-rating')!);
    rating.shadowRoot!.querySelector<HTMLButtonElement>('[aria-label="9 of 10"]')!.click();
    await waitUntil(() => card.shadowRoot!.querySelector('care-comment')?.shadowRoot?.querySelector('textarea'), 'no follow-up');
    const box = card.shadowRoot!.querySelector('care-comment')!.shadowRoot!;
    const textarea = box.querySelector('textarea')!;
    textarea.value = 'A faster checkout';
    textarea.dispatchEvent(new InputEvent('input'));
    await waitUntil(() => !box.querySelector<HTMLButtonElement>('[part~="submit"]')!.disabled, 'send stays disabled');
    box.querySelector<HTMLButtonElement>('[part~="submit"]')!.click();

    const requests = await waitForRequests(bucket, 3); // shown (an inline card on screen), rating, comment
    const of = (type: string) => requests.find((r) => r.body.type === type)!;
    const rated = of('care.feedback.rating.v1');
    const commented = of('care.feedback.comment.v1');
    expect(rated.body.data).to.deep.include({ surveyId, value: 9, context: { plan: 'pro' } });
    expect((commented.body.data as { text: string }).text).to.equal('A faster checkout');
    expect(commented.body.data.responseId).to.equal(rated.body.data.responseId);
    expect(rated.body.source, 'no query string in source').to.equal(`${location.origin}/host/checkout`);
    expect(requests.flatMap((r) => r.schemaErrors)).to.deep.equal([]);
    expect(win.hostProblems).to.deep.equal([]);
  });
});

/** The script tag's languages: the page's pack fetched from beside the script, under the same strict policy. */
describe('the script tag in other languages', () => {
  type HostWindow = Window & { hostProblems: string[]; hostWarnings: string[] };

  async function hostPage(query: string): Promise<HostWindow> {
    const frame = document.createElement('iframe');
    frame.title = 'A partner page';
    frame.style.cssText = 'width: 800px; height: 500px';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.src = `/host/checkout?bucket=${newEndpoint().bucket}&${query}`;
    document.body.append(frame);
    await loaded;
    return frame.contentWindow as HostWindow;
  }

  const ratingIn = async (win: Window) => {
    await waitUntil(() => win.customElements.get('care-feedback'), 'the script tag did not define its elements', { timeout: 5000 });
    const card = win.document.querySelector('care-feedback')!;
    await waitUntil(() => card.shadowRoot?.querySelector('care-rating')?.shadowRoot?.querySelector('[part="question"]'), 'no rating');
    return card.shadowRoot!.querySelector('care-rating')!;
  };
  const questionOf = (rating: Element) => rating.shadowRoot!.querySelector('[part="question"]')!.textContent!.trim();
  const packsFetched = (win: Window) =>
    win.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname).filter((path) => path.includes('/locales/'));

  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('a German page shows German, fetching one pack from beside the script; the elements are defined at once', async () => {
    const win = await hostPage('lang=de');
    // Registered with the deferred script, as on an English page: a host's code may use them right away.
    expect(win.customElements.get('care-feedback'), 'defined by the time the page has loaded').to.exist;
    const rating = await ratingIn(win);
    await waitUntil(() => questionOf(rating) === de.npsQuestion, 'the page did not turn German');
    expect(packsFetched(win)).to.deep.equal(['/dist/locales/de.js']);
    expect(win.hostProblems).to.deep.equal([]);
  });

  it('an English page fetches no pack; pt-BR, zh-TW, no (Norwegian) and de_DE (a POSIX locale) get their packs', async () => {
    const english = await hostPage('lang=en-GB');
    await ratingIn(english);
    expect(packsFetched(english)).to.deep.equal([]);
    for (const [lang, pack, expected] of [
      ['pt-BR', 'pt', pt.npsQuestion],
      ['zh-TW', 'zh-Hant', zhHant.npsQuestion],
      ['no', 'nb', nb.npsQuestion],
      ['de_DE', 'de', de.npsQuestion],
    ]) {
      const win = await hostPage(`lang=${lang}`);
      const rating = await ratingIn(win);
      await waitUntil(() => questionOf(rating) === expected, `${lang} did not show`);
      expect(packsFetched(win)).to.deep.equal([`/dist/locales/${pack}.js`]);
    }
  });

  it('switching the page to another language fetches that pack and re-renders, keeping the chosen value', async () => {
    const win = await hostPage('lang=de');
    const rating = await ratingIn(win);
    await waitUntil(() => questionOf(rating) === de.npsQuestion, 'the page did not turn German');
    rating.shadowRoot!.querySelector<HTMLButtonElement>('[role="radio"]:nth-child(10)')!.click();
    win.document.documentElement.lang = 'ar';
    await waitUntil(() => questionOf(rating) === ar.npsQuestion, 'the page did not switch to Arabic');
    expect((rating as HTMLElement & { value?: number }).value).to.equal(9);
    expect(packsFetched(win)).to.deep.equal(['/dist/locales/de.js', '/dist/locales/ar.js']);
    expect(win.hostProblems).to.deep.equal([]);
  });

  it('a pack that cannot be fetched leaves English, with one console warning and nothing thrown', async () => {
    const win = await hostPage('lang=de&dist=broken-dist');
    const rating = await ratingIn(win);
    await waitUntil(() => win.hostWarnings.some((warning) => warning.includes('language pack')), 'no warning');
    expect(questionOf(rating)).to.equal(en.npsQuestion);
    const warnings = win.hostWarnings.filter((warning) => warning.includes('language pack'));
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('/broken-dist/locales/de.js');
    expect(win.hostProblems).to.deep.equal([]);
  });
});

/** Pinning the script tag with Subresource Integrity, as a checkout page should. */
describe('the script tag pinned with its integrity hash', () => {
  async function hostPage(query: string) {
    const frame = document.createElement('iframe');
    frame.title = 'A partner page';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.src = `/host/checkout?bucket=${newEndpoint().bucket}&${query}`;
    document.body.append(frame);
    await loaded;
    return frame.contentWindow as Window & { hostProblems: string[] };
  }

  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('runs with its own SHA-384 hash, and the browser refuses it with any other', async () => {
    const pinned = await hostPage('integrity=right');
    await waitUntil(() => pinned.customElements.get('care-feedback'), 'the pinned script did not run', { timeout: 5000 });
    expect(pinned.hostProblems).to.deep.equal([]);

    const tampered = await hostPage('integrity=wrong');
    // The page has loaded, deferred scripts included: a script that was allowed would have defined its tags.
    expect(tampered.customElements.get('care-feedback'), 'a script whose hash does not match never runs').to.equal(undefined);
    expect(tampered.document.querySelector('care-feedback')!.shadowRoot).to.equal(null);
  });
});
