import { expect, fixture, html, nextFrame, oneEvent } from '@open-wc/testing';
import '../../src/index.js';
import { registerTranslation, type RatingData } from '../../src/index.js';
import type { CareRating } from '../../src/components/rating/rating.component.js';
import type { CareComment } from '../../src/components/comment/comment.component.js';
import type { CareFeedback } from '../../src/components/feedback/feedback.component.js';
import en from '../../src/translations/en.js';
import de from '../../src/translations/de.js';
import ar from '../../src/translations/ar.js';
import fa from '../../src/translations/fa.js';
import he from '../../src/translations/he.js';
import pl from '../../src/translations/pl.js';
import pt from '../../src/translations/pt.js';
import ru from '../../src/translations/ru.js';
import zhHans from '../../src/translations/zh-Hans.js';
import zhHant from '../../src/translations/zh-Hant.js';
import nb from '../../src/translations/nb.js';
import { card, comment, endEntrance, freshVisit, opened, rating, uniqueSurvey } from './feedback-support.js';
import { press } from './browser.js';

// As `import 'care-feedback/locales/<code>'` does for npm users.
registerTranslation(de, ar, fa, he, pl, pt, ru, zhHans, zhHant, nb);

const question = (el: CareRating) => el.shadowRoot!.querySelector('[part="question"]')!.textContent!.trim();
const radios = (el: CareRating) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[role="radio"]')];
const counter = (el: CareComment) => el.shadowRoot!.querySelector('[part="counter"]')!.textContent!.trim();
const textarea = (el: CareComment) => el.shadowRoot!.querySelector('textarea')!;

/** Sets `lang` on the document for one test. */
async function withPageLang(lang: string, test: () => Promise<void>): Promise<void> {
  const before = document.documentElement.lang;
  document.documentElement.lang = lang;
  try {
    await test();
  } finally {
    document.documentElement.lang = before;
  }
}

describe('languages: which one an element speaks', () => {
  const cases: [string, string][] = [
    ['de', de.npsQuestion],
    ['de-AT', de.npsQuestion],
    ['pt-BR', pt.npsQuestion],
    ['zh-CN', zhHans.npsQuestion],
    ['zh', zhHans.npsQuestion],
    ['zh-TW', zhHant.npsQuestion],
    ['zh-Hant-HK', zhHant.npsQuestion],
    ['ar-EG', ar.npsQuestion],
    ['en-GB', en.npsQuestion],
    // Norwegian: Bokmål for the macrolanguage and for Nynorsk, whose readers read Bokmål.
    ['nb', nb.npsQuestion],
    ['no', nb.npsQuestion],
    ['no-NO', nb.npsQuestion],
    ['nn', nb.npsQuestion],
    ['nn-NO', nb.npsQuestion],
    // A POSIX locale, as some sites write their lang.
    ['de_DE', de.npsQuestion],
    ['zh_TW', zhHant.npsQuestion],
    ['tlh', en.npsQuestion], // no translation: English
    ['not a tag!', en.npsQuestion],
  ];
  for (const [lang, expected] of cases) {
    it(`lang="${lang}" speaks ${expected === en.npsQuestion ? 'English' : 'its match by BCP 47'}`, async () => {
      const wrapper = await fixture(html`<div lang=${lang}><care-rating scale="nps"></care-rating></div>`);
      const el = wrapper.querySelector('care-rating')!;
      await el.updateComplete;
      expect(question(el)).to.equal(expected);
    });
  }

  it('without any lang it speaks English, not the browser language, and reports locale "en"', async () => {
    await withPageLang('', async () => {
      const el = await fixture<CareRating>(html`<care-rating scale="thumbs"></care-rating>`);
      expect(question(el)).to.equal(en.thumbsQuestion);
      const rated = oneEvent(el, 'care-rate');
      radios(el)[1].click();
      expect(((await rated) as CustomEvent<RatingData>).detail.locale).to.equal('en');
    });
  });

  it('reports the language it spoke as locale: the lang it matched, or "en" when it fell back', async () => {
    const wrapper = await fixture(html`<div>
      <care-rating lang="de-CH" scale="thumbs"></care-rating><care-rating lang="tlh" scale="thumbs"></care-rating>
    </div>`);
    const [swiss, klingon] = wrapper.querySelectorAll('care-rating');
    const locales: string[] = [];
    for (const el of [swiss, klingon]) {
      await el.updateComplete;
      const rated = oneEvent(el, 'care-rate');
      radios(el)[0].click();
      locales.push(((await rated) as CustomEvent<RatingData>).detail.locale);
    }
    expect(locales).to.deep.equal(['de-CH', 'en']);
  });

  it('lang="de_DE" is read as de-DE: German, numbers formatted in German, locale "de-DE" in the event', async () => {
    const el = await fixture<CareRating>(html`<care-rating lang="de_DE" scale="numbers" range="10"></care-rating>`);
    expect(question(el)).to.equal(de.satisfactionQuestion);
    expect(radios(el)[9].getAttribute('aria-label')).to.equal(de.pointOf.replace('{value}', '10').replace('{max}', '10'));
    const rated = oneEvent(el, 'care-rate');
    radios(el)[0].click();
    expect(((await rated) as CustomEvent<RatingData>).detail.locale).to.equal('de-DE');
  });

  it('a lang tag longer than a CloudEvent locale may be is reported cut to its 35 characters, and still delivered', async () => {
    const tag = 'de-DE-u-co-phonebk-ca-gregory-nu-latn';
    const el = await fixture<CareRating>(html`<care-rating lang=${tag} scale="thumbs"></care-rating>`);
    expect(question(el)).to.equal(de.thumbsQuestion);
    const rated = oneEvent(el, 'care-rate');
    radios(el)[1].click();
    const { locale } = ((await rated) as CustomEvent<RatingData>).detail;
    expect(locale).to.equal(tag.slice(0, 35));
    expect(locale.length).to.be.at.most(35);
  });

  it('a long tag whose 35 characters end mid-subtag still renders numbers in the language (only the copy in the event is cut)', async () => {
    const tag = 'de-DE-x-aaaaaaaa-bbbbbbbb-cccccccc-dd'; // cut at 35: "…-cccccccc-", which Intl refuses
    const el = await fixture<CareRating>(html`<care-rating lang=${tag} scale="numbers" range="10"></care-rating>`);
    expect(question(el)).to.equal(de.satisfactionQuestion);
    expect(radios(el)).to.have.length(10);
    const rated = oneEvent(el, 'care-rate');
    radios(el)[9].click();
    expect(((await rated) as CustomEvent<RatingData>).detail.locale).to.equal(tag.slice(0, 35));
  });

  it('looks through shadow roots to the closest lang, and inner elements follow their card', async () => {
    const host = await fixture(html`<div lang="ru"></div>`);
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<section lang="pl"><care-feedback scale="stars"></care-feedback></section>';
    const el = shadow.querySelector('care-feedback')!;
    await el.updateComplete;
    await rating(el).updateComplete;
    expect(question(rating(el))).to.equal(pl.satisfactionQuestion);
  });
});

describe('languages: switching live', () => {
  beforeEach(freshVisit);

  it('changing <html lang> re-renders within a frame, keeping the chosen value', async () => {
    await withPageLang('en', async () => {
      const el = await fixture<CareRating>(html`<care-rating scale="stars" value="4"></care-rating>`);
      document.documentElement.lang = 'de';
      await nextFrame();
      expect(question(el)).to.equal(de.satisfactionQuestion);
      expect(radios(el)[3].getAttribute('aria-label')).to.equal('4 Sterne');
      expect(el.value).to.equal(4);
      expect(radios(el)[3].getAttribute('aria-checked')).to.equal('true');
    });
  });

  it('changing lang on an ancestor or on the element itself re-renders it; removing it goes back', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div lang="en"><care-rating scale="thumbs"></care-rating></div>`);
    const el = wrapper.querySelector('care-rating')!;
    await el.updateComplete;
    wrapper.lang = 'ru';
    await nextFrame();
    expect(question(el)).to.equal(ru.thumbsQuestion);
    el.lang = 'pt';
    await nextFrame();
    expect(question(el)).to.equal(pt.thumbsQuestion);
    el.removeAttribute('lang');
    await nextFrame();
    expect(question(el)).to.equal(ru.thumbsQuestion);
  });

  it('a lang change inside a shadow root reaches the elements there', async () => {
    const host = await fixture(html`<div></div>`);
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<section lang="en"><care-rating scale="thumbs"></care-rating></section>';
    const el = shadow.querySelector('care-rating')!;
    await el.updateComplete;
    shadow.querySelector('section')!.lang = 'zh-TW';
    await nextFrame();
    expect(question(el)).to.equal(zhHant.thumbsQuestion);
  });

  it('mid-conversation: the card keeps its stage, rating and typed text; the next event carries the new locale', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div lang="en"><care-feedback scale="nps" survey-id=${uniqueSurvey()}></care-feedback></div>`);
    const el = wrapper.querySelector<CareFeedback>('care-feedback')!;
    await el.updateComplete;
    await rating(el).updateComplete;
    radios(rating(el))[9].click();
    await el.updateComplete;
    const box = comment(el);
    await box.updateComplete;
    textarea(box).focus();
    textarea(box).value = 'Schneller';
    textarea(box).dispatchEvent(new InputEvent('input'));

    wrapper.lang = 'de';
    await nextFrame();
    expect(box.shadowRoot!.querySelector('label')!.textContent!.trim()).to.equal(de.commentQuestion);
    expect(question(rating(el))).to.equal(de.npsQuestion);
    expect(textarea(box).value).to.equal('Schneller');
    expect(rating(el).value).to.equal(9);
    const commented = oneEvent(el, 'care-comment');
    box.shadowRoot!.querySelector<HTMLButtonElement>('[part~="submit"]')!.click();
    const { detail } = (await commented) as CustomEvent<{ locale: string; text: string }>;
    expect(detail).to.include({ locale: 'de', text: 'Schneller' });
  });

  it('a language registered after the elements rendered shows at once', async () => {
    const wrapper = await fixture(html`<div lang="eo"><care-rating scale="thumbs"></care-rating></div>`);
    const el = wrapper.querySelector('care-rating')!;
    await el.updateComplete;
    expect(question(el)).to.equal(en.thumbsQuestion);
    registerTranslation({ ...en, $code: 'eo', thumbsQuestion: 'Ĉu tio helpis?' });
    await nextFrame();
    expect(question(el)).to.equal('Ĉu tio helpis?');
  });
});

describe('languages: numbers and plurals', () => {
  it('writes numbers as the language does (Intl.NumberFormat), on the options and in their names', async () => {
    for (const lang of ['ar', 'fa']) {
      const wrapper = await fixture(html`<div lang=${lang}><care-rating scale="nps"></care-rating></div>`);
      const el = wrapper.querySelector('care-rating')!;
      await el.updateComplete;
      const number = new Intl.NumberFormat(lang);
      expect(radios(el).map((r) => r.textContent!.trim()), lang).to.deep.equal([...Array(11).keys()].map((n) => number.format(n)));
      const t = lang === 'ar' ? ar : fa;
      expect(radios(el)[9].getAttribute('aria-label')).to.equal(
        t.pointOf.replace('{value}', number.format(9)).replace('{max}', number.format(10))
      );
    }
  });

  it('the counter takes the plural form Intl.PluralRules picks, in Russian, Polish and Arabic', async () => {
    const packs = { ru, pl, ar };
    for (const [lang, t] of Object.entries(packs)) {
      const rules = new Intl.PluralRules(lang);
      const number = new Intl.NumberFormat(lang);
      // Counts chosen so that each category the language has shows up (Arabic: 0 1 2 3 11 100).
      for (const left of [0, 1, 2, 3, 5, 11, 21, 22, 100]) {
        const el = await fixture<CareComment>(html`<care-comment lang=${lang} maxlength=${left || 1}></care-comment>`);
        if (left === 0) {
          textarea(el).value = 'x';
          textarea(el).dispatchEvent(new InputEvent('input'));
          await el.updateComplete;
        }
        const form = t.charactersLeft[rules.select(left)] ?? t.charactersLeft.other;
        expect(counter(el), `${lang} ${left}`).to.equal(form.replace('{count}', number.format(left)));
      }
    }
    // The counts above meet different texts in each language, so the test tells the forms apart.
    const texts = (t: typeof ru, lang: string, counts: number[]) =>
      new Set(counts.map((n) => t.charactersLeft[new Intl.PluralRules(lang).select(n)] ?? t.charactersLeft.other)).size;
    expect(texts(ru, 'ru', [1, 3, 5])).to.equal(3);
    expect(texts(pl, 'pl', [1, 3, 5])).to.equal(3);
    expect(texts(ar, 'ar', [1, 2, 3, 11])).to.equal(4);
  });

  it('a counter-label of the host gets the number formatted too', async () => {
    const el = await fixture<CareComment>(html`<care-comment lang="ar" maxlength="12" counter-label="{count} / 12"></care-comment>`);
    expect(counter(el)).to.equal(`${new Intl.NumberFormat('ar').format(12)} / 12`);
  });
});

describe('right to left', () => {
  beforeEach(freshVisit);

  for (const scale of ['nps', 'stars', 'emoji', 'numbers', 'thumbs']) {
    it(`${scale}: options run right to left and the low label sits on the right`, async () => {
      const wrapper = await fixture(html`<div dir="rtl" lang="he" style="width: 700px"><care-rating scale=${scale}></care-rating></div>`);
      const el = wrapper.querySelector('care-rating')!;
      await el.updateComplete;
      const [first, second] = radios(el).map((r) => r.getBoundingClientRect());
      expect(second.right, 'the second option is left of the first').to.be.at.most(first.left + 1);
      const labels = el.shadowRoot!.querySelector('[part="labels"]');
      if (labels && labels.children.length === 2) {
        const [low, high] = [...labels.children].map((label) => label.getBoundingClientRect());
        expect(low.left, 'low label on the right').to.be.above(high.left);
      }
    });
  }

  it('arrow keys follow the reading direction', async () => {
    const wrapper = await fixture(html`<div dir="rtl" lang="ar"><care-rating scale="stars"></care-rating></div>`);
    const el = wrapper.querySelector('care-rating')!;
    await el.updateComplete;
    radios(el)[0].focus();
    await press('ArrowLeft');
    expect(el.shadowRoot!.activeElement).to.equal(radios(el)[1]);
    await press('ArrowRight');
    expect(el.shadowRoot!.activeElement).to.equal(radios(el)[0]);
  });

  it('the counter sits at the start (right), the send button at the end (left)', async () => {
    const wrapper = await fixture(html`<div dir="rtl" lang="fa" style="width: 500px"><care-comment></care-comment></div>`);
    const el = wrapper.querySelector('care-comment')!;
    await el.updateComplete;
    const count = el.shadowRoot!.querySelector('[part="counter"]')!.getBoundingClientRect();
    const send = el.shadowRoot!.querySelector('[part~="submit"]')!.getBoundingClientRect();
    expect(count.left).to.be.above(send.right);
  });

  it('popover and tab corners mirror: bottom-right is the bottom-left corner, bottom-left the bottom-right', async () => {
    const gaps = (el: CareFeedback) => {
      const box = card(el).getBoundingClientRect();
      return [Math.round(box.left), Math.round(innerWidth - box.right)];
    };
    const wrapper = await fixture(html`<div dir="rtl" lang="ar"></div>`);
    for (const [position, [left, right]] of [['bottom-right', [16, null]], ['bottom-left', [null, 16]]] as const) {
      freshVisit();
      const el = document.createElement('care-feedback') as CareFeedback;
      el.mode = 'popover';
      el.position = position;
      el.surveyId = uniqueSurvey();
      wrapper.append(el);
      await opened(el);
      endEntrance(el);
      const [x, y] = gaps(el);
      if (left !== null) expect(x, position).to.equal(left);
      if (right !== null) expect(y, position).to.equal(right);
      el.remove();
    }
  });

  it('the close button is at the top left of the card', async () => {
    const wrapper = await fixture(html`<div dir="rtl" lang="he" style="width: 400px"><care-feedback dismissible></care-feedback></div>`);
    const el = wrapper.querySelector<CareFeedback>('care-feedback')!;
    await el.updateComplete;
    const box = card(el).getBoundingClientRect();
    const close = el.shadowRoot!.querySelector('[part="close"]')!.getBoundingClientRect();
    expect(close.left - box.left).to.be.below(box.right - close.right);
  });

  it('passes axe in Arabic and Hebrew, right to left, at every stage of a card', async () => {
    for (const lang of ['ar', 'he']) {
      const wrapper = await fixture(html`<div dir="rtl" lang=${lang}><care-feedback scale="nps" dismissible survey-id=${uniqueSurvey()}></care-feedback></div>`);
      const el = wrapper.querySelector<CareFeedback>('care-feedback')!;
      await el.updateComplete;
      await expect(wrapper).to.be.accessible();
      await rating(el).updateComplete;
      radios(rating(el))[3].click();
      await el.updateComplete;
      await comment(el).updateComplete;
      await expect(wrapper).to.be.accessible();
    }
  });
});

// Last in the file: it registers a language the matching tests above expect to be missing.
describe('languages: a host translation of its own', () => {
  it('a registered nn (Nynorsk) wins over the Bokmål fallback for nn, and no still speaks Bokmål', async () => {
    registerTranslation({ ...nb, $code: 'nn', npsQuestion: 'Kor sannsynleg er det at du vil tilrå oss?' });
    const wrapper = await fixture(html`<div>
      <care-rating lang="nn-NO" scale="nps"></care-rating><care-rating lang="no" scale="nps"></care-rating>
    </div>`);
    const [nynorsk, norwegian] = wrapper.querySelectorAll('care-rating');
    await nynorsk.updateComplete;
    await norwegian.updateComplete;
    expect(question(nynorsk)).to.equal('Kor sannsynleg er det at du vil tilrå oss?');
    expect(question(norwegian)).to.equal(nb.npsQuestion);
  });
});
