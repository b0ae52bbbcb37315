import { html, nothing, type PropertyValues } from 'lit';
import type {
  CommentData,
  FeedbackMode,
  FeedbackStage,
  FeedbackTrigger,
  RatingData,
  RatingScale,
} from '../../types.js';
import { sentimentOf, type Sentiment } from '../base/scales.js';
import { reportInvalid } from '../../core/log.js';
import { CareElement } from '../base/care-element.js';
import { themeStyles } from '../base/theme.js';
import { clock } from '../../core/clock.js';
import { armTrigger } from './triggers.js';
import { mayAsk, remember, rememberShown } from './survey-memory.js';
import { requestPlace } from './popover-coordinator.js';
import { feedbackStyles } from './feedback.styles.js';
import { DEFAULT_COMMENT_LENGTH } from '../../core/wire-limits.js';
import { parseReasons, REASONS_EXPECTED, type ReasonsValue } from '../comment/reasons.js';

/** Corner of a popover; edge (top or bottom) and side of a tab. Physical, as named, in either direction. */
export type FeedbackPosition = 'bottom-right' | 'bottom-left' | 'top-right' | 'top-left';

/**
 * A number attribute: kept from `lowest` to `highest`, else reported (as written) and `fallback` used; a
 * removed attribute goes back to `fallback`. A `delay` beyond a day would overflow the browser's timer and fire
 * at once; NaN (what `Number()` makes of "50%") would silently turn a rule off.
 */
const numberIn = (attribute: string, fallback: number, lowest: number, highest = Infinity) => (value: string | null) => {
  const number = Number(value ?? fallback);
  if (number >= lowest && number <= highest) return number;
  reportInvalid('<care-feedback>', attribute, value, `a number from ${lowest} to ${highest} expected; ${fallback} used`);
  return fallback;
};

/** How long a finished popover or tab card stays before closing itself (longer while focus is inside). */
const CLOSE_AFTER_THANKS_MS = 4000;
/** Lets a card that just appeared reach the accessibility tree before its live region speaks. */
const ANNOUNCE_AFTER_MS = 100;
/** A form field or editable text: Tab there belongs to the page's form, never to a card that appeared. */
const isFormField = (element: HTMLElement) => element.isContentEditable || element.matches?.('input,textarea,select');

/**
 * @tag care-feedback
 * @summary The whole conversation in one card: a rating, then "What would improve your experience?", then
 * thanks, all sharing one `responseId`.
 *
 * @event {CustomEvent<ShownData>} care-show - The card became visible (inline: scrolled into view; popover and tab: opened). `detail` is
 *   the sent `ShownData`.
 * @event {CustomEvent<RatingData>} care-rate - A rating was committed (from the inner rating; cancelable).
 * @event {CustomEvent<CommentData>} care-comment - The follow-up was submitted (from the inner comment box; cancelable).
 * @event {CustomEvent<DismissedData>} care-dismiss - The visitor closed the card (close button, or Escape in a popover or tab card). `detail`
 *   is the sent `DismissedData`.
 * @event {CustomEvent<CompleteDetail>} care-complete - The conversation reached its thanks. `detail`: `{ surveyId, responseId, rating, comment }`.
 *
 * @slot thanks - Replaces the closing words.
 * @slot thanks-positive - Replaces them for the top band (NPS 9–10, top two points, thumbs up, top emoji).
 * @slot thanks-negative - Replaces them for the bottom band (NPS 0–6, below the middle, thumbs down).
 *
 * @csspart card - The card.
 * @csspart launcher - The tab's launcher button (`mode="tab"`).
 * @csspart close - The close button.
 * @csspart thanks - The closing words.
 * @csspart question - The rating question (from the inner rating).
 * @csspart options - The rating's radio group.
 * @csspart option - Each rating option.
 * @csspart option-selected - The chosen rating option.
 * @csspart labels - The words under the ends of the scale.
 * @csspart reasons-question - The question of the follow-up's reasons.
 * @csspart reasons - The group of reasons.
 * @csspart reason - Each reason's toggle chip.
 * @csspart reason-selected - A chosen reason's chip.
 * @csspart label - The follow-up question.
 * @csspart textarea - The follow-up text box.
 * @csspart counter - The remaining-characters counter.
 * @csspart submit - The follow-up submit button.
 *
 * @cssproperty --care-accent - Accent colour.
 * @cssproperty --care-accent-contrast - Text on the accent.
 * @cssproperty --care-surface - Card background.
 * @cssproperty --care-text - Text colour.
 * @cssproperty --care-muted - Secondary text colour.
 * @cssproperty --care-border - Border colour.
 * @cssproperty --care-radius - Corner radius.
 * @cssproperty --care-shadow - Card shadow (a soft one for popover and tab).
 * @cssproperty --care-max-width - Card's maximum width (36rem inline, 24rem popover and tab).
 * @cssproperty --care-offset - Distance of a popover or tab from the viewport's edges (1rem), safe areas added.
 * @cssproperty --care-z-index - Stacking of a popover or tab above the page (99999).
 * @cssproperty --care-focus-ring - Focus outline colour.
 * @cssproperty --care-font - Font family.
 */
export class CareFeedback extends CareElement {
  static override styles = [themeStyles, feedbackStyles];
  static override properties = {
    scale: {},
    range: { type: Number },
    question: {},
    lowLabel: { attribute: 'low-label' },
    highLabel: { attribute: 'high-label' },
    followupQuestion: { attribute: 'followup-question' },
    followupQuestionPositive: { attribute: 'followup-question-positive' },
    placeholder: {},
    submitLabel: { attribute: 'submit-label' },
    counterLabel: { attribute: 'counter-label' },
    maxlength: { type: Number },
    reasons: {},
    reasonsNegative: { attribute: 'reasons-negative' },
    reasonsPositive: { attribute: 'reasons-positive' },
    reasonsQuestion: { attribute: 'reasons-question' },
    closeLabel: { attribute: 'close-label' },
    thanksMessage: { attribute: 'thanks-message' },
    tabLabel: { attribute: 'tab-label' },
    mode: { reflect: true },
    position: { reflect: true },
    // On by default for popover and tab; `dismissible="false"` turns it off anywhere. A function converter is
    // Lit's `fromAttribute`; the attribute is not reflected, so no `toAttribute` is ever called.
    dismissible: { converter: (value: string | null) => (value === null ? undefined : value !== 'false') },
    trigger: {},
    delay: { converter: numberIn('delay', 10, 0, 86400) },
    scrollDepth: { attribute: 'scroll-depth', converter: numberIn('scroll-depth', 50, 0, 100) },
    triggerEvent: { attribute: 'trigger-event' },
    sample: { converter: numberIn('sample', 1, 0, 1) },
    cooldownDays: { attribute: 'cooldown-days', converter: numberIn('cooldown-days', 90, 0) },
    dismissCooldownDays: { attribute: 'dismiss-cooldown-days', converter: numberIn('dismiss-cooldown-days', 14, 0) },
    priority: { converter: numberIn('priority', 0, -Infinity) },
    open: { type: Boolean, reflect: true },
    _launcherShown: { state: true },
    _stage: { state: true },
    _rating: { state: true },
    _announcement: { state: true },
  };

  /** As for `<care-rating>`. */
  scale: RatingScale = 'stars';
  /** As for `<care-rating>`. */
  range = 5;
  /** The rating question. */
  question?: string;
  /** Words under the ends of the scale. */
  lowLabel?: string;
  highLabel?: string;
  /** The follow-up box's label after a rating. */
  followupQuestion?: string;
  /** The follow-up label for the top band; defaults to `followup-question`. */
  followupQuestionPositive?: string;
  /** As for `<care-comment>`. */
  placeholder?: string;
  /** Text and accessible name of the follow-up's submit button. */
  submitLabel?: string;
  /** As for `<care-comment>`. */
  counterLabel?: string;
  /** As for `<care-comment>`. */
  maxlength = DEFAULT_COMMENT_LENGTH;
  /**
   * Reasons to pick with the follow-up box, as for `<care-comment>`: `Price|delivery=Delivery`, or an array.
   * @type {string | string[]}
   */
  reasons?: ReasonsValue;
  /**
   * Reasons for the bottom band only (NPS 0–6, below the middle, thumbs down); `reasons` by default.
   * @type {string | string[]}
   */
  reasonsNegative?: ReasonsValue;
  /**
   * Reasons for the top band only (NPS 9–10, the top two points, thumbs up, top emoji); `reasons` by default.
   * @type {string | string[]}
   */
  reasonsPositive?: ReasonsValue;
  /** The label of the reasons group; "What's the main reason?" (localized) by default. */
  reasonsQuestion?: string;
  /** Accessible name of the close button. */
  closeLabel?: string;
  /** The closing words. */
  thanksMessage?: string;
  /** Text of a tab's launcher, and the accessible name of a popover or tab card ("Feedback"). */
  tabLabel?: string;
  /** `inline` (in the page flow), `popover` (a fixed card in a corner) or `tab` (a launcher tab). */
  mode: FeedbackMode = 'inline';
  /** Corner of the popover, or edge and side of the tab: `bottom-right` (default), `bottom-left`, `top-right`, `top-left`; mirrored under `dir="rtl"`. */
  position?: FeedbackPosition;
  /** A close button; on by default for popover and tab. */
  dismissible?: boolean;
  /** When a popover opens or a tab appears: `load`, `delay`, `scroll`, `exit`, `event` or `manual` (`show()`). */
  trigger: FeedbackTrigger = 'load';
  /** Seconds, for `trigger="delay"`. */
  delay = 10;
  /** Percent of the page scrolled through, for `trigger="scroll"`. */
  scrollDepth = 50;
  /** DOM event name heard on `document`, for `trigger="event"`. */
  triggerEvent?: string;
  /** Share of visitors ever asked (0–1), drawn once per visitor and survey and remembered. */
  sample = 1;
  /** Days this survey is not shown again after a response. */
  cooldownDays = 90;
  /** Days this survey is not shown again after a dismissal. */
  dismissCooldownDays = 14;
  /** Which survey wins when several popovers or tabs are due on one page view (higher wins). */
  priority = 0;
  /** Whether the card shows. */
  open?: boolean;

  /** A tab's launcher is on the page: its trigger fired and it won this page view's place. */
  private _launcherShown?: boolean;
  private _stage: FeedbackStage = 'rating';
  /** Said by the screen reader when the card changes without moving focus (none until something is said: Lit renders undefined as it renders ''). */
  private _announcement?: string;

  /** The committed rating; its band picks the follow-up question and the thanks slot. */
  private _rating?: RatingData;
  #shownSent?: boolean;
  /** The trigger that opened the card or showed the tab, told in the shown event. */
  #openedBy?: FeedbackTrigger;
  #cancelTrigger?: () => void;
  /** Where focus was before it entered the card: it goes back there when the card closes. */
  #returnFocusTo?: HTMLElement;
  /** Stops watching for the card to come on screen. */
  #stopWatching?: () => void;

  get #validMode(): FeedbackMode {
    return this._oneOf<FeedbackMode>('mode', ['inline', 'popover', 'tab']);
  }

  get #inline(): boolean {
    return this.#validMode === 'inline';
  }

  get #isDismissible(): boolean {
    return this.dismissible ?? !this.#inline;
  }

  /**
   * Whether focus is in the card (its shadow tree, or host content in its slots). Asked of the root it lives in,
   * not with `:focus-within`, which Chromium does not match on a host whose focus is in the top layer.
   */
  get #hasFocus(): boolean {
    const active = (this.getRootNode() as Document | ShadowRoot).activeElement;
    return !!active && this.contains(active);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.#inline) {
      this.open ??= true;
      return;
    }
    const trigger = this._oneOf<FeedbackTrigger>('trigger', ['load', 'delay', 'scroll', 'exit', 'event', 'manual']);
    // Without an event to hear, `event` would silently never open the card.
    if (trigger === 'event' && !this.triggerEvent) this._refuse('triggerEvent', 'an event name expected; opens on show() only');
    this.#cancelTrigger = armTrigger(trigger, this, () => this._ask(trigger));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Set up again if the element comes back (a single-page app re-attaching it).
    this.#cancelTrigger?.();
  }

  /**
   * Opens the card. A popover or tab asks first, as its `manual` trigger: it opens only if this visitor may be
   * asked (sample, cooldowns, quiet days) and no other survey took this page view's place.
   */
  show(): void {
    if (this.#inline) this.open = true;
    else this._ask('manual');
  }

  /** Closes the card without counting it as a dismissal. */
  hide(): void {
    // Focus in a closing card goes back to the tab's launcher, or where it was before it entered the card,
    // rather than to the top of the page.
    if (this.#hasFocus) {
      if (this.#validMode === 'tab') this._focus('.tab');
      else this.#returnFocusTo?.focus(); // nothing happens for an element that left the page
    }
    this.open = false;
  }

  /** Competes for this page view's one place; the winner opens its popover, or shows its tab. */
  private _ask(trigger: FeedbackTrigger): void {
    // Judged when the place is decided, so the rules apply as they are at the moment it would show.
    requestPlace(this, () => {
      if (!mayAsk(this)) return false;
      this.#openedBy = trigger;
      this._launcherShown = true;
      if (this.#validMode === 'popover' || trigger === 'manual') this.open = true;
      return true;
    });
  }

  /** A bad position is reported and replaced before the CSS, which reads the attribute, places the card. */
  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('position') && this.position != null) {
      this.position = this._oneOf<FeedbackPosition>('position', ['bottom-right', 'bottom-left', 'top-right', 'top-left']);
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    // The layer changes only with the mode and the open state (a tab's layer is shown from its first render).
    if (changed.has('mode') || changed.has('open')) this.#placeInTopLayer();
    if (!changed.has('open')) return;
    this.#stopWatching?.();
    if (!this.open) return;
    // The card counts as shown once part of it is on screen, not merely in the document: an inline card scrolled
    // into view, a popover or tab card that no transform or zoom of the page pushed out of the viewport.
    // Reopened after that, it just watches once more: #announceShown sends only once.
    const observer = new IntersectionObserver(([entry]) => {
      if (!entry.isIntersecting) return;
      observer.disconnect();
      this.#announceShown(this.#inline ? 'load' : this.#openedBy ?? 'manual');
      if (!this.#inline) rememberShown(this.surveyId);
    });
    observer.observe(this.renderRoot.querySelector('.card')!);
    this.#stopWatching = () => observer.disconnect();
    if (this.#inline || this.#hasFocus) return; // a tab card opened from its launcher is next in the tab order
    // A popover or tab card that appeared is announced rather than focused. The visitor's next Tab goes into
    // it (once), unless they are in a form field: a card never takes the Tab of someone filling in a form (WCAG 2.4.3).
    const onKeydown = (event: KeyboardEvent) => {
      if (event.key !== 'Tab' || event.shiftKey) return;
      const from = event.composedPath()[0] as HTMLElement;
      document.removeEventListener('keydown', onKeydown, true);
      if (!this.open || this.#hasFocus || isFormField(from)) return;
      // The rating, or the thanks after it (the card never shows both).
      this._focus('care-rating,.thanks');
      // Only if focus really moved (not for a card that left the page, or one the host made inert).
      if (this.#hasFocus) event.preventDefault();
    };
    document.addEventListener('keydown', onKeydown, true);
    clock.later(ANNOUNCE_AFTER_MS, () => (this._announcement = this._speech.t.appeared));
  }

  /**
   * A popover, or a tab's launcher and card, go into the browser's top layer (the Popover API): above every
   * z-index of the page, outside any ancestor's transform, filter or overflow. Where the API is missing the
   * layer is `position: fixed` with `--care-z-index` instead.
   */
  #placeInTopLayer(): void {
    const layer = this.renderRoot.querySelector<HTMLElement>('.layer');
    if (!layer || this.#inline) return;
    // A page's CSS `zoom` (say 2, on <html>) would scale the card past the viewport's edges, or shrink its
    // targets below 44 px: the layer undoes it, so the card keeps its own size on any page. (WebKit has no
    // currentCSSZoom, and there the card stays on screen anyway.)
    const pageZoom = (this.parentElement as (HTMLElement & { currentCSSZoom?: number }) | null)?.currentCSSZoom ?? 1;
    layer.style.zoom = String(1 / pageZoom);
    if (!layer.popover) return;
    // A tab's layer is in the top layer from its first render on, empty until its launcher shows: WebKitGTK
    // leaves a popover shown a frame or more after its first render unlaid (0 × 0) under a transformed <body>.
    const wanted = this.#validMode === 'tab' || !!this.open;
    try {
      if (wanted && !layer.matches(':popover-open')) layer.showPopover();
      if (!wanted && layer.matches(':popover-open')) layer.hidePopover();
    } catch {
      // Not connected any more, or a page that removed the API mid-way: the fixed fallback still shows it.
    }
  }

  /** After the thanks a popover or tab gets out of the way, but not from under the visitor's focus. */
  #finish(): void {
    if (this.#hasFocus) this.addEventListener('focusout', () => this.#finish(), { once: true });
    else {
      this.open = false;
      this._launcherShown = false;
    }
  }

  #announceShown(trigger: FeedbackTrigger): void {
    if (this.#shownSent) return;
    this.#shownSent = true;
    this._emit('care-show', 'care.feedback.shown.v1', { mode: this.#validMode, trigger });
  }


  protected override render() {
    const t = this._speech.t;
    const floating = !this.#inline;
    const name = this.tabLabel ?? t.feedback;
    // The card holds the conversation (the rating, then the follow-up box) until the comment is sent, then the
    // thanks: host content in the slot for the answer's band, else in `thanks`, else the closing words.
    const words = html`<slot name="thanks">${this.thanksMessage ?? t.thanks}</slot>`;
    return html`<div class="layer" popover=${floating && 'showPopover' in this ? 'manual' : nothing} @focusin=${this.#onFocusIn}>
      ${this.#validMode === 'tab' && this._launcherShown
        ? html`<button part="launcher" class="tab" aria-expanded=${!!this.open} @click=${() => (this.open = !this.open)}>
            ${name}
          </button>`
        : nothing}
      <div part="card" class="card" role=${floating ? 'region' : nothing} aria-label=${floating ? name : nothing} @keydown=${this.#onKeydown}>
        ${this._stage === 'thanks'
          ? html`<div part="thanks" class="thanks" tabindex="-1">
              ${this.#sentiment === 'neutral' ? words : html`<slot name="thanks-${this.#sentiment}">${words}</slot>`}
            </div>`
          : html`
          <care-rating
            exportparts="question,options,option,option-selected,labels"
            survey-id=${this.surveyId}
            scale=${this.scale}
            range=${this.range}
            .question=${this.question}
            .lowLabel=${this.lowLabel}
            .highLabel=${this.highLabel}
            .endpoint=${this.endpoint}
            .responseId=${this.responseId}
            @care-rate=${this.#onRate}
          ></care-rating>
          ${this._stage === 'comment'
            ? html`<care-comment
                exportparts="reasons-question,reasons,reason,reason-selected,label,textarea,counter,submit"
                survey-id=${this.surveyId}
                .question=${this.#followupLabel()}
                .placeholder=${this.placeholder}
                .submitLabel=${this.submitLabel}
                .counterLabel=${this.counterLabel}
                .maxlength=${this.maxlength}
                .reasons=${this.#reasonsForBand()}
                .reasonsQuestion=${this.reasonsQuestion}
                .endpoint=${this.endpoint}
                .responseId=${this.responseId}
                @care-comment=${this.#onComment}
              ></care-comment>`
            : nothing}
        `}
        ${this.#isDismissible
          ? // The sign is written as an escape so the script tag stays ASCII: a host may serve it in its page's legacy charset.
            html`<button part="close" class="close" aria-label=${this.closeLabel ?? t.close} @click=${this.#dismiss}>
              <span aria-hidden="true">\u00d7</span>
            </button>`
          : nothing}
        <div role="status">${this._announcement}</div>
      </div>
    </div>`;
  }

  #onRate(event: CustomEvent<RatingData>): void {
    this._rating = event.detail;
    if (this._stage === 'rating') {
      remember(this.surveyId, 'answered');
      this._stage = 'comment';
      // Focus stays on the rating (the visitor may change it); a screen reader hears what comes next.
      this._announcement = this.#followupLabel();
    }
  }

  /** The thanks and the follow-up only ever show after a rating. */
  get #sentiment(): Sentiment {
    return sentimentOf(this._rating!);
  }

  /**
   * The reasons for the rating's band, checked here so a console error names the attribute the page wrote; the
   * box gets only the valid ones (as `key=Label`, which it reads back the same).
   */
  #reasonsForBand(): string[] {
    const band = ({ negative: 'reasonsNegative', positive: 'reasonsPositive' } as const)[this.#sentiment as 'negative'];
    const name = band && this[band] != null ? band : 'reasons';
    return parseReasons(this[name], () => this._refuse(name, REASONS_EXPECTED)).map(({ key, label }) => `${key}=${label}`);
  }

  #followupLabel(): string {
    return ((this.#sentiment === 'positive' && this.followupQuestionPositive) || this.followupQuestion) ?? this._speech.t.commentQuestion;
  }

  async #onComment(event: CustomEvent<CommentData>): Promise<void> {
    const comment = event.detail;
    this._stage = 'thanks';
    this._announcement = '';
    await this.updateComplete;
    this._focus('.thanks');
    if (!this.#inline) clock.later(CLOSE_AFTER_THANKS_MS, () => this.#finish());
    // After the render, so the host hears care-comment before care-complete. The box only ever follows a rating.
    this._fire('care-complete', { surveyId: this.surveyId, responseId: this.responseId, rating: this._rating!, comment });
  }

  #onKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Escape' || this.#inline || !this.#isDismissible) return;
    // Handled here, so it is nobody else's: not a partner's modal dialog around the element, not the page.
    event.preventDefault();
    event.stopPropagation();
    this.#dismiss();
  }

  /** Remembers where focus came from when it enters the card from the page, to give it back on closing. */
  #onFocusIn({ relatedTarget: from }: FocusEvent): void {
    if (from && !this.contains(from as Node) && !this.renderRoot.contains(from as Node)) this.#returnFocusTo = from as HTMLElement;
  }

  #dismiss(): void {
    this._emit('care-dismiss', 'care.feedback.dismissed.v1', { stage: this._stage });
    remember(this.surveyId, 'dismissed');
    this.hide();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'care-feedback': CareFeedback;
  }
}
