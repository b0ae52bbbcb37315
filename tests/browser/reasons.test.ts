/**
 * Issue 22, reasons after the score (contract §3 "Reasons, precisely", §5): `reasons` on `<care-comment>` and the
 * band forms on `<care-feedback>`, as toggle chips in a checkbox group above the text box, and `reasons` in the
 * sent `care.feedback.comment.v1` (validated by the shipped schema at a real local endpoint).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { press } from './browser.js';
import '../../src/index.js';
import { registerTranslation } from '../../src/index.js';
import type { CommentData } from '../../src/types.js';
import type { CareComment } from '../../src/components/comment/comment.component.js';
import type { CareFeedback } from '../../src/components/feedback/feedback.component.js';
import type { Translation } from '../../src/translations/translation.js';
import { captureConsole, newEndpoint, resetConfig, waitForRequests } from './helpers.js';
import { comment, freshVisit, option, rating, uniqueSurvey } from './feedback-support.js';

const packs: Translation[] = await Promise.all(
  ['de', 'ja', 'ar'].map(async (code) => (await import(`../../src/translations/${code}.ts`)).default as Translation),
);
registerTranslation(...packs);

const chips = (el: CareComment) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="reason"]')];
const labels = (el: CareComment) => chips(el).map((chip) => chip.textContent!.trim());
const group = (el: CareComment) => el.shadowRoot!.querySelector<HTMLElement>('[part="reasons"]')!;
const submit = (el: CareComment) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="submit"]')!;
const textarea = (el: CareComment) => el.shadowRoot!.querySelector('textarea')!;

async function write(el: CareComment, text: string) {
  textarea(el).value = text;
  textarea(el).dispatchEvent(new InputEvent('input'));
  await el.updateComplete;
}

async function choose(el: CareComment, ...indexes: number[]) {
  for (const index of indexes) chips(el)[index].click();
  await el.updateComplete;
}

/** Submits and returns the DOM event's detail and the request the endpoint received. */
async function send(el: CareComment, bucket: string) {
  const heard = new Promise<CommentData>((resolve) => el.addEventListener('care-comment', (e) => resolve(e.detail), { once: true }));
  submit(el).click();
  const detail = await heard;
  const [request] = await waitForRequests(bucket, 1);
  return { detail, request };
}

describe('reasons: parsing the attribute and the property', () => {
  afterEach(resetConfig);

  it('reads `Label` and `key=Label`, trims, and takes `\\|` as a literal `|`', async () => {
    const el = await fixture<CareComment>(html`<care-comment reasons="Price | delivery=Delivery \\| returns|support=Help = support"></care-comment>`);
    expect(labels(el)).to.deep.equal(['Price', 'Delivery | returns', 'Help = support']);
    const { endpoint, bucket } = newEndpoint();
    el.endpoint = endpoint;
    await choose(el, 0, 1, 2);
    const { detail } = await send(el, bucket);
    expect(detail.reasons).to.deep.equal(['Price', 'delivery', 'support']);
  });

  it('takes an array as the property, each item `Label` or `key=Label`', async () => {
    const el = await fixture<CareComment>(html`<care-comment .reasons=${['price=Price', 'A | B']}></care-comment>`);
    expect(labels(el)).to.deep.equal(['Price', 'A | B']);
  });

  it('more than 8 reasons: one console error naming the element and the value, the first 8 kept', async () => {
    const value = 'a|b|c|d|e|f|g|h|i|j';
    const log = captureConsole();
    try {
      const el = await fixture<CareComment>(html`<care-comment reasons=${value}></care-comment>`);
      el.requestUpdate();
      await el.updateComplete;
      expect(labels(el)).to.deep.equal(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']);
      expect(log.errors).to.have.length(1);
      expect(log.errors[0]).to.contain('<care-comment> reasons').and.contain(JSON.stringify(value));
    } finally {
      log.restore();
    }
  });

  it('a reason over 100 characters, or empty, is left out with one console error; the valid ones are kept', async () => {
    const long = 'x'.repeat(101);
    const value = `Price||${long}|key=${'y'.repeat(100)}|${'k'.repeat(101)}=Too long a key|Delivery`;
    const log = captureConsole();
    try {
      const el = await fixture<CareComment>(html`<care-comment reasons=${value}></care-comment>`);
      expect(labels(el)).to.deep.equal(['Price', 'y'.repeat(100), 'Delivery']);
      expect(log.errors).to.have.length(1);
      expect(log.errors[0]).to.contain('<care-comment> reasons').and.contain(long);
    } finally {
      log.restore();
    }
  });

  it('an empty attribute offers none, silently: no group, and no `reasons` in the event', async () => {
    const log = captureConsole();
    try {
      const { endpoint, bucket } = newEndpoint();
      const el = await fixture<CareComment>(html`<care-comment reasons="" endpoint=${endpoint}></care-comment>`);
      expect(el.shadowRoot!.querySelector('[role="group"]')).to.equal(null);
      await write(el, 'Fine');
      const { detail, request } = await send(el, bucket);
      expect('reasons' in detail).to.equal(false);
      expect('reasons' in (request.body.data as CommentData)).to.equal(false);
      expect(log.errors).to.deep.equal([]);
    } finally {
      log.restore();
    }
  });
});

describe('reasons: what is sent', () => {
  afterEach(resetConfig);

  it('the chosen keys in the order shown, validated by the shipped schema; the text may be empty', async () => {
    const { endpoint, bucket } = newEndpoint();
    const el = await fixture<CareComment>(html`<care-comment survey-id="checkout" endpoint=${endpoint}
      reasons="price=Price|delivery=Delivery|support=Support"></care-comment>`);
    expect(submit(el).getAttribute('aria-disabled'), 'nothing to send yet').to.equal('true');
    await choose(el, 2, 0);
    expect(submit(el).getAttribute('aria-disabled'), 'a reason is enough').to.equal('false');
    const { detail, request } = await send(el, bucket);
    expect(detail).to.deep.include({ text: '', reasons: ['price', 'support'], surveyId: 'checkout' });
    expect(request.body.type).to.equal('care.feedback.comment.v1');
    expect(request.body.data).to.deep.equal(detail);
    expect(request.schemaErrors).to.deep.equal([]);
  });

  it('`[]` when reasons were offered and none was chosen; a chip chosen twice is not chosen', async () => {
    const { endpoint, bucket } = newEndpoint();
    const el = await fixture<CareComment>(html`<care-comment reasons="Price|Delivery" endpoint=${endpoint}></care-comment>`);
    await choose(el, 1, 1);
    expect(submit(el).getAttribute('aria-disabled')).to.equal('true');
    await write(el, 'Just a note');
    const { detail, request } = await send(el, bucket);
    expect(detail.reasons).to.deep.equal([]);
    expect((request.body.data as CommentData).reasons).to.deep.equal([]);
    expect(request.schemaErrors).to.deep.equal([]);
  });

  it('redacts the text, never the host\'s reasons', async () => {
    const card = '4242 4242 4242 4242';
    const { endpoint, bucket } = newEndpoint();
    const el = await fixture<CareComment>(html`<care-comment reasons=${`card ${card}`} endpoint=${endpoint}></care-comment>`);
    await choose(el, 0);
    await write(el, `charged twice on ${card}`);
    const { detail } = await send(el, bucket);
    expect(detail.text).to.equal('charged twice on [card number]');
    expect(detail.reasons).to.deep.equal([`card ${card}`]);
  });
});

describe('reasons: keyboard and assistive technology', () => {
  afterEach(resetConfig);

  it('a checkbox group labelled by the question, each chip a checkbox named by its label; axe clean', async () => {
    const el = await fixture<CareComment>(html`<care-comment reasons="price=Price|Delivery"></care-comment>`);
    await expect(el).to.be.accessible();
    const labelledBy = group(el).getAttribute('aria-labelledby')!;
    expect(group(el).getAttribute('role')).to.equal('group');
    expect(el.shadowRoot!.getElementById(labelledBy)!.textContent!.trim()).to.equal("What's the main reason?");
    for (const chip of chips(el)) {
      expect(chip.getAttribute('role')).to.equal('checkbox');
      expect(chip.getAttribute('aria-checked')).to.equal('false');
      expect(chip.hasAttribute('aria-label'), 'named by its text').to.equal(false);
    }
    await choose(el, 1);
    expect(chips(el).map((chip) => chip.getAttribute('aria-checked'))).to.deep.equal(['false', 'true']);
    expect(chips(el)[1].getAttribute('part')).to.equal('reason reason-selected');
    await expect(el).to.be.accessible();
  });

  it('reasons-question replaces the group\'s label, and the default follows the closest lang', async () => {
    const own = await fixture<CareComment>(html`<care-comment reasons="a" reasons-question="Why?"></care-comment>`);
    expect(own.shadowRoot!.querySelector('[part="reasons-question"]')!.textContent).to.equal('Why?');
    for (const [lang, text] of [['de', 'Was ist der Hauptgrund?'], ['ja', '主な理由は何ですか？'], ['ar', 'ما السبب الرئيسي؟']]) {
      const el = await fixture<CareComment>(html`<care-comment lang=${lang} reasons="a"></care-comment>`);
      expect(el.shadowRoot!.querySelector('[part="reasons-question"]')!.textContent, lang).to.equal(text);
    }
  });

  it('Tab goes to each chip in turn, then to the text box; Space toggles a chip', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div><button id="before">before</button>
      <care-comment reasons="Price|Delivery"></care-comment></div>`);
    const el = wrapper.querySelector<CareComment>('care-comment')!;
    await el.updateComplete;
    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
    await press('Tab');
    expect(el.shadowRoot!.activeElement).to.equal(chips(el)[0]);
    await press('Space');
    await el.updateComplete;
    expect(chips(el)[0].getAttribute('aria-checked')).to.equal('true');
    await press('Tab');
    expect(el.shadowRoot!.activeElement).to.equal(chips(el)[1]);
    await press('Space');
    await press('Space');
    await el.updateComplete;
    expect(chips(el).map((chip) => chip.getAttribute('aria-checked'))).to.deep.equal(['true', 'false']);
    await press('Tab');
    expect(el.shadowRoot!.activeElement).to.equal(textarea(el));
  });

  it('a chosen chip shows a check mark (not colour alone); its room is kept when not chosen, so nothing moves', async () => {
    const el = await fixture<CareComment>(html`<care-comment reasons="Price|Delivery"></care-comment>`);
    const mark = (chip: Element) => getComputedStyle(chip, '::before');
    const before = chips(el).map((chip) => chip.getBoundingClientRect().width);
    expect(mark(chips(el)[0]).visibility).to.equal('hidden');
    await choose(el, 0);
    expect(mark(chips(el)[0]).content).to.contain('\u2713');
    expect(mark(chips(el)[0]).visibility).to.equal('visible');
    expect(chips(el).map((chip) => chip.getBoundingClientRect().width)).to.deep.equal(before);
  });
});

describe('reasons: layout', () => {
  afterEach(() => {
    document.documentElement.style.fontSize = '';
  });

  it('each chip is at least 44 × 44 CSS px with a root font of 10 px', async () => {
    document.documentElement.style.fontSize = '10px';
    const el = await fixture<CareComment>(html`<care-comment reasons="a|b|OK"></care-comment>`);
    for (const chip of chips(el)) {
      const { width, height } = chip.getBoundingClientRect();
      expect(width, chip.textContent!).to.be.at.least(44);
      expect(height, chip.textContent!).to.be.at.least(44);
    }
  });

  const REASONS: Record<string, { dir: 'ltr' | 'rtl'; reasons: string }> = {
    en: { dir: 'ltr', reasons: 'price=Price|delivery=Delivery took too long|support=Support|site=The website is hard to use|other=Something else' },
    de: { dir: 'ltr', reasons: 'price=Preis|delivery=Die Lieferung hat zu lange gedauert|support=Kundendienst|site=Die Website ist schwer zu bedienen|other=Etwas anderes' },
    ja: { dir: 'ltr', reasons: 'price=価格|delivery=配送に時間がかかりすぎた|support=サポート|site=ウェブサイトが使いにくい|other=その他' },
    ar: { dir: 'rtl', reasons: 'price=السعر|delivery=استغرق التوصيل وقتًا طويلًا|support=الدعم|site=يصعب استخدام الموقع|other=سبب آخر' },
  };

  for (const [lang, { dir, reasons }] of Object.entries(REASONS)) {
    it(`${lang}: from 320 to 720 px the chips wrap into rows that run edge to edge, nothing overflows${dir === 'rtl' ? ', mirrored' : ''}`, async () => {
      const wrapper = await fixture<HTMLElement>(html`<div lang=${lang} dir=${dir} style="width: 320px">
        <care-comment reasons=${reasons}></care-comment></div>`);
      const el = wrapper.querySelector<CareComment>('care-comment')!;
      await el.updateComplete;
      const found: string[] = [];
      for (let width = 320; width <= 720; width += 50) {
        wrapper.style.width = `${width}px`;
        const area = group(el).getBoundingClientRect();
        const boxes = chips(el).map((chip) => chip.getBoundingClientRect());
        const rows: DOMRect[][] = [];
        for (const box of boxes) {
          const row = rows.find((r) => Math.abs(r[0].top - box.top) < 1);
          if (row) row.push(box);
          else rows.push([box]);
        }
        for (const [index, row] of rows.entries()) {
          const start = dir === 'rtl' ? Math.max(...row.map((b) => b.right)) : Math.min(...row.map((b) => b.left));
          const end = dir === 'rtl' ? Math.min(...row.map((b) => b.left)) : Math.max(...row.map((b) => b.right));
          if (Math.abs(start - (dir === 'rtl' ? area.right : area.left)) > 1) found.push(`${width}px row ${index}: does not start at the start edge`);
          if (Math.abs(end - (dir === 'rtl' ? area.left : area.right)) > 1) found.push(`${width}px row ${index}: does not reach the end edge`);
          // In the reading direction: in a right-to-left row each chip is left of the one before.
          for (let i = 1; i < row.length; i++) {
            if (dir === 'rtl' ? row[i].right > row[i - 1].left + 1 : row[i].left < row[i - 1].right - 1) found.push(`${width}px row ${index}: not in reading order`);
          }
        }
        for (const [index, chip] of chips(el).entries()) {
          const box = boxes[index];
          if (box.left < area.left - 0.5 || box.right > area.right + 0.5) found.push(`${width}px chip ${index} overflows the group`);
          if (chip.scrollWidth > chip.clientWidth + 1) found.push(`${width}px chip ${index}: its text overflows`);
          if (box.height < 44 - 0.5 || box.width < 44 - 0.5) found.push(`${width}px chip ${index}: a ${box.width}×${box.height} target`);
        }
        if (width >= 700 && rows.length >= boxes.length) found.push(`${width}px: one chip a row, no wrapping at all`);
      }
      expect(found).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });
  }
});

describe('reasons in <care-feedback>: by the rating\'s band', () => {
  before(freshVisit);
  afterEach(resetConfig);

  const offered = (el: CareFeedback) => labels(comment(el));

  async function rate(el: CareFeedback, index: number) {
    await rating(el).updateComplete;
    option(el, index).click();
    await el.updateComplete;
    await comment(el).updateComplete;
  }

  for (const [index, band, expected] of [[3, 'negative', ['Slow', 'Price']], [9, 'positive', ['Design', 'Speed']], [7, 'neutral', ['Other']]] as const) {
    it(`NPS ${index} (${band}) offers the ${band === 'neutral' ? '`reasons`' : `\`reasons-${band}\``}`, async () => {
      const el = await fixture<CareFeedback>(html`<care-feedback scale="nps" survey-id=${uniqueSurvey('reasons')}
        reasons="other=Other" reasons-negative="slow=Slow|price=Price" reasons-positive="design=Design|speed=Speed"></care-feedback>`);
      await rate(el, index);
      expect(offered(el)).to.deep.equal(expected);
    });
  }

  it('`reasons` serves a band without its own; a changed rating changes the reasons, keeping a choice offered in both', async () => {
    const el = await fixture<CareFeedback>(html`<care-feedback scale="stars" survey-id=${uniqueSurvey('reasons')}
      reasons="price=Price|other=Other" reasons-positive="price=Price|design=Design"></care-feedback>`);
    await rate(el, 0);
    expect(offered(el)).to.deep.equal(['Price', 'Other']);
    await choose(comment(el), 0, 1);
    await rate(el, 4);
    expect(offered(el)).to.deep.equal(['Price', 'Design']);
    expect(chips(comment(el)).map((chip) => chip.getAttribute('aria-checked'))).to.deep.equal(['true', 'false']);
  });

  it('sends the chosen reasons with the card\'s responseId, text empty, validated by the shipped schema; axe clean', async () => {
    const { endpoint, bucket } = newEndpoint();
    const el = await fixture<CareFeedback>(html`<care-feedback scale="thumbs" survey-id=${uniqueSurvey('reasons')} endpoint=${endpoint}
      reasons-question="What went wrong?" reasons-negative="slow=Too slow|price=Too expensive"></care-feedback>`);
    await rate(el, 0);
    const box = comment(el);
    expect(box.shadowRoot!.querySelector('[part="reasons-question"]')!.textContent).to.equal('What went wrong?');
    await choose(box, 1);
    await expect(el).to.be.accessible();
    const completed = new Promise<CustomEvent>((resolve) => el.addEventListener('care-complete', (e) => resolve(e as CustomEvent), { once: true }));
    submit(box).click();
    const { detail } = await completed;
    expect(detail.comment.reasons).to.deep.equal(['price']);
    const requests = await waitForRequests(bucket, 3);
    const sent = requests.find((r) => r.body.type === 'care.feedback.comment.v1')!;
    expect(sent.body.data).to.deep.include({ text: '', reasons: ['price'], responseId: el.responseId });
    expect(requests.flatMap((r) => r.schemaErrors)).to.deep.equal([]);
  });

  it('a bad band form is reported as the card\'s attribute, once, and its valid reasons are kept', async () => {
    const log = captureConsole();
    try {
      const el = await fixture<CareFeedback>(html`<care-feedback scale="nps" survey-id=${uniqueSurvey('reasons')}
        reasons-negative=${`ok|${'x'.repeat(101)}`}></care-feedback>`);
      await rate(el, 0);
      await rate(el, 1);
      expect(offered(el)).to.deep.equal(['ok']);
      const mine = log.errors.filter((error) => error.includes('reasons'));
      expect(mine).to.have.length(1);
      expect(mine[0]).to.contain('<care-feedback> reasons-negative');
    } finally {
      log.restore();
    }
  });

  it('exports the chips\' parts', async () => {
    const el = await fixture<CareFeedback>(html`<care-feedback scale="thumbs" survey-id=${uniqueSurvey('reasons')} reasons="a|b"></care-feedback>`);
    const style = document.createElement('style');
    style.textContent = 'care-feedback::part(reason) { outline: 5px solid rgb(1, 2, 3); }';
    document.head.append(style);
    try {
      await rate(el, 1);
      expect(getComputedStyle(chips(comment(el))[0]).outlineColor).to.equal('rgb(1, 2, 3)');
    } finally {
      style.remove();
    }
  });
});
