import en from '../translations/en.js';

/** Every visible or spoken string the elements use. Each can also be replaced per element by an attribute. */
export interface Translation {
  /** BCP 47 language code, e.g. `en`, `pt-BR`. */
  $code: string;
  npsQuestion: string;
  satisfactionQuestion: string;
  thumbsQuestion: string;
  npsLow: string;
  npsHigh: string;
  satisfactionLow: string;
  satisfactionHigh: string;
  /** Accessible name of a numbered option: "9 of 10". */
  pointOf: (value: number, max: number) => string;
  /** Accessible name of a star option: "4 stars". */
  stars: (count: number) => string;
  /** Accessible names of the five faces, from very unhappy to very happy (a 3-point scale uses the middle three). */
  emoji: [string, string, string, string, string];
  thumbsDown: string;
  thumbsUp: string;
  commentQuestion: string;
  placeholder: string;
  submit: string;
  charactersLeft: (count: number) => string;
  thanks: string;
  close: string;
  /** The launcher of a `<care-feedback mode="tab">`, and the name of a popover or tab card. */
  feedback: string;
  /** Said when a popover or tab card appears without taking focus. */
  appeared: string;
}

const translations = new Map<string, Translation>([['en', en]]);

/**
 * Adds or replaces a language. Call it before the elements render (right after importing care-feedback):
 * elements read their strings when they render, and do not watch for languages added later or for a page's
 * `lang` changing afterwards, a trade made for the script tag's byte budget.
 */
export function registerTranslation(...added: Translation[]): void {
  for (const translation of added) translations.set(translation.$code.toLowerCase(), translation);
}

/** The closest `lang`, looking through shadow roots (an element inside another's shadow DOM follows the page), or the browser's language. */
export function closestLang(element: Element): string {
  for (let node: Node | null = element; node; node = node.parentNode ?? (node as ShadowRoot).host) {
    if ((node as HTMLElement).lang) return (node as HTMLElement).lang;
  }
  return navigator.language || 'en';
}

/** The strings for a language tag: an exact match, then its primary language, then English. */
export function stringsFor(lang: string): Translation {
  lang = lang.toLowerCase();
  return translations.get(lang) ?? translations.get(lang.split('-')[0]) ?? en;
}
