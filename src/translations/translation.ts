/** The shape of a language: what `en.ts` and every other module in this folder export. */

/**
 * Texts that change with a number, one per `Intl.PluralRules` category of the language (`other` always;
 * `one`, `few`, `many`, … where the language has them). `{count}` stands for the number, formatted.
 */
export type PluralForms = { other: string } & Partial<Record<Exclude<Intl.LDMLPluralRule, 'other'>, string>>;

/**
 * Every visible or spoken string the elements use, as plain data so a language pack is a few hundred bytes.
 * Each can also be replaced per element by an attribute.
 */
export interface Translation {
  /** BCP 47 language code, e.g. `de`, `pt`, `zh-Hant`. */
  $code: string;
  npsQuestion: string;
  satisfactionQuestion: string;
  thumbsQuestion: string;
  npsLow: string;
  npsHigh: string;
  satisfactionLow: string;
  satisfactionHigh: string;
  /** Accessible name of a numbered option: `{value} of {max}` → "9 of 10". */
  pointOf: string;
  /** Accessible name of a star option: "4 stars". */
  stars: PluralForms;
  /** Accessible names of the five faces, from very unhappy to very happy (a 3-point scale uses the middle three). */
  emoji: [string, string, string, string, string];
  thumbsDown: string;
  thumbsUp: string;
  commentQuestion: string;
  /** The label of the reasons a visitor can pick: "What's the main reason?" */
  mainReason: string;
  placeholder: string;
  submit: string;
  /** The counter under the text box: "12 characters left". */
  charactersLeft: PluralForms;
  thanks: string;
  close: string;
  /** The launcher of a `<care-feedback mode="tab">`, and the name of a popover or tab card. */
  feedback: string;
  /** Said when a popover or tab card appears without taking focus. */
  appeared: string;
}
