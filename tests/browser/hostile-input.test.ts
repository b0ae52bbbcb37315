/**
 * Hostile and broken input, in every engine, on a page with no Content-Security-Policy at all (so what is
 * proven is the escaping and the validation, not a policy): markup and script in every text a host or a
 * visitor can put in, and property-based checks (fast-check) that no configuration, attribute or stored
 * state throws into the host page.
 */
import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/index.js';
import { configure, flush, outbox, registerTranslation } from '../../src/index.js';
import type { CareFeedback } from '../../src/components/feedback/feedback.component.js';
import type { CareComment } from '../../src/components/comment/comment.component.js';
import en from '../../src/translations/en.js';
import { captureConsole, resetConfig } from './helpers.js';
import { freshVisit, rating as ratingOf, settled, uniqueSurvey } from './feedback-support.js';

type Sink = Window & { hostileRan?: string[] };

/** XSS payloads as attackers write them; each would push to `window.hostileRan` if it ever ran. */
const PAYLOADS = [
  `<img src=x onerror="(window.hostileRan ||= []).push('img')">`,
  `"><svg onload="(window.hostileRan ||= []).push('svg')"></svg>`,
  `</label><script>(window.hostileRan ||= []).push('script')</script>`,
  `javascript:(window.hostileRan ||= []).push('url')`,
  `<iframe srcdoc="<script>parent.hostileRan.push('srcdoc')</script>"></iframe>`,
  `<a href="javascript:(window.hostileRan ||= []).push('href')">click</a>`,
  `\u202Egnp.exe\u202C right-to-left override`,
  `${'{{7*7}}'} \${7*7} <%= 7*7 %>`,
  `x`.repeat(5000),
];

/** Every element in an element's shadow tree, through nested shadow roots. */
function shadowElements(root: ParentNode): Element[] {
  return [...root.querySelectorAll('*')].flatMap((element) => [element, ...(element.shadowRoot ? shadowElements(element.shadowRoot) : [])]);
}

const ALLOWED_TAGS = new Set(['div', 'span', 'button', 'label', 'textarea', 'svg', 'path', 'circle', 'slot', 'care-rating', 'care-comment']);

describe('hostile text never runs', () => {
  afterEach(() => {
    resetConfig();
    (window as Sink).hostileRan = undefined;
  });

  it(`every text attribute shows ${PAYLOADS.length} payloads as literal text, and none runs`, async () => {
    for (const payload of PAYLOADS) {
      freshVisit();
      const el = await fixture<CareFeedback>(html`<care-feedback
        scale="nps" dismissible survey-id=${uniqueSurvey()}
        question=${payload} low-label=${payload} high-label=${payload} followup-question=${payload}
        placeholder=${payload} submit-label=${payload} close-label=${payload} thanks-message=${payload}
        counter-label=${payload}
      ></care-feedback>`);
      const rating = ratingOf(el);
      await rating.updateComplete;
      expect(rating.shadowRoot!.querySelector('[part="question"]')!.textContent).to.equal(payload);
      expect(rating.shadowRoot!.querySelector('[part="labels"] span')!.textContent).to.equal(payload);
      rating.shadowRoot!.querySelectorAll<HTMLButtonElement>('[role="radio"]')[3].click();
      await el.updateComplete;
      const comment = el.shadowRoot!.querySelector<CareComment>('care-comment')!;
      await comment.updateComplete;
      expect(comment.shadowRoot!.querySelector('label')!.textContent!.trim()).to.equal(payload);
      expect(comment.shadowRoot!.querySelector('textarea')!.placeholder).to.equal(payload);
      expect(el.shadowRoot!.querySelector('[part="close"]')!.getAttribute('aria-label')).to.equal(payload);
      const unexpected = shadowElements(el.shadowRoot!).map((e) => e.localName).filter((tag) => !ALLOWED_TAGS.has(tag));
      expect(unexpected, 'no element came from the text').to.deep.equal([]);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((window as Sink).hostileRan).to.equal(undefined);
  });

  it('a typed comment and translation strings stay text', async () => {
    const [payload] = PAYLOADS;
    registerTranslation({ ...en, $code: 'en-hostile', commentQuestion: payload, thanks: payload });
    const el = await fixture<CareComment>(html`<care-comment lang="en-hostile"></care-comment>`);
    expect(el.shadowRoot!.querySelector('label')!.textContent!.trim()).to.equal(payload);
    const textarea = el.shadowRoot!.querySelector('textarea')!;
    textarea.value = PAYLOADS.slice(0, 6).join('\n');
    textarea.dispatchEvent(new InputEvent('input'));
    await el.updateComplete;
    const submitted = new Promise<CustomEvent<{ text: string }>>((resolve) =>
      el.addEventListener('care-comment', (e) => resolve(e as CustomEvent), { once: true }));
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="submit"]')!.click();
    expect((await submitted).detail.text, 'sent as typed').to.equal(PAYLOADS.slice(0, 6).join('\n'));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="thanks"]')!.textContent!.trim()).to.equal(payload);
    expect(shadowElements(el.shadowRoot!).some((e) => ['img', 'script', 'iframe', 'a'].includes(e.localName))).to.equal(false);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((window as Sink).hostileRan).to.equal(undefined);
  });
});

describe('no input throws into the host page (property-based)', () => {
  afterEach(resetConfig);

  /** Runs `check` with console errors and warnings recorded (not printed) and uncaught errors collected. */
  async function quietly(check: () => Promise<void>) {
    const console = captureConsole();
    const uncaught: unknown[] = [];
    const onError = (event: ErrorEvent) => uncaught.push(event.error ?? event.message);
    const onRejection = (event: PromiseRejectionEvent) => uncaught.push(event.reason);
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    try {
      await check();
      await new Promise((resolve) => setTimeout(resolve, 0));
    } finally {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
      console.restore();
    }
    return { console, uncaught };
  }

  it('configure() with any value of any option never throws; a refused value is named in one console error', async () => {
    const option = fc.constantFrom('endpoint', 'source', 'context', 'transport', 'storage', 'quietDays', 'redact', '__proto__', 'nonsense');
    const anything = fc.oneof(fc.anything(), fc.string(), fc.constant(null), fc.constant(NaN), fc.func(fc.anything()));
    const { uncaught } = await quietly(async () => {
      fc.assert(
        fc.property(fc.dictionary(option, anything), (options) => {
          const console = captureConsole();
          try {
            configure(options as never);
          } finally {
            console.restore();
          }
        }),
        { numRuns: 300 }
      );
      fc.assert(fc.property(fc.anything(), (value) => void configure(value as never)), { numRuns: 100 });
    });
    expect(uncaught).to.deep.equal([]);
  });

  it('any value of any attribute renders without throwing, falling back to the default', async () => {
    const attributes = ['scale', 'range', 'value', 'mode', 'position', 'trigger', 'delay', 'scroll-depth', 'sample',
      'cooldown-days', 'dismiss-cooldown-days', 'priority', 'maxlength', 'dismissible', 'endpoint', 'survey-id', 'lang'];
    const { uncaught } = await quietly(async () => {
      await fc.assert(
        fc.asyncProperty(fc.dictionary(fc.constantFrom(...attributes), fc.oneof(fc.string(), fc.constantFrom('NaN', '-1', '1e400', '0x10', ' ', '\u0000'))), async (values) => {
          freshVisit();
          const el = document.createElement('care-feedback');
          for (const [name, value] of Object.entries(values)) el.setAttribute(name, value);
          el.setAttribute('survey-id', uniqueSurvey());
          document.body.append(el);
          await (el as CareFeedback).updateComplete;
          el.remove();
        }),
        { numRuns: 60 }
      );
    });
    expect(uncaught).to.deep.equal([]);
  });

  it('junk stored under the care-feedback: prefix (older versions, other scripts, a full disk) breaks nothing', async () => {
    const junk = fc.oneof(fc.json(), fc.string(), fc.constantFrom('null', '5', '"x"', '[]', '{"draw":"a"}', '{"event":null}', '{"event":{"id":5}}', '{"event":{"id":"x","data":null}}'));
    const { uncaught } = await quietly(async () => {
      await fc.assert(
        fc.asyncProperty(fc.dictionary(fc.constantFrom('survey:s1', 'last-shown', 'outbox:a', 'outbox:b', 'claims'), junk), async (stored) => {
          for (const [key, value] of Object.entries(stored)) localStorage.setItem(`care-feedback:${key}`, value);
          try {
            outbox();
            await flush(); // sends what is due: junk entries must be passed over, not thrown on
            freshVisit();
            // freshVisit cleared the survey memory: write the junk again for the card to read.
            for (const [key, value] of Object.entries(stored)) localStorage.setItem(`care-feedback:${key}`, value);
            const el = await fixture<CareFeedback>(html`<care-feedback mode="popover" sample="0.5" survey-id="s1"></care-feedback>`);
            await settled(el); // the asking rules read the memory once the page view's contest is decided
            el.remove();
            // A rating replaces an unsent one of its response: the outbox junk is read on the way.
            const rating = await fixture<HTMLElementTagNameMap['care-rating']>(html`<care-rating scale="thumbs"></care-rating>`);
            rating.shadowRoot!.querySelectorAll<HTMLButtonElement>('[role="radio"]')[1].click();
            rating.shadowRoot!.querySelectorAll<HTMLButtonElement>('[role="radio"]')[0].click();
          } finally {
            for (const key of Object.keys(stored)) localStorage.removeItem(`care-feedback:${key}`);
          }
        }),
        { numRuns: 60 }
      );
    });
    expect(uncaught).to.deep.equal([]);
  });
});
