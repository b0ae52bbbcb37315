/**
 * Every language at the widths of phones and narrow columns: each element (a rating of every scale and range,
 * a comment with reasons, a card at its comment stage with reasons) in every pack, from 320 px up to 720 px, measured as laid out.
 * A label fits when its text box is no wider than its box's content box (contract §11); no text leaves the
 * card; every target stays 44 × 44 CSS px; the NPS end labels sit under 0 and 10; right-to-left languages
 * mirror. The width is the container's, not the window's (WebKit keeps its window at least ~447 px wide).
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { registerTranslation } from '../../src/index.js';
import type { Translation } from '../../src/translations/translation.js';
import type { CareRating } from '../../src/components/rating/rating.component.js';
import type { CareFeedback } from '../../src/components/feedback/feedback.component.js';
import { LANGUAGE_PACKS } from '../../src/translations/packs.js';
import { comment, freshVisit, rating, uniqueSurvey } from './feedback-support.js';

const packs: Translation[] = await Promise.all(
  LANGUAGE_PACKS.map(async (code) => (await import(`../../src/translations/${code}.ts`)).default as Translation),
);
registerTranslation(...packs);

const LANGUAGES = ['en', ...LANGUAGE_PACKS];
const RIGHT_TO_LEFT = ['ar', 'fa', 'he'];
/** 320 px (the narrowest phone) to 720 px, every 20 px: layout only, the elements render once per language. */
const WIDTHS = Array.from({ length: 21 }, (_, i) => 320 + 20 * i);
const RATINGS: [string, number?][] = [
  ['nps'], ['thumbs'],
  ['stars', 3], ['stars', 5], ['stars', 7], ['stars', 10],
  ['numbers', 3], ['numbers', 5], ['numbers', 7], ['numbers', 10],
  ['emoji', 3], ['emoji', 5],
];
/** Reasons chips (issue 22), with the localized group label: short and long labels, one a row's width. */
const REASONS = 'price=Price|delivery=Delivery took far too long to arrive|support=Support|other=Something else entirely';
/** Half a pixel for subpixel layout and rounding between engines. */
const SLACK = 0.5;

/** Every element of a tree, looking into open shadow roots. */
function* deep(root: ParentNode): Generator<Element> {
  for (const element of root.querySelectorAll('*')) {
    yield element;
    if (element.shadowRoot) yield* deep(element.shadowRoot);
  }
}

/** The boxes of a node's text, one per line it takes (empty when it shows no text). */
function textBoxes(node: Node): DOMRect[] {
  const range = document.createRange();
  range.selectNodeContents(node);
  return [...range.getClientRects()].filter((box) => box.width > 0 && box.height > 0);
}

/** The text nodes directly inside an element that a visitor sees. */
const visibleTexts = (element: Element) =>
  [...element.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim() !== '');

/** The content box of an element: its border box less borders and padding. */
function contentBox(element: Element) {
  const box = element.getBoundingClientRect();
  const style = getComputedStyle(element);
  const px = (property: string) => parseFloat(style.getPropertyValue(property)) || 0;
  return {
    left: box.left + px('border-left-width') + px('padding-left'),
    right: box.right - px('border-right-width') - px('padding-right'),
    top: box.top + px('border-top-width') + px('padding-top'),
    bottom: box.bottom - px('border-bottom-width') - px('padding-bottom'),
  };
}

const shown = (element: Element) => element.getClientRects().length > 0 && !element.closest('[role="status"]');

/** What is wrong with how `host` is laid out in `frame` (the card, or the element itself): one line per fault. */
function faults(host: Element, frame: Element, label: string): string[] {
  const found: string[] = [];
  const outer = frame.getBoundingClientRect();
  for (const element of deep(host.shadowRoot!)) {
    if (!shown(element) || element.closest('[role="status"]')) continue;
    const name = `${label} ${element.getAttribute('part') ?? element.localName}`;
    if (element.localName === 'button') {
      const { width, height } = element.getBoundingClientRect();
      if (width < 44 - SLACK || height < 44 - SLACK) found.push(`${name}: a ${width.toFixed(1)}×${height.toFixed(1)} target`);
      const inside = contentBox(element);
      for (const text of visibleTexts(element)) {
        for (const box of textBoxes(text)) {
          if (box.left < inside.left - SLACK || box.right > inside.right + SLACK) {
            found.push(`${name}: "${text.textContent!.trim()}" (${box.width.toFixed(1)} px) does not fit its ${(inside.right - inside.left).toFixed(1)} px`);
          }
        }
      }
    }
    for (const text of visibleTexts(element)) {
      for (const box of textBoxes(text)) {
        if (box.left < outer.left - SLACK || box.right > outer.right + SLACK) {
          found.push(`${name}: "${text.textContent!.trim()}" overflows the card`);
        }
      }
    }
  }
  return found;
}

/** The union of a label's text boxes: where its words are, not its box. */
function wordsOf(label: Element) {
  const boxes = visibleTexts(label).flatMap(textBoxes);
  return { left: Math.min(...boxes.map((b) => b.left)), right: Math.max(...boxes.map((b) => b.right)) };
}

/** End labels under the ends, and the scale running in the reading direction. */
function placementFaults(el: CareRating, label: string, rtl: boolean): string[] {
  const found: string[] = [];
  const options = [...el.shadowRoot!.querySelectorAll('[role="radio"]')].map((option) => option.getBoundingClientRect());
  const group = el.shadowRoot!.querySelector('[part="options"]')!.getBoundingClientRect();
  const start = (box: { left: number; right: number }) => (rtl ? -box.right : box.left);
  const end = (box: { left: number; right: number }) => (rtl ? -box.left : box.right);
  const [first, second] = options;
  const last = options.at(-1)!;
  // The long scales share the element's width (a short one is as wide as its options or its labels).
  if (options.length > 5) {
    if (Math.abs(start(first) - start(group)) > 2) found.push(`${label}: the first option is not at the start`);
    if (Math.abs(end(last) - end(group)) > 2) found.push(`${label}: the last option is not at the end`);
  }
  if (second.top === first.top && start(second) < end(first) - SLACK) found.push(`${label}: the options do not run in the reading direction`);
  const labels = el.shadowRoot!.querySelector('[part="labels"]');
  if (labels && el.scale === 'nps') {
    const [low, high] = [...labels.children].map(wordsOf);
    if (Math.abs(start(low) - start(first)) > 2) found.push(`${label}: the low label does not start under the first option`);
    if (Math.abs(end(high) - end(last)) > 2) {
      found.push(`${label}: the high label ends ${Math.round(Math.abs(end(high) - end(last)))} px from the end of the last option`);
    }
  }
  return found;
}

describe('every language at narrow widths', () => {
  before(freshVisit);

  for (const lang of LANGUAGES) {
    it(`${lang}: every label fits, no text leaves the card, 44 px targets, the ends in place${RIGHT_TO_LEFT.includes(lang) ? ', mirrored' : ''}`, async function () {
      this.timeout(60_000);
      const rtl = RIGHT_TO_LEFT.includes(lang);
      const wrapper = await fixture<HTMLElement>(html`<div lang=${lang} dir=${rtl ? 'rtl' : 'ltr'} style="width: 320px">
        ${RATINGS.map(([scale, range]) => html`<care-rating scale=${scale} range=${range ?? 5}></care-rating>`)}
        <care-comment reasons=${REASONS}></care-comment>
        <care-feedback scale="nps" dismissible reasons=${REASONS} survey-id=${uniqueSurvey('narrow')}></care-feedback>
      </div>`);
      const ratings = [...wrapper.querySelectorAll<CareRating>(':scope > care-rating')];
      const card = wrapper.querySelector<CareFeedback>('care-feedback')!;
      const box = wrapper.querySelector('care-comment')!;
      await Promise.all([...ratings, box, card].map((el) => el.updateComplete));
      await rating(card).updateComplete;
      rating(card).shadowRoot!.querySelectorAll<HTMLButtonElement>('[role="radio"]')[3].click();
      await card.updateComplete;
      await comment(card).updateComplete;
      const cardFrame = card.shadowRoot!.querySelector('[part="card"]')!;

      const found: string[] = [];
      for (const width of WIDTHS) {
        wrapper.style.width = `${width}px`;
        for (const el of ratings) {
          const label = `${width}px ${el.scale}/${el.range}`;
          found.push(...faults(el, el, label), ...placementFaults(el, label, rtl));
        }
        found.push(...faults(box, box, `${width}px comment`));
        found.push(...faults(card, cardFrame, `${width}px card`));
        found.push(...placementFaults(rating(card), `${width}px card nps`, rtl));
        if (rtl) {
          const counter = box.shadowRoot!.querySelector('[part="counter"]')!.getBoundingClientRect();
          const send = box.shadowRoot!.querySelector('[part~="submit"]')!.getBoundingClientRect();
          if (!(counter.left > send.left)) found.push(`${width}px comment: the send button is not at the left`);
          const frame = cardFrame.getBoundingClientRect();
          const close = card.shadowRoot!.querySelector('[part="close"]')!.getBoundingClientRect();
          if (!(close.left - frame.left < frame.right - close.right)) found.push(`${width}px card: the close button is not at the left`);
        }
      }
      expect(found).to.deep.equal([]);
    });
  }
});

/** The characters of a text, line by line as laid out. */
function lines(text: Text): string[] {
  const range = document.createRange();
  const byLine: { top: number; characters: string }[] = [];
  const characters = [...text.data];
  let offset = 0;
  for (const character of characters) {
    range.setStart(text, offset);
    range.setEnd(text, offset + character.length);
    offset += character.length;
    const box = range.getBoundingClientRect();
    if (character.trim() === '' || box.width === 0) continue;
    const line = byLine.find((l) => Math.abs(l.top - box.top) < box.height / 2);
    if (line) line.characters += character;
    else byLine.push({ top: box.top, characters: character });
  }
  return byLine.sort((a, b) => a.top - b.top).map((l) => l.characters);
}

describe('Japanese wraps between phrases', () => {
  before(freshVisit);

  it('no heading or end label leaves a line of one or two characters ("か？" alone), from 320 to 720 px', async function () {
    this.timeout(60_000);
    const wrapper = await fixture<HTMLElement>(html`<div lang="ja" style="width: 320px">
      ${['nps', 'stars', 'thumbs'].map((scale) => html`<care-rating scale=${scale}></care-rating>`)}
      <care-comment></care-comment>
      <care-feedback scale="nps" survey-id=${uniqueSurvey('ja')}></care-feedback>
    </div>`);
    const card = wrapper.querySelector<CareFeedback>('care-feedback')!;
    const elements = [...wrapper.children] as (CareRating & HTMLElement)[];
    await Promise.all(elements.map((el) => el.updateComplete));
    await rating(card).updateComplete;
    rating(card).shadowRoot!.querySelectorAll<HTMLButtonElement>('[role="radio"]')[3].click();
    await card.updateComplete;
    await comment(card).updateComplete;
    const texts = [...deep(wrapper)]
      .filter((element) => element.matches('[part="question"], [part="label"], [part="labels"] > span'))
      .flatMap((element) => visibleTexts(element) as Text[]);
    expect(texts.length).to.be.at.least(10);
    const found: string[] = [];
    for (let width = 320; width <= 720; width += 4) {
      wrapper.style.width = `${width}px`;
      for (const text of texts) {
        const laid = lines(text);
        if (laid.length > 1 && laid.some((line) => [...line].length < 3)) found.push(`${width}px: ${laid.join(' / ')}`);
      }
    }
    expect(found).to.deep.equal([]);
  });
});
