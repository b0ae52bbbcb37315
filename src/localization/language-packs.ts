import { LANGUAGE_PACKS } from '../translations/packs.js';
import { closestLang, matchLanguage, onLanguageMissing, registerTranslation, type Translation } from './localize.js';
import { reportWarning } from '../core/log.js';

/** Lower-case code → file name (`zh-hant` → `zh-Hant`) of the packs not asked for yet: each is fetched once. */
const packs = new Map(LANGUAGE_PACKS.map((code) => [code.toLowerCase(), code]));

/**
 * The script tag's languages: a page that asks for a built-in language other than English gets its pack,
 * `locales/<code>.js` beside the script, fetched once, the first time an element or the page's `<html lang>`
 * asks for it. It is an ES module loaded with `import()`, which the strict policy of the contract allows
 * (`script-src` already names where the script comes from) and which is no Trusted Types sink. A pack that
 * cannot be loaded leaves English, with one console warning.
 */
export function loadLanguagePacksFrom(scriptUrl: string): void {
  const load = (tag: string | undefined): void => {
    const code = matchLanguage(tag, packs);
    if (!code) return; // no language tag, English, a language without a pack, or one already fetched
    const url = new URL(`locales/${packs.get(code)}.js`, scriptUrl).href;
    packs.delete(code);
    import(url)
      .then((pack: { default: Translation }) => registerTranslation(pack.default))
      // Not fetched, or not a pack (another version's file): English stays, and nothing is left unhandled.
      .catch(() => reportWarning(`language pack ${url} not loaded; English shown.`));
  };
  onLanguageMissing(load);
  load(closestLang(document.documentElement)); // the page's language, before any element asks
}
