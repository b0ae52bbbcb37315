/**
 * Privacy (contract §9): what a visitor types leaves the browser redacted. Card numbers in the formats people
 * write them in many countries are always masked, order numbers and other numbers stay, e-mail addresses and
 * phone numbers are masked when the host asks, a host function does the rest, and the DOM event's detail is
 * exactly what the collector receives.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/index.js';
import { configure, flush, type CommentData } from '../../src/index.js';
import { redact } from '../../src/client/redact.js';
import type { CareComment } from '../../src/components/comment/comment.component.js';
import type { CareFeedback } from '../../src/components/feedback/feedback.component.js';
import { type } from './browser.js';
import { captureConsole, newEndpoint, resetConfig, waitForRequests } from './helpers.js';
import { freshVisit, rating as ratingOf, uniqueSurvey } from './feedback-support.js';

/** An independent Luhn check, so the test data is proven to be what each case says it is. */
function luhnValid(digits: string): boolean {
  let sum = 0;
  [...digits].reverse().forEach((digit, i) => {
    let value = Number(digit);
    if (i % 2 === 1) value = value * 2 > 9 ? value * 2 - 9 : value * 2;
    sum += value;
  });
  return sum % 10 === 0;
}

/** The digit that makes `body` Luhn-valid when appended. */
const checkDigit = (body: string) => [...'0123456789'].find((digit) => luhnValid(body + digit))!;

/** Test numbers the card networks publish, as people write them. */
const CARDS: [network: string, written: string][] = [
  ['Visa', '4111 1111 1111 1111'],
  ['Visa, no spaces', '4012888888881881'],
  ['Visa, 13 digits', '4222222222222'],
  ['Mastercard, dashes', '5555-5555-5555-4444'],
  ['Mastercard 2-series', '2223 0031 2200 3222'],
  ['American Express, 4-6-5', '3782 822463 10005'],
  ['American Express, no spaces', '371449635398431'],
  ['Diners Club, 4-6-4', '3056 930902 5904'],
  ['Discover', '6011 1111 1111 1117'],
  ['JCB (Japan)', '3530 1113 3330 0000'],
  ['UnionPay (China)', '6200 0000 0000 0005'],
  ['UnionPay, 19 digits', `6212 3456 7890 1234 56${checkDigit('621234567890123456')}`],
  ['Maestro (Europe), 19 digits in 4s', `6759 6498 2643 8453 00${checkDigit('675964982643845300')}`],
  ['Mir (Russia)', `2200 1234 5678 901${checkDigit('220012345678901')}`],
  ['RuPay (India)', `6521 1234 5678 901${checkDigit('652112345678901')}`],
  ['Elo (Brazil)', `6362 9700 0045 701${checkDigit('636297000045701')}`],
  ['Troy (Turkey), double spaces', `9792  1234  5678  901${checkDigit('979212345678901')}`],
  ['full-width digits (Japanese input)', '４１１１ １１１１ １１１１ １１１１'],
  ['Arabic-Indic digits', '٤١١١ ١١١١ ١١١١ ١١١١'],
  ['Persian digits', '۴۱۱۱-۱۱۱۱-۱۱۱۱-۱۱۱۱'],
  ['Devanagari digits', '४१११ ११११ ११११ ११११'],
];

/** Numbers that are not card numbers: too short, too long, or failing the Luhn check. */
const NOT_CARDS: [what: string, written: string][] = [
  ['an order number failing the check', 'order 4111 1111 1111 1112'],
  ['a 16-digit reference failing the check', 'ref 1234567890123456'],
  ['12 digits', 'ticket 123456789012'],
  ['a 20-digit tracking number', 'tracking 12345678901234567893'],
  ['a date and a time', 'on 2026-11-30 at 10:30'],
  ['a price', 'charged €1 299,00 twice'],
  ['an order number with letters', 'order #A-2026-118832'],
  ['a phone number', 'call +1 555 123 4567'],
];

describe('redaction (contract §9)', () => {
  afterEach(resetConfig);

  it('the test data is what it says: every card passes the Luhn check, every order number here does not', () => {
    const latin = (text: string) => text.replace(/\p{Nd}/gu, (digit) => String((digit.codePointAt(0)! - (digit.codePointAt(0)! > 2303 && digit.codePointAt(0)! < 3584 ? 6 : 0)) % 16));
    for (const [network, written] of CARDS) {
      const digits = latin(written).replace(/\D/g, '');
      expect(digits.length, network).to.be.within(13, 19);
      expect(luhnValid(digits), network).to.equal(true);
    }
    expect(luhnValid('4111111111111112')).to.equal(false);
    expect(luhnValid('1234567890123456')).to.equal(false);
  });

  for (const [network, written] of CARDS) {
    it(`masks a card number: ${network}`, () => {
      expect(redact(`my card ${written} was charged twice`, '<care-comment>')).to.equal('my card [card number] was charged twice');
    });
  }

  for (const [what, written] of NOT_CARDS) {
    it(`leaves ${what} as typed`, () => {
      expect(redact(written, '<care-comment>')).to.equal(written);
    });
  }

  it('finds a card written next to other digits: a security code, an expiry date, a number before it', () => {
    expect(redact('4111 1111 1111 1111 123', 'x')).to.equal('[card number] 123');
    expect(redact('card 5555-5555-5555-4444 exp 12/27 cvc 737', 'x')).to.equal('card [card number] exp 12/27 cvc 737');
    expect(redact('2 4111 1111 1111 1111', 'x')).to.equal('2 [card number]');
    expect(redact('first 4111111111111111, then 5555555555554444.', 'x')).to.equal('first [card number], then [card number].');
    // A number before the card whose digits and the card's first group happen to pass the check too: the
    // whole stretch goes, never the card's last twelve digits.
    expect(redact('ref 100000007 4111 1111 1111 1111', 'x')).to.equal('ref [card number]');
    expect(redact('3782 822463 10005 4242 4242 4242 4242', 'x')).to.equal('[card number]');
  });

  it('takes any space or dash between the groups: no-break and thin spaces, en and em dashes', () => {
    for (const separator of ['\u00a0', '\u2009', '\u202f', ' – ', '—', '\u2011']) {
      const written = ['4111', '1111', '1111', '1111'].join(separator);
      expect(redact(`card ${written} ok`, 'x'), JSON.stringify(separator)).to.equal('card [card number] ok');
    }
  });

  it('masks cards always, whatever else is configured; e-mail and phone only when asked', () => {
    const text = 'Card 4111 1111 1111 1111, mail jane.doe@example.com, phone +44 20 7946 0958';
    expect(redact(text, 'x')).to.equal('Card [card number], mail jane.doe@example.com, phone +44 20 7946 0958');
    configure({ redact: ['email'] });
    expect(redact(text, 'x')).to.equal('Card [card number], mail [email], phone +44 20 7946 0958');
    configure({ redact: ['email', 'phone'] });
    expect(redact(text, 'x')).to.equal('Card [card number], mail [email], phone [phone]');
    configure({ redact: undefined });
    expect(redact(text, 'x')).to.equal('Card [card number], mail jane.doe@example.com, phone +44 20 7946 0958');
  });

  it('masks e-mail addresses in any script, and leaves what only looks like one', () => {
    configure({ redact: 'email' });
    const addresses = ['jane.doe@example.com', 'first+tag@mail.co.uk', 'josé.garcía@correo.es', '用户@例子.公司', 'иван@почта.рф', 'a_b-c@sub.example-shop.de'];
    for (const address of addresses) expect(redact(`write to ${address}, please`, 'x'), address).to.equal('write to [email], please');
    for (const text of ['ask @support on social', 'it costs 5 @ 10 each', 'user@localhost']) expect(redact(text, 'x'), text).to.equal(text);
  });

  it('masks phone numbers as written in many countries, and leaves dates, times, prices and short numbers', () => {
    configure({ redact: ['phone'] });
    const phones = [
      ['United States', '(555) 123-4567'],
      ['United States, international', '+1 555-123-4567'],
      ['United States, dots', '555.123.4567'],
      ['United Kingdom', '+44 20 7946 0958'],
      ['United Kingdom, national', '020 7946 0958'],
      ['United Kingdom, with (0)', '+44 (0)20 7946 0958'],
      ['Germany', '+49 30 12345678'],
      ['Germany, national with slash', '030/1234567'],
      ['France', '06 12 34 56 78'],
      ['France, international', '+33 6 12 34 56 78'],
      ['Spain', '612 34 56 78'],
      ['Netherlands', '06-12345678'],
      ['Japan', '03-1234-5678'],
      ['Japan, mobile', '090-1234-5678'],
      ['China', '138 0013 8000'],
      ['China, no spaces', '13800138000'],
      ['India', '+91 98765 43210'],
      ['Brazil', '(11) 91234-5678'],
      ['Australia', '+61 2 9876 5432'],
      ['Denmark, international', '+45 12 34 56 78'],
    ];
    for (const [country, phone] of phones) expect(redact(`call me on ${phone} today`, 'x'), country).to.equal('call me on [phone] today');
    const notPhones = ['on 2026-11-30', 'on 30.11.2026 at 10:30', 'at 2026-11-30 10:30', 'it cost 1 299,00', 'order 12345678', 'version 1.2.3', 'room 101'];
    for (const text of notPhones) expect(redact(text, 'x'), text).to.equal(text);
  });

  it('runs the host function after the built-in masks, in the order given', () => {
    const seen: string[] = [];
    configure({
      redact: [
        'email',
        (text) => {
          seen.push(text);
          return text.replace(/\bACME-\d+\b/g, '[account]');
        },
      ],
    });
    expect(redact('account ACME-42, jane@example.com, 4111111111111111', 'x')).to.equal('account [account], [email], [card number]');
    expect(seen).to.deep.equal(['account ACME-42, [email], [card number]']);
  });

  it('a host function that throws or returns no text is reported and skipped; the masks before it still apply', () => {
    const console = captureConsole();
    try {
      configure({
        redact: [
          () => {
            throw new Error('boom');
          },
          'email',
          (() => 42) as unknown as (text: string) => string,
          () => '',
          () => {
            throw Object.create(null); // cannot even be turned into a string
          },
          () => {
            throw Symbol('odd');
          },
        ],
      });
      expect(redact('me@example.com 4111111111111111', '<care-comment>')).to.equal('[email] [card number]');
      expect(console.errors).to.have.length(5);
      expect(console.errors[0]).to.include('<care-comment>').and.include('boom');
      expect(console.errors[1]).to.include('<care-comment>').and.include('42');
      expect(console.errors[2]).to.include('<care-comment>').and.include('""');
      expect(console.errors[3]).to.include('<care-comment>').and.include('{}');
      expect(console.errors[4]).to.include('<care-comment>').and.include('Symbol(odd)');
    } finally {
      console.restore();
    }
  });

  it('refuses a bad redact option with one console error naming it, keeping what was there', () => {
    configure({ redact: ['email'] });
    const console = captureConsole();
    try {
      for (const bad of ['emails', ['email', 'ssn'], 42, { email: true }]) configure({ redact: bad as never });
      expect(console.errors).to.have.length(4);
      expect(console.errors[0]).to.include('configure() redact "emails" refused');
      expect(console.errors[1]).to.include('["email","ssn"]');
    } finally {
      console.restore();
    }
    expect(redact('a@example.com', 'x')).to.equal('[email]');
  });

  it('the comment the visitor sends is redacted in the DOM event and on the wire alike, and stays within maxlength', async () => {
    const { endpoint, bucket } = newEndpoint();
    configure({ redact: ['email', 'phone'] });
    const el = await fixture<CareComment>(html`<care-comment endpoint=${endpoint} maxlength="60"></care-comment>`);
    el.shadowRoot!.querySelector('textarea')!.focus();
    await type('Card 4111 1111 1111 1111 mail a@b.io call 555 123 4567 ok');
    setTimeout(() => el.shadowRoot!.querySelector<HTMLElement>('[part="submit"]')!.click());
    const { detail } = (await oneEvent(el, 'care-comment')) as CustomEvent<CommentData>;
    expect(detail.text).to.equal('Card [card number] mail [email] call [phone] ok');
    await flush();
    const [request] = await waitForRequests(bucket, 1);
    expect(request.body.data).to.deep.equal(detail);
    expect(request.schemaErrors).to.deep.equal([]);
  });

  it('masks that outgrow the text are cut to maxlength, so the answer still fits its schema', async () => {
    configure({ redact: ['email'] });
    const el = await fixture<CareComment>(html`<care-comment maxlength="10"></care-comment>`);
    el.shadowRoot!.querySelector('textarea')!.focus();
    await type('a@b.co x');
    setTimeout(() => el.shadowRoot!.querySelector<HTMLElement>('[part="submit"]')!.click());
    const { detail } = (await oneEvent(el, 'care-comment')) as CustomEvent<CommentData>;
    expect(detail.text).to.equal('[email] x');
    expect(detail.text.length).to.be.at.most(10);
  });

  it('<care-feedback> hands the redacted comment to care-complete too', async () => {
    freshVisit();
    const el = await fixture<CareFeedback>(html`<care-feedback survey-id=${uniqueSurvey()}></care-feedback>`);
    const rating = ratingOf(el);
    await rating.updateComplete;
    rating.shadowRoot!.querySelectorAll<HTMLButtonElement>('[role="radio"]')[1].click();
    await el.updateComplete;
    const comment = el.shadowRoot!.querySelector<CareComment>('care-comment')!;
    await comment.updateComplete;
    comment.shadowRoot!.querySelector('textarea')!.focus();
    await type('refund to 4111-1111-1111-1111');
    setTimeout(() => comment.shadowRoot!.querySelector<HTMLElement>('[part="submit"]')!.click());
    const { detail } = (await oneEvent(el, 'care-complete')) as CustomEvent<{ comment: CommentData }>;
    expect(detail.comment.text).to.equal('refund to [card number]');
  });

  it('property: a card number after any other number, grouped any way, never leaves a digit of itself behind', () => {
    const card = fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 15, maxLength: 15 }).map((digits) => {
      const body = digits.join('');
      return body + checkDigit(body);
    });
    const before = fc.stringMatching(/^\d{1,15}$/);
    fc.assert(
      fc.property(before, card, fc.constantFrom(' ', '-', '\u00a0'), (number, digits, separator) => {
        const written = digits.match(/.{4}/g)!.join(separator);
        const out = redact(`ref ${number} ${written} thanks`, 'x');
        expect(out.endsWith('[card number] thanks'), out).to.equal(true);
        expect(out.replace(/\D/g, ''), out).not.to.include(digits.slice(4));
      }),
      { numRuns: 300 }
    );
  });

  it('property: a Luhn-valid card number, grouped any way, among any words, never survives', () => {
    const card = fc
      .tuple(fc.integer({ min: 12, max: 18 }), fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 18, maxLength: 18 }))
      .map(([length, digits]) => {
        const body = digits.slice(0, length).join('');
        return body + checkDigit(body);
      });
    const grouping = fc.array(fc.constantFrom('', ' ', '-', '  '), { minLength: 19, maxLength: 19 });
    const words = fc.stringMatching(/^[A-Za-zÀ-ÿ ,.!?]{0,30}$/);
    fc.assert(
      fc.property(words, card, grouping, words, (before, digits, separators, after) => {
        const written = [...digits].map((digit, i) => (i ? separators[i] : '') + digit).join('');
        const out = redact(`${before} ${written} ${after}`, 'x');
        expect(out.replace(/\D/g, '')).not.to.include(digits);
        expect(out).to.equal(`${before} [card number] ${after}`);
      }),
      { numRuns: 300 }
    );
  });

  it('property: text without a card, e-mail or phone comes out exactly as typed', () => {
    configure({ redact: ['email', 'phone'] });
    const digitsFailingLuhn = fc.stringMatching(/^\d{1,19}$/).filter((digits) => digits.length < 13 || !luhnValid(digits));
    // Words of several scripts, each followed by a number of up to 8 digits (a quantity, a date, an order).
    const word = fc.stringMatching(/^[A-Za-zÀ-ÿЀ-ӿ一-龥][A-Za-zÀ-ÿЀ-ӿ一-龥 ,.!?]{0,11}$/);
    const shortNumber = fc.stringMatching(/^\d{1,8}$/);
    const text = fc.array(fc.tuple(word, shortNumber), { minLength: 1, maxLength: 6 }).map((pairs) => pairs.map((pair) => pair.join(' ')).join(' '));
    fc.assert(
      fc.property(text, (typed) => {
        expect(redact(typed, 'x')).to.equal(typed);
      }),
      { numRuns: 300 }
    );
    configure({ redact: [] });
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z ]{0,10}$/), digitsFailingLuhn, (words, digits) => {
        expect(redact(`${words} ${digits}`, 'x')).to.equal(`${words} ${digits}`);
      }),
      { numRuns: 300 }
    );
  });
});
