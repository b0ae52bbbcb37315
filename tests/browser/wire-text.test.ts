/**
 * Text on the wire (contract §5): counted in code points as the schemas and the receiver count, cut only between
 * characters as a reader sees them (grapheme clusters), redacted before it is cut, and made safe for every store
 * (U+0000 and lone surrogates → U+FFFD) — in each engine's own `Intl.Segmenter`. The DOM event's `detail` is
 * what is sent, so both are checked. tests/e2e/wire-property.e2e.test.mjs sends generated text to the real
 * receiver.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/index.js';
import { configure, flush } from '../../src/index.js';
import { cutToLength, isWellFormed, wellFormed } from '../../src/core/wire-limits.js';
import type { CareComment } from '../../src/components/comment/comment.component.js';
import type { CareRating } from '../../src/components/rating/rating.component.js';
import type { CommentData, RatingData } from '../../src/types.js';
import { captureConsole, newEndpoint, resetConfig, waitForRequests, type ReceivedRequest } from './helpers.js';

const codePoints = (text: string) => [...text].length;
const FAMILY = '👨‍👩‍👧'; // one character as a reader sees it, five code points
const FLAGS = '🇩🇪🇫🇷'; // two flags, four code points: cut after the third, half of France remains
const LONE_HIGH = '\uD83D';
const LONE_LOW = '\uDE00';

describe('cutToLength and wellFormed (src/core/wire-limits.ts, shared with the receiver)', () => {
  it('keeps a text within the limit as it is, and makes no segmenter for it', () => {
    const { Segmenter } = Intl;
    const writableIntl = Intl as { Segmenter: typeof Segmenter };
    let made = 0;
    writableIntl.Segmenter = class extends Segmenter {
      constructor(...args: ConstructorParameters<typeof Segmenter>) {
        super(...args);
        made++;
      }
    };
    try {
      expect(cutToLength('😀'.repeat(10), 10)).to.equal('😀'.repeat(10));
      expect(cutToLength('', 1)).to.equal('');
      expect(made, 'segmenters made for texts that fit').to.equal(0);
      expect(cutToLength('😀'.repeat(11), 10)).to.equal('😀'.repeat(10));
      expect(made, 'segmenters made for a cut').to.equal(1);
    } finally {
      writableIntl.Segmenter = Segmenter;
    }
  });

  it('counts code points and cuts between grapheme clusters: no half emoji, flag or accent', () => {
    expect(cutToLength('ab😀c', 3)).to.equal('ab😀');
    expect(cutToLength(FLAGS, 3), 'a flag is two code points').to.equal('🇩🇪');
    expect(cutToLength(`ok ${FAMILY}`, 6), 'a family is five').to.equal('ok ');
    expect(cutToLength(`ok ${FAMILY}`, 8)).to.equal(`ok ${FAMILY}`);
    expect(cutToLength('cafe\u0301!', 4), 'an accent stays with its letter').to.equal('caf');
    expect(cutToLength('שלום עולם', 4), 'right to left').to.equal('שלום');
  });

  it('cuts a first cluster longer than the limit alone (stacked accents) between code points, never to nothing', () => {
    const zalgo = `a${'\u0301'.repeat(50)} and more`;
    const cut = cutToLength(zalgo, 10);
    expect(cut).to.equal(`a${'\u0301'.repeat(9)}`);
    expect(codePoints(cut)).to.equal(10);
  });

  it('never leaves a lone surrogate, and a lone one in the text counts as one character', () => {
    const text = `😀${LONE_HIGH}${FAMILY}${FLAGS}😀`;
    for (let max = 1; max <= 12; max++) {
      const cut = cutToLength(text, max);
      expect(text.startsWith(cut), `max ${max}`).to.equal(true);
      expect(codePoints(cut), `max ${max}`).to.be.at.most(max);
      const halves = [...cut].filter((character) => /\p{Cs}/u.test(character));
      expect(halves, `max ${max}: only the input's own lone half`).to.deep.equal(max >= 2 ? [LONE_HIGH] : []);
    }
  });

  it('wellFormed turns U+0000 and each lone surrogate into U+FFFD, one for one, and keeps whole pairs', () => {
    expect(wellFormed(`a\u0000b`)).to.equal('a\uFFFDb');
    expect(wellFormed(`${LONE_HIGH}x${LONE_LOW}`)).to.equal('\uFFFDx\uFFFD');
    expect(wellFormed(`${LONE_LOW}${LONE_HIGH}`), 'a pair in the wrong order is two halves').to.equal('\uFFFD\uFFFD');
    expect(wellFormed(`😀${FAMILY}\\u0000`), 'a backslash-u typed as text is text').to.equal(`😀${FAMILY}\\u0000`);
    const sample = `x${LONE_HIGH}${LONE_HIGH}😀${LONE_LOW}y`;
    expect(codePoints(wellFormed(sample))).to.equal(codePoints(sample));
    const native = (sample as { toWellFormed?: () => string }).toWellFormed;
    if (native) expect(wellFormed(sample), 'as toWellFormed() writes it').to.equal(native.call(sample));
  });

  it('isWellFormed tells what wellFormed would change', () => {
    expect(isWellFormed(`😀 ${FAMILY} \\u0000 \\ud800`)).to.equal(true);
    expect(isWellFormed('a\u0000')).to.equal(false);
    expect(isWellFormed(`a${LONE_LOW}`)).to.equal(false);
    expect(isWellFormed(`a${LONE_HIGH}`)).to.equal(false);
  });
});

/** Types `text` into a `<care-comment>` and submits it; resolves with the DOM detail and the request that arrived. */
async function submitComment(text: string, attributes: { maxlength?: number } = {}) {
  const { endpoint, bucket } = newEndpoint();
  const el = await fixture<CareComment>(html`<care-comment endpoint=${endpoint} maxlength=${attributes.maxlength ?? 1000}></care-comment>`);
  const textarea = el.shadowRoot!.querySelector('textarea')!;
  textarea.value = text;
  textarea.dispatchEvent(new InputEvent('input'));
  await el.updateComplete;
  const submitted = oneEvent(el, 'care-comment') as Promise<CustomEvent<CommentData>>;
  el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="submit"]')!.click();
  const { detail } = await submitted;
  await flush();
  const [request] = await waitForRequests(bucket, 1);
  expect(request.schemaErrors).to.deep.equal([]);
  expect(request.body.data, 'the DOM detail is what is sent').to.deep.equal(detail);
  return { detail, request };
}

describe('the comment as it is sent', () => {
  afterEach(resetConfig);

  it('a comment at the limit ending in an emoji, made longer by a mask, is cut between characters (no half emoji)', async () => {
    configure({ redact: ['email'] });
    // 10 UTF-16 units as typed, 8 characters; masked, 10 characters in 12 units.
    const whole = await submitComment('a@b.c 😀😀', { maxlength: 10 });
    expect(whole.detail.text).to.equal('[email] 😀😀');
    const cut = await submitComment('a@b.c 😀😀', { maxlength: 9 });
    expect(cut.detail.text).to.equal('[email] 😀');
    expect(isWellFormed(cut.detail.text)).to.equal(true);
  });

  it('is redacted whole before it is cut, so no digit of a card number is left where the cut falls inside it', async () => {
    const { detail } = await submitComment('pay 4111 1111 1111 1111', { maxlength: 10 });
    expect(detail.text).to.match(/^pay \[card/);
    expect(detail.text).not.to.match(/\d/);
  });

  it('a family emoji or a flag at the limit is kept whole or left out whole', async () => {
    const { detail } = await submitComment(`ok ${FAMILY}`, { maxlength: 7 });
    expect(detail.text).to.equal('ok ');
    const flags = await submitComment(`x${FLAGS}`, { maxlength: 4 });
    expect(flags.detail.text).to.equal('x🇩🇪');
  });

  it('U+0000 and lone surrogates are sent as U+FFFD; backslashes and a backslash-u typed as text are sent as typed', async () => {
    const { detail } = await submitComment(`a\u0000b ${LONE_HIGH} c${LONE_LOW} \\u0000 \\ud83d C:\\path`);
    expect(detail.text).to.equal('a\uFFFDb \uFFFD c\uFFFD \\u0000 \\ud83d C:\\path');
  });
});

describe('host text as it is sent', () => {
  afterEach(resetConfig);

  async function rate(attributes: { surveyId: string; responseId: string; question: string }): Promise<{ detail: RatingData; request: ReceivedRequest }> {
    const { endpoint, bucket } = newEndpoint();
    const el = await fixture<CareRating>(html`<care-rating
      scale="thumbs" endpoint=${endpoint}
      survey-id=${attributes.surveyId} response-id=${attributes.responseId} question=${attributes.question}
    ></care-rating>`);
    const rated = oneEvent(el, 'care-rate') as Promise<CustomEvent<RatingData>>;
    el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[role="radio"]')[1].click();
    const { detail } = await rated;
    await flush();
    const [request] = await waitForRequests(bucket, 1);
    expect(request.schemaErrors).to.deep.equal([]);
    expect(request.body.data).to.deep.equal(detail);
    return { detail, request };
  }

  it('a question over 1000 characters is cut between grapheme clusters, never inside a flag', async () => {
    const console = captureConsole();
    try {
      const { detail } = await rate({ surveyId: 's', responseId: 'r', question: `${'a'.repeat(999)}${FLAGS}` });
      expect(detail.question).to.equal('a'.repeat(999));
    } finally {
      console.restore();
    }
  });

  it('ids, the question, context keys and values and the source are sent with U+FFFD for U+0000 and lone surrogates', async () => {
    configure({ source: `https://shop.example.com/a\u0000${LONE_LOW}`, context: { [`plan${LONE_HIGH}`]: `pro\u0000`, seats: 3 } });
    const { detail, request } = await rate({ surveyId: `s\u0000`, responseId: `r${LONE_HIGH}`, question: `why\u0000${LONE_LOW}?` });
    expect(detail).to.deep.include({ surveyId: 's\uFFFD', responseId: 'r\uFFFD', question: 'why\uFFFD\uFFFD?' });
    expect(detail.context).to.deep.equal({ 'plan\uFFFD': 'pro\uFFFD', seats: 3 });
    expect(request.body.source).to.equal('https://shop.example.com/a\uFFFD\uFFFD');
    expect(request.body.subject).to.equal('s\uFFFD');
  });
});
