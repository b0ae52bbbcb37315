import type { ReactiveController, ReactiveControllerHost } from 'lit';
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
const connectedHosts = new Set<ReactiveControllerHost>();
let documentObserver: MutationObserver | undefined;

/** Adds or replaces a language; every connected element re-renders in it when its `lang` matches. */
export function registerTranslation(...added: Translation[]): void {
  for (const translation of added) translations.set(translation.$code.toLowerCase(), translation);
  connectedHosts.forEach((host) => host.requestUpdate());
}

/**
 * Gives an element the strings of its closest `lang` (looking through shadow roots, so an element inside
 * another one's shadow DOM follows the page), and re-renders it when the document's `lang` or `dir` change.
 */
export class LocalizeController implements ReactiveController {
  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    connectedHosts.add(this.host);
    if (!documentObserver && typeof MutationObserver !== 'undefined') {
      documentObserver = new MutationObserver(() => connectedHosts.forEach((host) => host.requestUpdate()));
      documentObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang', 'dir'] });
    }
  }

  hostDisconnected(): void {
    connectedHosts.delete(this.host);
  }

  /** The closest `lang`, or the browser's language, or `en`. */
  lang(): string {
    for (let node: Node | null = this.host; node; ) {
      if (node instanceof HTMLElement && node.lang) return node.lang;
      node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
    }
    return globalThis.navigator?.language || 'en';
  }

  /** The strings for the closest `lang`: an exact match, then its primary language, then English. */
  strings(): Translation {
    const lang = this.lang().toLowerCase();
    return translations.get(lang) ?? translations.get(lang.split('-')[0]) ?? en;
  }

  /** Whether the element is laid out right to left (arrow keys mirror then). */
  isRtl(): boolean {
    return getComputedStyle(this.host).direction === 'rtl';
  }
}
