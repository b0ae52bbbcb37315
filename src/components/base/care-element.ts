import { LitElement, type PropertyDeclarations, type PropertyValues } from 'lit';
import type { FeedbackDataByType, FeedbackEventType } from '../../types.js';
import { currentConfig } from '../../core/config.js';
import { cutToLength, MAX_ID_LENGTH, MAX_LOCALE_LENGTH, MAX_QUESTION_LENGTH, tooLong, wellFormed } from '../../core/wire-limits.js';
import { sendFeedbackEvent } from '../../client/delivery.js';
import { newId } from '../../core/ids.js';
import { closestLang, speechFor, type Speech } from '../../localization/localize.js';
import { unwatchLanguage, watchLanguage } from '../../localization/language-watch.js';
import { reportInvalid } from '../../core/log.js';

/** What an element adds to the fields every event's data has. */
type OwnData<T extends FeedbackEventType> = Omit<FeedbackDataByType[T], 'surveyId' | 'responseId' | 'locale' | 'context'>;

/**
 * What the three elements share: the survey they ask for, the response their events belong to, their own
 * endpoint, their language, and how an answer becomes a DOM event and a CloudEvent. (Each element lists the
 * shared stylesheet, themeStyles, in its own `styles`; none would inherit it from here.) Members named `_…` are
 * internal: the script tag shortens their names (rollup.config.mjs), so nothing outside may rely on them.
 */
export class CareElement extends LitElement {
  static override properties: PropertyDeclarations = {
    surveyId: { attribute: 'survey-id' },
    responseId: { attribute: 'response-id' },
    endpoint: {},
  };

  /** Names this question or survey in every event: 1 to 200 characters. */
  surveyId = 'default';
  /** Ties events together (1 to 200 characters); a new id by default, kept for everything this element sends. */
  responseId: string = newId();
  /** Overrides the global endpoint for this element's events. */
  endpoint?: string;

  override connectedCallback(): void {
    // A declarative shadow root from server rendering (`care-feedback/ssr`) is rendered again from scratch, not
    // hydrated: the script tag carries no hydration code, and the new content is the same, so nothing moves.
    if (!this.hasUpdated) this.shadowRoot?.replaceChildren();
    super.connectedCallback();
    watchLanguage(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unwatchLanguage(this);
  }

  /**
   * The ids go into every event, whose schemas take 1 to 200 characters: any other value (an empty `survey-id`,
   * a long `response-id`, a number set from code) would have the receiver refuse every answer, so it is replaced
   * before anything renders or is sent, and reported. A removed attribute or an unset property just goes back to
   * the default, as a removed number attribute does. Only a value that changed is checked. Subclasses call this
   * first.
   * @internal
   */
  protected override willUpdate(changed: PropertyValues): void {
    for (const [name, fallback] of [['surveyId', 'default'], ['responseId']] as const) {
      const id = this[name];
      if (changed.has(name) && (!id || typeof id !== 'string' || tooLong(id, MAX_ID_LENGTH))) {
        this[name] = fallback ?? newId();
        if (id != null) this._refuse(name, `1 to ${MAX_ID_LENGTH} characters expected; ${this[name]} used`, id);
      }
    }
  }

  /** The language it speaks now: the closest `lang` (BCP 47) when a translation speaks it, English otherwise. @internal */
  protected get _speech(): Speech {
    return speechFor(closestLang(this));
  }

  /** Focuses the first element of the shadow root that `selector` matches, if any. @internal */
  protected _focus(selector: string, options?: FocusOptions): void {
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus(options);
  }

  /** A console error: this element's property `name` (by its attribute's name) refused, `expected` instead. @internal */
  protected _refuse(name: string, expected: string, value: unknown = (this as any)[name]): void {
    // Named as the page writes it: the attribute its declaration gives (`low-label`), or Lit's default, the name in lower case.
    const { attribute } = (this.constructor as typeof CareElement).elementProperties.get(name) ?? {};
    reportInvalid(`<${this.localName}>`, typeof attribute === 'string' ? attribute : name.toLowerCase(), value, expected);
  }

  /** The property's value if it is allowed, else `fallback` (the first allowed one), with a console error. @internal */
  protected _oneOf<T>(name: string, allowed: readonly T[], fallback = allowed[0]): T {
    const value = (this as any)[name];
    if (allowed.includes(value)) return value;
    this._refuse(name, `one of ${allowed} expected; ${fallback} used`);
    return fallback;
  }

  /** Dispatches a DOM event that bubbles out of shadow roots, so a host hears it on `document`. @internal */
  protected _fire(name: string, detail: unknown, cancelable = false): boolean {
    return this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable }));
  }

  /**
   * Fires the DOM event and, unless a listener cancelled it, sends the same data as a CloudEvent. The data is
   * frozen, so the `detail` a listener sees is exactly what is sent; `context` is copied at this moment, so
   * a later configure() does not alter it. Returns false when cancelled.
   * @internal
   */
  protected _emit<T extends FeedbackEventType>(domEvent: string, type: T, own: OwnData<T>, cancelable = false): boolean {
    const who = `<${this.localName}>`;
    // The question is sent as the text it shows (a number set from code as "5"), in at most the MAX_QUESTION_LENGTH characters
    // the schemas take: a longer one is shown whole but sent cut between characters, with a console error.
    const { question } = own as { question?: unknown };
    if (question != null) {
      const text = String(question);
      if (tooLong(text, MAX_QUESTION_LENGTH)) this._refuse('question', `at most ${MAX_QUESTION_LENGTH} characters expected; the rest cut`, text);
      own = { ...own, question: wellFormed(cutToLength(text, MAX_QUESTION_LENGTH)) };
    }
    // Every text a host sets is sent as a store can keep it (wellFormed: no U+0000, no half emoji), so the
    // receiver never refuses an answer for a character in an id or the context.
    const context = Object.entries(currentConfig().context).map(([key, value]) => [wellFormed(key), typeof value === 'string' ? wellFormed(value) : value]);
    const data = Object.freeze({
      surveyId: wellFormed(this.surveyId),
      responseId: wellFormed(this.responseId),
      // The language it spoke when answered, in at most the MAX_LOCALE_LENGTH characters the schema takes (a tag with many
      // extensions is longer; only the event's copy is cut, since Intl refuses a tag cut mid-subtag).
      locale: this._speech.locale.slice(0, MAX_LOCALE_LENGTH),
      context: Object.freeze(Object.fromEntries(context)),
      ...own,
    }) as FeedbackDataByType[T];
    const notCancelled = this._fire(domEvent, data, cancelable);
    if (notCancelled) sendFeedbackEvent(type, data, { endpoint: this.endpoint, who });
    return notCancelled;
  }
}
