import { LANGUAGE_PACKS } from '../translations/packs.js';
import { matchLanguage, onLanguageMissing, registerTranslation, type Translation } from './localize.js';
import { reportWarning } from './log.js';

/** Lower-case code → file name (`zh-hant` → `zh-Hant`). */
const packs = new Map(LANGUAGE_PACKS.map((code) => [code.toLowerCase(), code]));
const loading = new Map<string, Promise<void>>();

/**
 * The script tag's languages: a page that asks for a built-in language other than English gets its pack,
 * `locales/<code>.js` beside the script, fetched once, the first time an element or the page's `<html lang>`
 * asks for it. It is an ES module loaded with `import()`, which the strict policy of the contract allows
 * (`script-src` already names where the script comes from) and which is no Trusted Types sink. A pack that
 * cannot be loaded leaves English, with one console warning.
 */
export function loadLanguagePacksFrom(scriptUrl: string): (tag: string) => Promise<void> | undefined {
  /** The pack's loading, or undefined when `tag` needs none (English, or a language without a pack). */
  const load = (tag: string): Promise<void> | undefined => {
    const code = tag && matchLanguage(tag, packs);
    if (!code) return undefined;
    if (!loading.has(code)) {
      const url = new URL(`locales/${packs.get(code)}.js`, scriptUrl).href;
      loading.set(
        code,
        import(url)
          .then((pack: { default: Translation }) => registerTranslation(pack.default))
          // Not fetched, or not a pack (another version's file): English stays, and nothing is left unhandled.
          .catch(() => reportWarning(`language pack ${url} not loaded; English is shown.`))
      );
    }
    return loading.get(code)!;
  };
  onLanguageMissing(load);
  return load;
}
