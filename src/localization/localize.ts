import en from '../translations/en.js';
import type { PluralForms, Translation } from '../translations/translation.js';
import { rerenderAll } from './language-watch.js';

export type { PluralForms, Translation };

const translations = new Map<string, Translation>([['en', en]]);

/**
 * Adds or replaces languages. Elements on the page that speak one of them re-render in it at once, so it
 * may be called at any time (a language pack that arrives after the elements rendered, say).
 */
export function registerTranslation(...added: Translation[]): void {
  for (const translation of added) translations.set(translation.$code.toLowerCase(), translation);
  rerenderAll();
}

/**
 * The one of `codes` (lower case) that speaks `tag`, by BCP 47: the tag itself, then its language with its
 * likely script (`zh-TW` → `zh-hant`, `zh-CN` → `zh-hans`), then its language alone (`pt-BR` → `pt`), and for
 * Norwegian written `no` (the macrolanguage) or `nn` (Nynorsk, whose readers read Bokmål), Bokmål (`nb`).
 */
export function matchLanguage(tag: string | undefined, codes: { has(code: string): boolean }): string | undefined {
  if (!tag) return; // no lang: English
  try {
    const { language, script } = new Intl.Locale(tag).maximize();
    return [tag, `${language}-${script}`, language, language.replace(/^n[no]$/, 'nb')].map((code) => code.toLowerCase()).find((code) => codes.has(code));
  } catch {
    return undefined; // not a language tag: English
  }
}

/**
 * The closest `lang`, looking through shadow roots (an element inside another's shadow DOM follows the page);
 * undefined for none. A POSIX locale, as some sites write it (`de_DE`), is read as the tag it means (`de-DE`).
 */
export function closestLang(element: Element): string | undefined {
  for (let node: Node | null = element; node; node = node.parentNode ?? (node as ShadowRoot).host) {
    if ((node as HTMLElement).lang) return (node as HTMLElement).lang.replace(/_/g, '-');
  }
}

/** A language the elements speak: its strings, and the tag they format numbers and report `locale` in. */
export interface Speech {
  /** The closest `lang` when a translation speaks it, otherwise `en`. */
  locale: string;
  t: Translation;
}

type LanguageWanted = (tag: string) => void;
let whenMissing: LanguageWanted | undefined;

/** The script tag's way to fetch a language pack the first time a page asks for a language not registered. */
export function onLanguageMissing(wanted: LanguageWanted): void {
  whenMissing = wanted;
}

/** What an element with the closest `lang` of `tag` speaks: that language when registered, English otherwise. */
export function speechFor(tag: string | undefined): Speech {
  const code = tag ? matchLanguage(tag, translations) : 'en';
  if (code) return { locale: tag || 'en', t: translations.get(code)! };
  whenMissing?.(tag!); // a tag, not registered
  return { locale: 'en', t: en };
}

const numberFormats: Record<string, Intl.NumberFormat> = Object.create(null);
const pluralRules: Record<string, Intl.PluralRules> = Object.create(null);

/** A number as the language writes it (`٩` in Arabic, `۹` in Persian). */
export const formatNumber = (locale: string, value: number): string => (numberFormats[locale] ??= new Intl.NumberFormat(locale)).format(value);

/** The plural form for `count` in the language, with `{count}` filled in. */
export const plural = (locale: string, forms: PluralForms, count: number): string =>
  fill(forms[(pluralRules[locale] ??= new Intl.PluralRules(locale)).select(count)] ?? forms.other, { count: formatNumber(locale, count) });

/** `{name}` placeholders replaced by `values`. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => values[name] ?? placeholder);
}
