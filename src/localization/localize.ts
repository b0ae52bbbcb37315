import en from '../translations/en.js';
import { LANGUAGE_PACKS } from '../translations/packs.js';
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
 * A tag of the usual shape — a language, maybe a script, maybe a region: `de`, `pt-BR`, `zh-Hant-TW`, `es-419`
 * — is always valid BCP 47, so it can be matched without asking Intl whether it is one.
 */
const PLAIN_TAG = /^([a-z]{2,3})(?:-[a-z]{4})?(?:-(?:[a-z]{2}|\d{3}))?$/;

/** The language of a plain tag (lower case), or undefined for any other tag. */
const plainLanguage = (tag: string): string | undefined => PLAIN_TAG.exec(tag.toLowerCase())?.[1];

/**
 * The languages this library ships (English and the packs), written as Intl writes them: for these, a tag's
 * first subtag is the language Intl reads (unlike an old alias such as `iw`, which Intl reads as `he`).
 */
const SHIPPED_LANGUAGES = new Set(['en', ...LANGUAGE_PACKS.map((code) => code.split('-')[0])]);

/** `new Intl.Locale(tag).maximize()` (false: not a tag) by tag: it costs milliseconds the first time a page asks. */
const likelySubtags: Record<string, Intl.Locale | false> = Object.create(null);

function maximize(tag: string): Intl.Locale | false {
  try {
    return new Intl.Locale(tag).maximize();
  } catch {
    return false;
  }
}

/**
 * The one of `codes` (lower case) that speaks `tag`, by BCP 47: the tag itself, then its language with its
 * likely script (`zh-TW` → `zh-hant`, `zh-CN` → `zh-hans`), then its language alone (`pt-BR` → `pt`), and for
 * Norwegian written `no` (the macrolanguage) or `nn` (Nynorsk, whose readers read Bokmål), Bokmål (`nb`).
 *
 * Intl, which costs a page milliseconds the first time, is asked only when its answer matters, once per tag: a
 * plain tag of a shipped language (`de-AT`, `en-US`) is that language, and when none of `codes` is written with
 * that language and a script or region, the likely script cannot change the match. `zh-TW`, `no`, `iw`,
 * extensions and anything unusual are Intl's to read.
 */
export function matchLanguage(tag: string | undefined, codes: ReadonlyMap<string, unknown>): string | undefined {
  if (!tag) return; // no lang: English
  const language = plainLanguage(tag)!;
  const likely =
    SHIPPED_LANGUAGES.has(language) && ![...codes.keys()].some((code) => code.startsWith(`${language}-`))
      ? { language, script: '' }
      : (likelySubtags[tag] ??= maximize(tag));
  if (!likely) return undefined; // not a language tag: English
  const { language: read, script } = likely;
  return [tag, `${read}-${script}`, read, read.replace(/^n[no]$/, 'nb')].map((code) => code.toLowerCase()).find((code) => codes.has(code));
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

/**
 * The shipped languages with digits of their own, which Intl writes in some regions or engine versions (CLDR)
 * and not in others. Every other shipped language writes its numbers with 0–9, as String() does.
 */
const OWN_DIGITS = ['ar', 'fa', 'hi', 'th'];

const numberFormats: Record<string, Intl.NumberFormat> = Object.create(null);
const pluralRules: Record<string, Intl.PluralRules> = Object.create(null);

/**
 * A number as the language writes it (`٩` in Arabic, `۹` in Persian). A whole number of a scale or a counter,
 * in a shipped language written with 0–9 and a plain tag (`-u-nu-…` may ask for other digits), needs no
 * Intl.NumberFormat, whose first construction costs a page milliseconds. The rest is Intl's, made once per locale.
 */
export function formatNumber(locale: string, value: number): string {
  const language = plainLanguage(locale)!;
  const text = String(value);
  // One to three digits: a whole number below a thousand, which no language groups, with no sign to write.
  if (/^\d{1,3}$/.test(text) && SHIPPED_LANGUAGES.has(language) && !OWN_DIGITS.includes(language)) return text;
  return (numberFormats[locale] ??= new Intl.NumberFormat(locale)).format(value);
}

/** The plural category of `count`, by Intl.PluralRules made once per locale when first needed. */
const pluralCategory = (locale: string, count: number): Intl.LDMLPluralRule => (pluralRules[locale] ??= new Intl.PluralRules(locale)).select(count);

/** The plural form for `count` in the language, with `{count}` filled in. */
export const plural = (locale: string, forms: PluralForms, count: number): string =>
  fill(forms[pluralCategory(locale, count)] ?? forms.other, { count: formatNumber(locale, count) });

/** `{name}` placeholders replaced by `values`. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => values[name] ?? placeholder);
}
