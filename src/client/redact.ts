import { describe, reportError } from '../core/log.js';
import { currentConfig, type RedactRule } from '../core/config.js';

/**
 * What replaces each kind of personal data. Words in brackets rather than stars, so whoever reads the
 * feedback still knows what the customer mentioned ("my card [card number] was charged twice").
 */
const CARD = '[card number]';

/**
 * E-mail: letters and digits of any script around one `@` and a dotted domain. Phone: 9 to 15 digits, with
 * a `+` or not, and the spaces, dots, dashes, slashes and brackets people write between them, not part of a
 * longer number and not followed by `:`, so dates (8 digits) and times (`2026-11-30 10:30`) stay.
 */
const PATTERNS: Record<RedactRule, RegExp> = {
  // The lookbehind starts a match only where an address can begin, so a long text without `@` stays linear.
  email: /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+/gu,
  phone: /(?<![\d+])\+?\(?\d([ ./()-]{0,2}\d){8,14}(?![\d:])/g,
};

/** A payment card number has 13 to 19 digits. */
const MIN_CARD_DIGITS = 13;
const MAX_CARD_DIGITS = 19;

/**
 * The value of a decimal digit of the common scripts. Unicode puts each script's ten digits in a row; most rows
 * start at a multiple of 16 (ASCII, Arabic, Persian, Thai, full-width), the Indic ones (Devanagari to Sinhala,
 * U+0900–U+0DFF) 6 later. Rarer rows (Limbu, the mathematical digits) come out wrong: cards written in them are
 * missed.
 */
const INDIC_BLOCKS = { first: 0x0900, last: 0x0dff, rowOffset: 6 };
const digitValue = (digit: string) => {
  const code = digit.codePointAt(0)!;
  const rowOffset = code >= INDIC_BLOCKS.first && code <= INDIC_BLOCKS.last ? INDIC_BLOCKS.rowOffset : 0;
  return (code - rowOffset) % 16;
};

/** Each digit doubled, a two-digit result counted as the sum of its digits (7 → 14 → 5), as Luhn counts it. */
const DOUBLED = [0, 2, 4, 6, 8, 1, 3, 5, 7, 9];

/** The Luhn checksum that every payment card number passes (and 1 in 10 other numbers). */
function passesLuhn(digits: number[]): boolean {
  let sum = 0;
  digits.forEach((digit, i) => {
    const isSecondFromRight = (digits.length - i) % 2 === 0;
    sum += isSecondFromRight ? DOUBLED[digit] : digit;
  });
  return sum % 10 === 0;
}

/**
 * Masks every run of 13 to 19 digits, in groups separated by spaces or dashes of any kind, that passes the
 * Luhn check. Every span of whole groups is tried and every group inside one that passes is masked, so a
 * card number written next to other digits (a security code, a date, another number) is found whatever is
 * beside it; order numbers and other numbers that fail the check stay as they are.
 */
const maskCards = (text: string) =>
  text.replace(/\p{Nd}+([\s\p{Pd}]+\p{Nd}+)*/gu, (run) => {
    const parts = run.split(/([\s\p{Pd}]+)/u); // digit groups at even indices, separators between
    const masked: boolean[] = [];
    for (let start = 0; start < parts.length; start += 2) {
      const digits: number[] = [];
      for (let end = start; end < parts.length; end += 2) {
        digits.push(...[...parts[end]].map(digitValue));
        if (digits.length > MAX_CARD_DIGITS) break;
        if (digits.length >= MIN_CARD_DIGITS && passesLuhn(digits)) {
          for (let group = start; group <= end; group++) masked[group] = true;
        }
      }
    }
    // One mask for each stretch of masked groups and the separators between them.
    return parts.map((part, i) => (masked[i] ? (masked[i - 1] ? '' : CARD) : part)).join('');
  });

/**
 * What of a visitor's free text may leave the browser (contract §9): card numbers masked, then the host's
 * rules (`configure({ redact })`) in their order. A host function that throws or returns no text is
 * reported and skipped, so the answer is still sent, with every mask before it applied.
 */
export function redact(text: string, who: string): string {
  text = maskCards(text);
  for (const rule of currentConfig().redact) {
    let redacted: unknown;
    try {
      redacted = typeof rule === 'function' ? rule(text) : text.replace(PATTERNS[rule], `[${rule}]`);
    } catch (error) {
      redacted = error;
    }
    if (typeof redacted === 'string' && redacted) text = redacted;
    // describe(): whatever a host throws or returns (a Symbol, an object without a prototype) is told safely.
    else reportError(`${who} redact function failed: ${describe(redacted)}; ignored.`, false);
  }
  return text;
}
