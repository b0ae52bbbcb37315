/**
 * The lengths the wire format bounds (schemas/*.json): ids of 1 to 200 characters, a question of at most 1000,
 * a source of 1 to 2048, context keys of at most 200, all counted in code points as JSON Schema counts them.
 * A host's mistake is reported and made to fit, so the receiver never refuses the answer it carries.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/index.js';
import { configure, flush } from '../../src/index.js';
import type { CareRating } from '../../src/components/rating/rating.component.js';
import type { CareFeedback } from '../../src/components/feedback/feedback.component.js';
import type { CommentData, RatingData } from '../../src/types.js';
import type { CareComment } from '../../src/components/comment/comment.component.js';
import { complete } from './feedback-support.js';
import { captureConsole, newEndpoint, resetConfig, UUID_V4, waitForRequests, type ReceivedRequest } from './helpers.js';
import { wellFormed } from '../../src/core/wire-limits.js';

const options = (element: Element) => element.shadowRoot!.querySelectorAll<HTMLButtonElement>('[role="radio"]');

/** Clicks option `index` and returns the one request it sent, checked against the shipped JSON Schemas. */
async function sendByClick(rating: Element, bucket: string, index: number): Promise<ReceivedRequest> {
  options(rating)[index].click();
  await flush();
  const [request] = await waitForRequests(bucket, 1);
  expect(request.schemaErrors).to.deep.equal([]);
  return request;
}

/** 200 characters that are 400 UTF-16 code units: the schema's 200 counts them as 200. */
const EMOJI_200 = '😀'.repeat(200);

describe('lengths the wire format bounds', () => {
  afterEach(resetConfig);

  it('survey-id and response-id must be 1 to 200 characters: anything else is reported and replaced, so answers still validate', async () => {
    const { endpoint, bucket } = newEndpoint();
    const console = captureConsole();
    let rating: CareRating;
    try {
      rating = await fixture<CareRating>(html`<care-rating survey-id="" response-id=${'r'.repeat(201)} endpoint=${endpoint}></care-rating>`);
    } finally {
      console.restore();
    }
    expect(console.errors).to.have.length(2);
    expect(console.errors[0]).to.include('<care-rating> survey-id "" refused: 1 to 200 characters expected; default used');
    expect(console.errors[1]).to.include(`<care-rating> response-id "${'r'.repeat(201)}" refused: 1 to 200 characters expected;`);
    expect(rating.surveyId).to.equal('default');
    expect(rating.responseId).to.match(UUID_V4);
    const request = await sendByClick(rating, bucket, 4);
    expect(request.body.data).to.deep.include({ surveyId: 'default', responseId: rating.responseId });
    expect(request.body.subject).to.equal('default');
  });

  it('200 characters outside the BMP are kept as written (JSON Schema counts code points); 201 are not', async () => {
    const { endpoint, bucket } = newEndpoint();
    const console = captureConsole();
    let kept: CareRating, refused: CareRating;
    try {
      kept = await fixture<CareRating>(html`<care-rating scale="thumbs" survey-id=${EMOJI_200} endpoint=${endpoint}></care-rating>`);
      refused = await fixture<CareRating>(html`<care-rating survey-id=${EMOJI_200 + '😀'}></care-rating>`);
    } finally {
      console.restore();
    }
    expect(kept.surveyId).to.equal(EMOJI_200);
    expect(refused.surveyId).to.equal('default');
    expect(console.errors).to.have.length(1);
    expect(console.errors[0]).to.include('<care-rating> survey-id "😀😀');
    const request = await sendByClick(kept, bucket, 1);
    expect(request.body.data.surveyId).to.equal(EMOJI_200);
  });

  it('a <care-feedback> whose survey-id is removed goes back to "default" quietly (as a removed number attribute does), and its inner rating sends that', async () => {
    const { endpoint, bucket } = newEndpoint();
    const feedback = await fixture<CareFeedback>(html`<care-feedback survey-id="checkout" scale="thumbs" endpoint=${endpoint}></care-feedback>`);
    const console = captureConsole();
    try {
      feedback.removeAttribute('survey-id');
      await feedback.updateComplete;
    } finally {
      console.restore();
    }
    expect(console.errors).to.deep.equal([]);
    expect(feedback.surveyId).to.equal('default');
    const rating = feedback.shadowRoot!.querySelector<CareRating>('care-rating')!;
    await rating.updateComplete;
    expect(rating.surveyId).to.equal('default');
    const request = await sendByClick(rating, bucket, 1);
    expect(request.body.data).to.deep.include({ surveyId: 'default', responseId: feedback.responseId });
  });

  it('a question over 1000 characters is reported and cut to 1000 in what is sent (the DOM detail too); the element still shows it whole', async () => {
    const { endpoint, bucket } = newEndpoint();
    const question = 'Why? '.repeat(300);
    const rating = await fixture<CareRating>(html`<care-rating question=${question} endpoint=${endpoint}></care-rating>`);
    const console = captureConsole();
    try {
      setTimeout(() => options(rating)[2].click());
      const { detail } = await oneEvent(rating, 'care-rate');
      expect(detail.question).to.equal(question.slice(0, 1000));
    } finally {
      console.restore();
    }
    expect(console.errors).to.have.length(1);
    expect(console.errors[0]).to.include('<care-rating> question "Why? Why?').and.include('refused: at most 1000 characters expected; the rest cut');
    expect(rating.shadowRoot!.querySelector('[part="question"]')!.textContent).to.equal(question);
    await flush();
    const [request] = await waitForRequests(bucket, 1);
    expect((request.body.data as RatingData).question).to.equal(question.slice(0, 1000));
    expect(request.schemaErrors).to.deep.equal([]);
  });

  it('a question of 1000 characters outside the BMP is sent whole; one more and it is cut between characters, never inside one', async () => {
    const { endpoint, bucket } = newEndpoint();
    const question = '😀'.repeat(1000);
    const whole = await fixture<CareRating>(html`<care-rating scale="thumbs" question=${question} endpoint=${endpoint}></care-rating>`);
    const cut = await fixture<CareRating>(html`<care-rating scale="thumbs" question=${question + '😀'} endpoint=${endpoint}></care-rating>`);
    const console = captureConsole();
    try {
      options(whole)[1].click();
      options(cut)[1].click();
    } finally {
      console.restore();
    }
    expect(console.errors).to.have.length(1);
    expect(console.errors[0]).to.include('<care-rating> question');
    await flush();
    const requests = await waitForRequests(bucket, 2);
    for (const request of requests) {
      expect((request.body.data as RatingData).question).to.equal(question);
      expect(request.schemaErrors).to.deep.equal([]);
    }
  });

  it('ids set from code: undefined goes back to the default quietly, a number is reported and replaced; the answer validates', async () => {
    const { endpoint, bucket } = newEndpoint();
    const rating = await fixture<CareRating>(html`<care-rating scale="thumbs" survey-id="kept" endpoint=${endpoint}></care-rating>`);
    const console = captureConsole();
    try {
      (rating as any).surveyId = undefined;
      (rating as any).responseId = 42;
      await rating.updateComplete;
    } finally {
      console.restore();
    }
    expect(rating.surveyId).to.equal('default');
    expect(rating.responseId).to.match(UUID_V4);
    expect(console.errors).to.have.length(1);
    expect(console.errors[0]).to.include('<care-rating> response-id 42 refused: 1 to 200 characters expected;');
    expect(console.errors[0]).to.include(`${rating.responseId} used`);
    const request = await sendByClick(rating, bucket, 1);
    expect(request.body.data).to.deep.include({ surveyId: 'default', responseId: rating.responseId });
  });

  it('a question set from code as a number is sent as the text it shows, so the answer validates and nothing throws', async () => {
    const { endpoint, bucket } = newEndpoint();
    const rating = await fixture<CareRating>(html`<care-rating scale="thumbs" endpoint=${endpoint}></care-rating>`);
    (rating as any).question = 5;
    await rating.updateComplete;
    expect(rating.shadowRoot!.querySelector('[part="question"]')!.textContent).to.equal('5');
    setTimeout(() => options(rating)[1].click());
    const { detail } = await oneEvent(rating, 'care-rate');
    expect(detail.question).to.equal('5');
    await flush();
    const [request] = await waitForRequests(bucket, 1);
    expect(request.schemaErrors).to.deep.equal([]);
  });

  it('a <care-comment> question and a <care-feedback> followup-question over 1000 characters are sent cut too', async () => {
    const { endpoint, bucket } = newEndpoint();
    const long = 'What would help? '.repeat(70);
    const box = await fixture<CareComment>(html`<care-comment question=${long} endpoint=${endpoint}></care-comment>`);
    const textarea = box.shadowRoot!.querySelector('textarea')!;
    textarea.value = 'Faster checkout';
    textarea.dispatchEvent(new InputEvent('input'));
    await box.updateComplete;
    const console = captureConsole();
    try {
      box.shadowRoot!.querySelector<HTMLButtonElement>('[part~="submit"]')!.click();
      const feedback = await fixture<CareFeedback>(
        html`<care-feedback scale="thumbs" followup-question=${long} endpoint=${endpoint}></care-feedback>`
      );
      await complete(feedback, 0, 'Slow');
    } finally {
      console.restore();
    }
    expect(console.errors.filter((error) => error.includes('at most 1000 characters'))).to.have.length.of.at.least(1);
    await flush();
    const requests = await waitForRequests(bucket, 3);
    const comments = requests.filter((request) => request.body.type === 'care.feedback.comment.v1');
    expect(comments.map((request) => (request.body.data as CommentData).text).sort()).to.deep.equal(['Faster checkout', 'Slow']);
    for (const request of requests) {
      if (request.body.type === 'care.feedback.comment.v1') expect((request.body.data as CommentData).question).to.equal(long.slice(0, 1000));
      expect(request.schemaErrors).to.deep.equal([]);
    }
  });

  it('the default source, the page without its query, is cut to the 2048 characters the schema takes on a very long path', async () => {
    const { endpoint, bucket } = newEndpoint();
    configure({ endpoint });
    const before = location.href;
    history.replaceState(history.state, '', `/${'p'.repeat(3000)}?q=1`);
    try {
      const rating = await fixture<CareRating>(html`<care-rating scale="thumbs"></care-rating>`);
      options(rating)[1].click();
      await flush();
    } finally {
      history.replaceState(history.state, '', before);
    }
    const [request] = await waitForRequests(bucket, 1);
    expect(request.body.source).to.equal(`${location.origin}/${'p'.repeat(3000)}`.slice(0, 2048));
    expect(request.schemaErrors).to.deep.equal([]);
  });

  it('configure() refuses a source over 2048 characters, one with nothing before its ? or #, and a context key over 200, keeping what was there', async () => {
    const { endpoint, bucket } = newEndpoint();
    configure({ endpoint, source: 'https://shop.example.com/ok', context: { plan: 'pro' } });
    const console = captureConsole();
    try {
      // 2048 characters before the query are kept (the query goes), 2049 are not.
      configure({ source: `https://shop.example.com/${'a'.repeat(2048 - 25)}?q=${'b'.repeat(3000)}` });
      configure({ source: `https://shop.example.com/ok` });
      configure({ source: `https://shop.example.com/${'a'.repeat(2048 - 24)}` });
      configure({ source: '?utm_source=mail' });
      configure({ context: { ['k'.repeat(201)]: 1 } });
      configure({ context: { [EMOJI_200]: 'kept', plan: 'pro' } });
    } finally {
      console.restore();
    }
    expect(console.errors).to.have.length(3);
    expect(console.errors[0]).to.include(`configure() source "https://shop.example.com/aaa`).and.include('refused: 1 to 2048 characters before any ? or # expected');
    expect(console.errors[1]).to.include('configure() source "?utm_source=mail" refused: 1 to 2048 characters before any ? or # expected');
    expect(console.errors[2]).to.include(`configure() context "${'k'.repeat(201)}": 1 refused`).and.include('keys of at most 200 characters');
    const rating = await fixture<CareRating>(html`<care-rating scale="thumbs"></care-rating>`);
    const request = await sendByClick(rating, bucket, 1);
    expect(request.body.source).to.equal('https://shop.example.com/ok');
    expect(request.body.data.context).to.deep.equal({ [EMOJI_200]: 'kept', plan: 'pro' });
  });

  it('a source of exactly 2048 characters before its query is kept, without the query', async () => {
    const { endpoint, bucket } = newEndpoint();
    const source = `https://shop.example.com/${'a'.repeat(2048 - 25)}`;
    expect(source).to.have.length(2048);
    configure({ endpoint, source: `${source}?q=1#top` });
    const rating = await fixture<CareRating>(html`<care-rating scale="thumbs"></care-rating>`);
    const request = await sendByClick(rating, bucket, 1);
    expect(request.body.source).to.equal(source);
  });

  it('property: whatever survey-id, response-id and question say, the answer is sent and its event validates', async function () {
    // 40 sends through a real endpoint: a few seconds on an idle machine, more on a loaded one.
    this.timeout(60_000);
    const text = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 260 }),
      fc.string({ unit: 'grapheme-ascii', minLength: 195, maxLength: 205 }),
      fc.string({ unit: 'binary', minLength: 990, maxLength: 1010 })
    );
    await fc.assert(
      fc.asyncProperty(text, text, text, async (surveyId, responseId, question) => {
        const { endpoint, bucket } = newEndpoint();
        const console = captureConsole();
        try {
          const rating = await fixture<CareRating>(
            html`<care-rating scale="thumbs" survey-id=${surveyId} response-id=${responseId} question=${question} endpoint=${endpoint}></care-rating>`
          );
          const request = await sendByClick(rating, bucket, 0);
          // What fits is kept as written, but for U+0000, which no store keeps (sent as U+FFFD, contract §5).
          if (surveyId && [...surveyId].length <= 200) expect(request.body.data.surveyId).to.equal(wellFormed(surveyId));
          if (responseId && [...responseId].length <= 200) expect(request.body.data.responseId).to.equal(wellFormed(responseId));
          if ([...question].length <= 1000 && question) expect((request.body.data as RatingData).question).to.equal(wellFormed(question));
          rating.remove();
        } finally {
          console.restore();
        }
      }),
      { numRuns: 40 }
    );
  });
});
