/**
 * What a reviewer found reading each pack against its language's survey conventions (issue 18), checked on
 * the elements as a visitor meets them or on the packs themselves, so a later edit cannot bring it back.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { registerTranslation } from '../../src/index.js';
import type { Translation } from '../../src/translations/translation.js';
import type { CareRating } from '../../src/components/rating/rating.component.js';
import type { CareComment } from '../../src/components/comment/comment.component.js';
import { LANGUAGE_PACKS } from '../../src/translations/packs.js';
import en from '../../src/translations/en.js';
import fa from '../../src/translations/fa.js';
import ja from '../../src/translations/ja.js';
import ko from '../../src/translations/ko.js';
import sv from '../../src/translations/sv.js';

const packs: Translation[] = await Promise.all(
  LANGUAGE_PACKS.map(async (code) => (await import(`../../src/translations/${code}.ts`)).default as Translation),
);
registerTranslation(...packs);

const question = (el: CareRating) => el.shadowRoot!.querySelector('[part="question"]')!.textContent!.trim();
const names = (el: CareRating) => [...el.shadowRoot!.querySelectorAll('[role="radio"]')].map((option) => option.getAttribute('aria-label'));
const counter = (el: CareComment) => el.shadowRoot!.querySelector('[part="counter"]')!.textContent!.trim();

describe('translations as their languages\' surveys word them', () => {
  it('English asks the standard NPS question: "a friend or colleague", as every other language does', async () => {
    const el = await fixture<CareRating>(html`<care-rating lang="en" scale="nps"></care-rating>`);
    expect(question(el)).to.equal('How likely are you to recommend us to a friend or colleague?');
    expect(en.npsQuestion).to.equal(question(el));
  });

  it('Arabic says one and two in the word itself (نجمة واحدة, نجمتان), without the number before it', async () => {
    const stars = await fixture<CareRating>(html`<care-rating lang="ar" scale="stars"></care-rating>`);
    const [one, two, three] = names(stars);
    expect([one, two]).to.deep.equal(['نجمة واحدة', 'نجمتان']);
    expect(three, 'from three on the number is written').to.equal(`${new Intl.NumberFormat('ar').format(3)} نجوم`);
    for (const [left, text] of [[1, 'يتبقى حرف واحد'], [2, 'يتبقى حرفان']] as const) {
      const box = await fixture<CareComment>(html`<care-comment lang="ar" maxlength=${left}></care-comment>`);
      expect(counter(box), `${left} left`).to.equal(text);
    }
  });

  it('Persian end labels have one shape: "… احتمال ندارد" and "… احتمال دارد"', () => {
    for (const label of [fa.npsLow, fa.npsHigh]) expect(label).to.match(/^\S+ احتمال ن?دارد$/);
  });

  it('Korean end labels put the noun first: 가능성 전혀 없음, 가능성 매우 높음', () => {
    expect([ko.npsLow, ko.npsHigh]).to.deep.equal(['가능성 전혀 없음', '가능성 매우 높음']);
  });

  it('Japanese keeps to honorifics: the NPS question asks おすすめいただける, not the plain すすめる', () => {
    expect(ja.npsQuestion).to.contain('おすすめいただける');
    expect(ja.npsQuestion).not.to.match(/にすすめる/);
  });

  it('Swedish has one word for feedback, in the launcher, the thanks and the announcement', () => {
    for (const text of [sv.feedback, sv.thanks, sv.appeared]) expect(text.toLowerCase()).to.contain('feedback');
    expect(`${sv.feedback} ${sv.appeared}`).not.to.match(/Tyck till|Enkät/);
  });

  it('a language with a few form (Russian, Polish, Ukrainian, Czech, Arabic, Romanian) writes every form out', () => {
    const checked: string[] = [];
    for (const pack of packs) {
      const categories = new Intl.PluralRules(pack.$code).resolvedOptions().pluralCategories;
      if (!categories.includes('few')) continue;
      checked.push(pack.$code);
      for (const key of ['stars', 'charactersLeft'] as const) {
        expect(categories.filter((category) => !(category in pack[key])), `${pack.$code} ${key}`).to.deep.equal([]);
      }
    }
    expect(checked).to.include.members(['ru', 'pl', 'uk', 'cs', 'ar', 'ro']);
  });

  it('Russian, Polish and Ukrainian stars read 2, 3, 4 with the few form and 5 with the many form', async () => {
    const expected: Record<string, [string, string]> = {
      ru: ['2 звезды', '5 звёзд'],
      pl: ['2 gwiazdki', '5 gwiazdek'],
      uk: ['2 зірки', '5 зірок'],
    };
    for (const [lang, [twoStars, fiveStars]] of Object.entries(expected)) {
      const el = await fixture<CareRating>(html`<care-rating lang=${lang} scale="stars"></care-rating>`);
      const all = names(el);
      expect([all[1], all[4]], lang).to.deep.equal([twoStars, fiveStars]);
    }
  });
});
