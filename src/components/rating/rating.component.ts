import { html, nothing, type PropertyValues } from 'lit';
import type { RatingScale } from '../../types.js';
import { RANGES, scaleModel, SCALES, type ScaleModel } from '../base/scales.js';
import { CareElement } from '../base/care-element.js';
import { themeStyles } from '../base/theme.js';
import { ratingStyles } from './rating.styles.js';
import { FACES, STAR, THUMBS } from './artwork.js';

/**
 * @tag care-rating
 * @summary Asks for a rating (NPS, stars, emoji, numbers or thumbs) as an accessible radio group and sends
 * each committed choice as a `care.feedback.rating.v1` CloudEvent.
 *
 * @event {CustomEvent<RatingData>} care-rate - A choice was committed (click, tap, Space, Enter). `detail` is the sent `RatingData`.
 *   Cancelable: `preventDefault()` keeps it from being sent.
 * @event {Event} change - Native change event after each committed choice.
 *
 * @csspart base - The wrapper of everything.
 * @csspart question - The question that labels the group.
 * @csspart options - The radio group.
 * @csspart option - Each option button.
 * @csspart option-selected - The chosen option.
 * @csspart labels - The words under the two ends of the scale.
 *
 * @cssproperty --care-accent - Colour of the chosen option and hover borders.
 * @cssproperty --care-accent-contrast - Text colour on the accent.
 * @cssproperty --care-surface - Background of options.
 * @cssproperty --care-text - Text colour.
 * @cssproperty --care-muted - Colour of the end labels.
 * @cssproperty --care-border - Border colour of options.
 * @cssproperty --care-radius - Corner radius.
 * @cssproperty --care-focus-ring - Focus outline colour.
 * @cssproperty --care-star-color - Colour of filled stars.
 * @cssproperty --care-target-size - Minimum size of an option (default 2.75rem = 44px).
 * @cssproperty --care-font - Font family.
 */
export class CareRating extends CareElement {
  static override styles = [themeStyles, ratingStyles];
  static override properties = {
    scale: {},
    range: { type: Number },
    question: {},
    lowLabel: { attribute: 'low-label' },
    highLabel: { attribute: 'high-label' },
    value: { type: Number, reflect: true },
    name: { reflect: true },
    disabled: { type: Boolean, reflect: true },
    _preview: { state: true },
  };
  static formAssociated = true;

  /** `nps` (0–10), `stars`, `emoji`, `numbers` or `thumbs` (0 = down, 1 = up). */
  scale: RatingScale = 'stars';
  /** Points for `stars`/`numbers` (3, 5, 7, 10) and `emoji` (3, 5), counted from 1. */
  range = 5;
  /** The heading; it labels the group. Defaults per scale, localized. */
  question?: string;
  /** Words under the low end of the scale. */
  lowLabel?: string;
  /** Words under the high end of the scale. */
  highLabel?: string;
  /** The chosen value; none before a choice. Setting it from code fires and sends nothing. */
  value?: number;
  /** Makes the rating a form control: its value goes into the form's FormData under this name. */
  name?: string;
  /** No choice can be made. */
  disabled = false;
  /** The value of the star under the pointer or focus: stars fill up to it until the pointer or focus leaves. */
  private _preview?: number;

  readonly #internals = this.attachInternals();

  /** The scale actually used: the attribute if it is valid, otherwise stars (with a console error). */
  get #validScale(): RatingScale {
    return this._oneOf('scale', SCALES);
  }

  get #validRange(): number {
    const allowed = RANGES[this.#validScale];
    // Every scale with a range has a 5-point form.
    return allowed ? this._oneOf('range', allowed, 5) : this.range;
  }

  /** The scale's options and texts, with attribute overrides applied. @internal */
  get _model(): ScaleModel {
    return scaleModel(this.#validScale, this.#validRange, this._speech, this);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('value')) {
      if (this.value != null) {
        const { min, max, options } = this._model;
        // The options are the whole numbers from min to max.
        if (!options.some((option) => option.value === this.value)) {
          this._refuse('value', `a whole number from ${min} to ${max} expected; cleared`);
          this.value = undefined;
        }
      }
      // The form's value is the number as a string, or none: setFormValue converts a number as String()
      // would, and undefined to null (Web IDL).
      this.#internals.setFormValue(this.value as any);
    }
  }

  protected override render() {
    const { scale, max, options, question, lowLabel, highLabel } = this._model;
    const isDisabled = this.#isDisabled;
    const chosenIndex = options.findIndex((option) => option.value === this.value);
    const tabStop = Math.max(chosenIndex, 0);
    const filledUpTo = this._preview ?? this.value ?? 0;
    const hasLabels = lowLabel || highLabel;
    // Faces are numbered from very dissatisfied (0) to very satisfied (4); a 3-point scale has the middle three.
    const faceOffset = max === 3 ? 0 : 1;
    return html`
      <div part="base" class=${scale}>
        <div part="question" id="question">${question}</div>
        <div class="scale n${options.length}">
          <div
            part="options"
            class="options"
            role="radiogroup"
            aria-labelledby="question"
            aria-describedby=${hasLabels ? 'labels' : nothing}
            aria-disabled=${isDisabled}
            @keydown=${this.#onKeydown}
            @click=${this.#onClick}
            @pointerover=${this.#previewUnder}
            @focusin=${this.#previewUnder}
            @pointerleave=${this.#endPreview}
            @focusout=${this.#endPreview}
          >
            ${options.map((option, index) => {
              const checked = index === chosenIndex;
              const filled = scale === 'stars' && option.value <= filledUpTo;
              // No type="button": no form lives in this shadow root for a button to submit.
              return html`<button
                role="radio"
                part="option${checked ? ' option-selected' : ''}"
                class="option${filled ? ' filled' : ''}"
                aria-checked=${checked}
                aria-label=${option.name}
                tabindex=${index === tabStop ? 0 : -1}
                ?disabled=${isDisabled}
                value=${option.value}
              >
                ${scale === 'stars' ? STAR
                  : scale === 'emoji' ? FACES[option.value - faceOffset]
                  : scale === 'thumbs' ? THUMBS[option.value]
                  : option.text}
              </button>`;
            })}
          </div>
          ${hasLabels
            ? html`<div part="labels" id="labels"><span>${lowLabel}</span><span>${highLabel}</span></div>`
            : nothing}
        </div>
      </div>
    `;
  }

  /** One listener for every option: a click, a tap, or Space or Enter on a focused option commits it. */
  #onClick(event: Event): void {
    const option = (event.target as Element).closest('button');
    if (option) this.#commit(+option.value);
  }

  /** Stars preview the choice under the pointer or keyboard focus; nothing is chosen or sent until a commit. */
  #previewUnder(event: Event): void {
    const option = (event.target as Element).closest('button');
    if (option && this.#validScale === 'stars' && !this.#isDisabled) this._preview = +option.value;
  }

  /**
   * Leaving restores the chosen value. Focus moving from star to star leaves one and enters the next in the
   * same task, so the preview moves without showing the chosen value in between.
   */
  #endPreview(): void {
    this._preview = undefined;
  }

  /** Arrow keys move focus only (mirrored right to left); committing is Space, Enter, click or tap. */
  #onKeydown(event: KeyboardEvent): void {
    const buttons = [...this.renderRoot.querySelectorAll<HTMLButtonElement>('[role=radio]')];
    const current = buttons.indexOf(event.target as HTMLButtonElement);
    const mirrored = getComputedStyle(this).direction === 'rtl' ? -1 : 1;
    // Home and End go to the first and the last option (-1: counted from the end).
    const next = ({ ArrowRight: current + mirrored, ArrowDown: current + 1, ArrowLeft: current - mirrored, ArrowUp: current - 1, Home: 0, End: -1 } as Record<string, number>)[event.key];
    if (current < 0 || next == null) return;
    event.preventDefault();
    // Past either end wraps around to the other: `at` counts a negative index from the end.
    buttons.at(next % buttons.length)!.focus();
  }

  /** The attribute, or a disabled `<fieldset>` or form around it (`:disabled` covers both for form controls). */
  get #isDisabled(): boolean {
    return this.disabled || this.matches(':disabled');
  }

  #commit(value: number): void {
    if (this.#isDisabled) return;
    this.value = value;
    // Now, not at the next render: a change listener may submit the form right away.
    this.#internals.setFormValue(value as any); // as a string, see willUpdate
    const { scale, min, max, question } = this._model;
    this._emit('care-rate', 'care.feedback.rating.v1', { scale, value, min, max, question }, true);
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  /** Focuses the chosen option, or the first one. */
  override focus(options?: FocusOptions): void {
    this._focus('[tabindex="0"]', options);
  }

  /** Called by the browser when the owning form is reset. */
  formResetCallback(): void {
    this.value = undefined;
  }

  /** Called by the browser when an ancestor fieldset or the form is disabled. */
  formDisabledCallback(): void {
    this.requestUpdate();
  }

}

declare global {
  interface HTMLElementTagNameMap {
    'care-rating': CareRating;
  }
}
