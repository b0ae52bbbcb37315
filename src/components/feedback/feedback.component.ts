import { html, LitElement, nothing, type PropertyValues } from 'lit';
import type {
  CommentData,
  DismissedData,
  FeedbackMode,
  FeedbackStage,
  FeedbackTrigger,
  RatingData,
  RatingScale,
  ShownData,
} from '../../types.js';
import { newId } from '../../client/ids.js';
import { describe } from '../../client/config.js';
import { reportError } from '../../internal/log.js';
import { LocalizeController } from '../../internal/localize.js';
import { sentimentOf, type Sentiment } from '../../internal/scales.js';
import { baseData, emitFeedbackEvent } from '../../internal/feedback-event.js';
import { themeStyles } from '../../internal/theme.js';
import { feedbackStyles } from './feedback.styles.js';

const MODES: readonly FeedbackMode[] = ['inline', 'popover', 'tab'];

/** `dismissible` is on by default for popover and tab; `dismissible="false"` turns it off anywhere. */
const dismissibleConverter = {
  fromAttribute: (value: string | null) => (value === null ? undefined : value !== 'false'),
  toAttribute: (value: boolean | undefined) => (value === undefined ? null : String(value)),
};

/**
 * @tag care-feedback
 * @summary The whole conversation in one card: a rating, then "What would improve your experience?", then
 * thanks, all sharing one `responseId`.
 *
 * @event care-show - The card became visible. `detail` is the sent `ShownData`.
 * @event care-rate - A rating was committed (from the inner rating; cancelable).
 * @event care-comment - The follow-up was submitted (from the inner comment box; cancelable).
 * @event care-dismiss - The visitor closed the card. `detail` is the sent `DismissedData`.
 * @event care-complete - The conversation reached its thanks. `detail`: `{ surveyId, responseId, rating, comment }`.
 *
 * @slot thanks - Replaces the closing words.
 * @slot thanks-positive - Replaces them for the top band (NPS 9–10, top two points, thumbs up, top emoji).
 * @slot thanks-negative - Replaces them for the bottom band (NPS 0–6, below the middle, thumbs down).
 *
 * @csspart card - The card.
 * @csspart close - The close button.
 * @csspart thanks - The closing words.
 * @csspart question - The rating question (from the inner rating).
 * @csspart options - The rating's radio group.
 * @csspart option - Each rating option.
 * @csspart option-selected - The chosen rating option.
 * @csspart labels - The words under the ends of the scale.
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
 * @cssproperty --care-shadow - Card shadow.
 * @cssproperty --care-max-width - Card's maximum width.
 * @cssproperty --care-focus-ring - Focus outline colour.
 * @cssproperty --care-font - Font family.
 */
export class CareFeedback extends LitElement {
  static override styles = [themeStyles, feedbackStyles];
  static override properties = {
    surveyId: { attribute: 'survey-id' },
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
    closeLabel: { attribute: 'close-label' },
    thanksMessage: { attribute: 'thanks-message' },
    mode: {},
    dismissible: { converter: dismissibleConverter },
    open: { type: Boolean, reflect: true },
    endpoint: {},
    stage: { state: true },
    sentiment: { state: true },
    announcement: { state: true },
  };

  /** Names this survey in every event. */
  surveyId = 'default';
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
  maxlength = 1000;
  /** Accessible name of the close button. */
  closeLabel?: string;
  /** The closing words. */
  thanksMessage?: string;
  /** `inline` (in the page flow), `popover` (a fixed card in a corner) or `tab` (a launcher tab). */
  mode: FeedbackMode = 'inline';
  /** A close button; on by default for popover and tab. */
  dismissible?: boolean;
  /** Whether the card shows. */
  open?: boolean;
  /** Overrides the global endpoint for this element's events. */
  endpoint?: string;

  private stage: FeedbackStage = 'rating';
  private sentiment: Sentiment = 'neutral';
  /** Said by the screen reader when the card changes without moving focus. */
  private announcement = '';

  private get thanksElement(): HTMLElement | null {
    return this.renderRoot.querySelector('.thanks');
  }

  private readonly localize = new LocalizeController(this);
  /** One id for the whole conversation: the rating, its changes, the comment, shown and dismissed. */
  private responseId = newId();
  private lastRating?: RatingData;
  private shownSent = false;
  private visibilityObserver?: IntersectionObserver;

  private get validMode(): FeedbackMode {
    if (MODES.includes(this.mode)) return this.mode;
    reportError(`<care-feedback> mode ${describe(this.mode)} is not one of ${MODES.join(', ')}; using "inline".`);
    return 'inline';
  }

  private get isDismissible(): boolean {
    return this.dismissible ?? this.validMode !== 'inline';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.open === undefined && this.validMode === 'inline') this.open = true;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.visibilityObserver?.disconnect();
    this.visibilityObserver = undefined;
  }

  /** Opens the card. */
  show(): void {
    this.open = true;
  }

  /** Closes the card without counting it as a dismissal. */
  hide(): void {
    this.open = false;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('open') && this.open) this.watchForFirstView();
  }

  /** An inline card counts as shown once part of it is on screen, not merely in the document. */
  private watchForFirstView(): void {
    if (this.shownSent || this.visibilityObserver || typeof IntersectionObserver === 'undefined') return;
    this.visibilityObserver = new IntersectionObserver((entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      this.visibilityObserver?.disconnect();
      this.visibilityObserver = undefined;
      this.announceShown('load');
    });
    this.visibilityObserver.observe(this);
  }

  private announceShown(trigger: FeedbackTrigger): void {
    if (this.shownSent) return;
    this.shownSent = true;
    const data: ShownData = { ...this.base(), mode: this.validMode, trigger };
    emitFeedbackEvent(this, 'care-show', 'care.feedback.shown.v1', data, { endpoint: this.endpoint });
  }

  private base() {
    return baseData(this.surveyId, this.responseId, this.localize.lang());
  }

  protected override render() {
    const t = this.localize.strings();
    return html`
      <div part="card" class="card">
        ${this.stage === 'thanks' ? this.renderThanks(t.thanks) : this.renderConversation()}
        ${this.isDismissible
          ? html`<button part="close" class="close" type="button" aria-label=${this.closeLabel ?? t.close} @click=${this.dismiss}>
              <span aria-hidden="true">×</span>
            </button>`
          : nothing}
        <div class="visually-hidden" role="status">${this.announcement}</div>
      </div>
    `;
  }

  private renderConversation() {
    return html`
      <care-rating
        exportparts="question, options, option, option-selected, labels"
        survey-id=${this.surveyId}
        scale=${this.scale}
        range=${this.range}
        .question=${this.question}
        .lowLabel=${this.lowLabel}
        .highLabel=${this.highLabel}
        .endpoint=${this.endpoint}
        .responseId=${this.responseId}
        @care-rate=${this.onRate}
      ></care-rating>
      ${this.stage === 'comment'
        ? html`<care-comment
            exportparts="label, textarea, counter, submit"
            survey-id=${this.surveyId}
            .question=${this.followupLabel()}
            .placeholder=${this.placeholder}
            .submitLabel=${this.submitLabel}
            .counterLabel=${this.counterLabel}
            .maxlength=${this.maxlength}
            .endpoint=${this.endpoint}
            .responseId=${this.responseId}
            @care-comment=${this.onComment}
          ></care-comment>`
        : nothing}
    `;
  }

  /** Host content in the slot for the answer's band, else in `thanks`, else the closing words. */
  private renderThanks(defaultThanks: string) {
    const words = html`<slot name="thanks">${this.thanksMessage ?? defaultThanks}</slot>`;
    return html`<div part="thanks" class="thanks" tabindex="-1">
      ${this.sentiment === 'neutral' ? words : html`<slot name="thanks-${this.sentiment}">${words}</slot>`}
    </div>`;
  }

  private onRate(event: CustomEvent<RatingData>): void {
    const rating = event.detail;
    this.lastRating = rating;
    this.sentiment = sentimentOf(rating.scale, rating.value, rating.max);
    if (this.stage === 'rating') {
      this.stage = 'comment';
      // Focus stays on the rating (the visitor may change it); a screen reader hears what comes next.
      this.announcement = this.followupLabel();
    }
  }

  private followupLabel(): string {
    const positive = this.sentiment === 'positive' && this.followupQuestionPositive;
    return (positive ? this.followupQuestionPositive : this.followupQuestion) ?? this.localize.strings().commentQuestion;
  }

  private async onComment(event: CustomEvent<CommentData>): Promise<void> {
    const comment = event.detail;
    this.stage = 'thanks';
    this.announcement = '';
    await this.updateComplete;
    this.thanksElement?.focus();
    // After the render, so the host hears care-comment before care-complete.
    if (this.lastRating) {
      this.dispatchEvent(
        new CustomEvent('care-complete', {
          detail: { surveyId: this.surveyId, responseId: this.responseId, rating: this.lastRating, comment },
          bubbles: true,
          composed: true,
        })
      );
    }
  }

  private dismiss(): void {
    const data: DismissedData = { ...this.base(), stage: this.stage };
    emitFeedbackEvent(this, 'care-dismiss', 'care.feedback.dismissed.v1', data, { endpoint: this.endpoint });
    this.open = false;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'care-feedback': CareFeedback;
  }
}
