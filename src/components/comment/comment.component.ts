import { html, nothing } from 'lit';
import { redact } from '../../client/redact.js';
import { CareElement } from '../base/care-element.js';
import { fill, formatNumber, plural } from '../../localization/localize.js';
import { themeStyles } from '../base/theme.js';
import { commentStyles } from './comment.styles.js';
import { cutToLength, DEFAULT_COMMENT_LENGTH, MAX_COMMENT_LENGTH, wellFormed } from '../../core/wire-limits.js';
import { parseReasons, REASONS_EXPECTED, type Reason, type ReasonsValue } from './reasons.js';

/**
 * @tag care-comment
 * @summary Asks "What would improve your experience?" in a labelled text box with a live character counter,
 * with reasons to pick above it when the page offers them, and sends the answer as a `care.feedback.comment.v1`
 * CloudEvent.
 *
 * @event {CustomEvent<CommentData>} care-comment - The visitor submitted (button or Ctrl/Cmd+Enter). `detail` is the sent `CommentData`.
 *   Cancelable: `preventDefault()` keeps it from being sent.
 *
 * @csspart base - The wrapper of everything.
 * @csspart reasons-question - The question that labels the reasons ("What's the main reason?").
 * @csspart reasons - The group of reasons (a checkbox group for assistive technology).
 * @csspart reason - Each reason's toggle chip.
 * @csspart reason-selected - A chosen reason's chip.
 * @csspart label - The question that labels the text box.
 * @csspart textarea - The text box.
 * @csspart counter - The remaining-characters counter.
 * @csspart submit - The submit button.
 * @csspart thanks - The thank-you message shown after submitting.
 *
 * @cssproperty --care-accent - Background of the submit button.
 * @cssproperty --care-accent-contrast - Text colour of the submit button.
 * @cssproperty --care-surface - Background of the text box.
 * @cssproperty --care-text - Text colour.
 * @cssproperty --care-muted - Colour of the counter.
 * @cssproperty --care-border - Border colour of the text box.
 * @cssproperty --care-radius - Corner radius.
 * @cssproperty --care-focus-ring - Focus outline colour.
 * @cssproperty --care-font - Font family.
 */
export class CareComment extends CareElement {
  static override styles = [themeStyles, commentStyles];
  static override properties = {
    question: {},
    placeholder: {},
    submitLabel: { attribute: 'submit-label' },
    counterLabel: { attribute: 'counter-label' },
    thanksMessage: { attribute: 'thanks-message' },
    maxlength: { type: Number },
    reasons: {},
    reasonsQuestion: { attribute: 'reasons-question' },
    _text: { state: true },
    _chosen: { state: true },
    _submitted: { state: true },
  };

  /** The label of the text box. */
  question?: string;
  /** Placeholder text of the text box. */
  placeholder?: string;
  /** Text (and accessible name) of the submit button. */
  submitLabel?: string;
  /** The counter's text; `{count}` stands for the characters left. */
  counterLabel?: string;
  /** The words shown after submitting. */
  thanksMessage?: string;
  /** Characters allowed. */
  maxlength = DEFAULT_COMMENT_LENGTH;
  /**
   * Reasons a visitor can pick before writing, shown as toggle chips above the text box: `Price|Delivery`, each
   * `Label` or `key=Label` (the key is sent; without one the label is), `\|` a literal `|`; at most 8, each 1 to
   * 100 characters. As a property also an array of the same items (`['price=Price', 'Delivery']`).
   * @type {string | string[]}
   */
  reasons?: ReasonsValue;
  /** The label of the reasons group; "What's the main reason?" (localized) by default. */
  reasonsQuestion?: string;

  /** What the visitor has typed so far. */
  private _text = '';
  /** Set once the answer is sent: the thanks replace the text box. */
  private _submitted?: boolean;
  /** The keys of the reasons the visitor picked. */
  private _chosen: string[] = [];


  get #validMaxlength(): number {
    if (Number.isInteger(this.maxlength) && this.maxlength > 0 && this.maxlength <= MAX_COMMENT_LENGTH) return this.maxlength;
    this._refuse('maxlength', `a whole number from 1 to ${MAX_COMMENT_LENGTH} expected; ${DEFAULT_COMMENT_LENGTH} used`);
    return DEFAULT_COMMENT_LENGTH;
  }

  /** The reasons offered now (a bad `reasons` value is reported once, its valid reasons kept). */
  get #offered(): Reason[] {
    return parseReasons(this.reasons, () => this._refuse('reasons', REASONS_EXPECTED));
  }

  /** The keys of the chosen reasons that are offered, in the order shown. */
  #chosenKeys(offered: Reason[]): string[] {
    return offered.filter(({ key }) => this._chosen.includes(key)).map(({ key }) => key);
  }

  #toggle(key: string): void {
    this._chosen = this._chosen.includes(key) ? this._chosen.filter((chosen) => chosen !== key) : [...this._chosen, key];
  }

  /** The label text: the attribute, or the localized default. */
  get label(): string {
    return this.question ?? this._speech.t.commentQuestion;
  }

  protected override render() {
    const { locale, t } = this._speech;
    const maxlength = this.#validMaxlength;
    const left = maxlength - this._text.length;
    const offered = this.#offered;
    // Chips in a checkbox group labelled by its question: each is a tab stop that Space (or a click) toggles.
    return html`
      <div part="base">
        ${this._submitted
          ? nothing
          : html`
              ${offered.length
                ? html`<div part="reasons-question" id="question">${this.reasonsQuestion ?? t.mainReason}</div>
                    <div part="reasons" class="reasons" role="group" aria-labelledby="question">
                      ${offered.map(({ key, label }) => {
                        const checked = this._chosen.includes(key);
                        return html`<button
                          role="checkbox"
                          part="reason${checked ? ' reason-selected' : ''}"
                          aria-checked=${checked}
                          @click=${() => this.#toggle(key)}
                        >${label}</button>`;
                      })}
                    </div>`
                : nothing}
              <label part="label" for="text">${this.label}</label>
              <textarea
                part="textarea"
                id="text"
                maxlength=${maxlength}
                placeholder=${this.placeholder ?? t.placeholder}
                aria-describedby="counter"
                @input=${this.#onInput}
                @keydown=${this.#onKeydown}
              ></textarea>
              <div class="actions">
                <span part="counter" id="counter">
                  ${this.counterLabel
                    ? fill(this.counterLabel, { count: formatNumber(locale, left) })
                    : plural(locale, t.charactersLeft, left)}
                </span>
                <button
                  part="submit"
                  class="submit"
                  aria-disabled=${!this._text.trim() && !this.#chosenKeys(offered).length}
                  @click=${this.#submit}
                >
                  ${this.submitLabel ?? t.submit}
                </button>
              </div>
            `}
        <div part="thanks" class="thanks" role="status" tabindex="-1">
          ${this._submitted ? this.thanksMessage ?? t.thanks : nothing}
        </div>
      </div>
    `;
  }

  /** The text box keeps its own value (it is never re-created while shown); `_text` follows it for the counter and the send. */
  #onInput(event: InputEvent): void {
    this._text = (event.target as HTMLTextAreaElement).value;
  }

  #onKeydown(event: KeyboardEvent): void {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      this.#submit();
    }
  }

  /**
   * Sends the trimmed text, redacted (contract §9), and the chosen reasons' keys (never redacted: the page wrote
   * them), then shows the thanks. An answer with neither is never sent; `reasons` is in the event only when some
   * were offered (`[]` when none was chosen). The whole
   * text is redacted before it is cut, so a card number at the end is never cut short of its mask; the cut comes
   * after, as the masks can be longer than what they hide (`a@b.c` → `[email]`). It is counted in code points,
   * as the schema and the receiver count, and falls between characters as a reader sees them.
   */
  async #submit(): Promise<void> {
    const text = this._text.trim();
    const offered = this.#offered;
    const reasons = this.#chosenKeys(offered);
    if ((!text && !reasons.length) || this._submitted) return;
    this._submitted = true;
    const sent = wellFormed(cutToLength(redact(text, `<${this.localName}>`), this.#validMaxlength));
    this._emit('care-comment', 'care.feedback.comment.v1', { text: sent, question: this.label, ...(offered.length ? { reasons } : {}) }, true);
    // The text box is gone, so focus follows to the thanks instead of falling back to the page's top.
    await this.updateComplete;
    this._focus('.thanks');
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'care-comment': CareComment;
  }
}
