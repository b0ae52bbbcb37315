import { MAX_REASON_LENGTH, MAX_REASONS, tooLong, wellFormed } from '../../core/wire-limits.js';

/** A reason a visitor can pick: `key` is sent (and ranked), `label` is shown. */
export interface Reason {
  key: string;
  label: string;
}

/** Reasons as a page writes them: `Price|delivery=Delivery` (`\|` a literal `|`), or an array of the same items. */
export type ReasonsValue = string | readonly string[];

/** What the console error says a `reasons` value should be. */
export const REASONS_EXPECTED = `at most ${MAX_REASONS} reasons of 1 to ${MAX_REASON_LENGTH} characters expected; the valid ones used`;

/**
 * The reasons of `value`, in the order written: each item `Label` or `key=Label` (split at the first `=`; without
 * a key the label is sent), trimmed. An item that is empty, longer than MAX_REASON_LENGTH characters (its key or
 * its label) or a repeated key is left out, and so is any item after the first MAX_REASONS; `refuse` is then
 * called once. Keys are sent as every store keeps them (`wellFormed`).
 */
export function parseReasons(value: ReasonsValue | null | undefined, refuse: () => void): Reason[] {
  // None offered: no value, an empty attribute, an empty array (no error: a page may turn reasons off so).
  const items = !value ? [] : Array.isArray(value) ? value : String(value).split(/(?<!\\)\|/).map((item) => item.replaceAll('\\|', '|'));
  const reasons: Reason[] = [];
  let refused = false;
  for (const item of items) {
    // The key comes before the first `=` (undefined without one); spaces around either part are dropped.
    const [, key, label] = /^\s*(?:([^=]*?)\s*=)?\s*(.*?)\s*$/s.exec(item)!;
    const sent = wellFormed(key ?? label);
    const valid = label && sent && !tooLong(sent, MAX_REASON_LENGTH) && !tooLong(label, MAX_REASON_LENGTH);
    if (valid && reasons.length < MAX_REASONS && !reasons.some((reason) => reason.key === sent)) reasons.push({ key: sent, label });
    else refused = true;
  }
  if (refused) refuse();
  return reasons;
}
