/** Shared pieces of the popover, tab, trigger and memory tests of `<care-feedback>`. */
import { waitUntil } from '@open-wc/testing';
import { clock } from '../../src/core/clock.js';
import { newPageView } from '../../src/components/feedback/popover-coordinator.js';
import type { CareFeedback } from '../../src/components/feedback/feedback.component.js';
import type { CareRating } from '../../src/components/rating/rating.component.js';
import type { CareComment } from '../../src/components/comment/comment.component.js';

export const DAY = 24 * 60 * 60 * 1000;

/**
 * Replaces the library's clock: `now()` stands still until `advance(ms)` moves it, and timers set with
 * `clock.later` run only when `advance` passes their time, in order. `restore()` puts the real clock back.
 */
export function useFakeClock(start = Date.now()) {
  const real = { ...clock };
  let now = start;
  let timers: { at: number; callback: () => void }[] = [];
  clock.now = () => now;
  clock.later = (ms, callback) => {
    const timer = { at: now + ms, callback };
    timers.push(timer);
    return () => {
      timers = timers.filter((t) => t !== timer);
    };
  };
  return {
    now: () => now,
    advance(ms: number) {
      const until = now + ms;
      for (;;) {
        const next = timers.filter((t) => t.at <= until).sort((a, b) => a.at - b.at)[0];
        if (!next) break;
        timers = timers.filter((t) => t !== next);
        now = next.at;
        next.callback();
      }
      now = until;
    },
    /** Timers still waiting. */
    get pending() {
      return timers.length;
    },
    restore() {
      Object.assign(clock, real);
    },
  };
}

const MEMORY_KEYS = /^care-feedback:(survey:|last-shown$)/;

/** Forgets what every survey remembered (not the outbox) and starts a new page view. */
export function freshVisit(): void {
  for (const key of Object.keys(localStorage)) if (MEMORY_KEYS.test(key)) localStorage.removeItem(key);
  newPageView();
}

/** A later page view of the same visitor: the memory stays, the one-survey-per-page-view place is free again. */
export const nextPageView = newPageView;

export function readMemory(surveyId: string): { draw?: number; answered?: number; dismissed?: number } | null {
  const raw = localStorage.getItem(`care-feedback:survey:${surveyId}`);
  return raw === null ? null : JSON.parse(raw);
}

/** Writes a survey's memory as an earlier visit would have left it ("time travel" without waiting). */
export function writeMemory(surveyId: string, memory: { draw?: number; answered?: number; dismissed?: number }): void {
  localStorage.setItem(`care-feedback:survey:${surveyId}`, JSON.stringify(memory));
}

let surveyCount = 0;
/** A survey id no other test has used. */
export const uniqueSurvey = (name = 's') => `${name}-${Date.now().toString(36)}-${surveyCount++}`;

/** Long enough for the one-task contest between due surveys to be decided, and the card rendered. */
export async function settled(el?: CareFeedback): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 20));
  await el?.updateComplete;
}

export async function opened(el: CareFeedback): Promise<void> {
  await waitUntil(() => el.open, 'the card did not open', { timeout: 2000 });
  await el.updateComplete;
}

/** Ends the entrance animation, whose transform would otherwise offset what is measured. */
export function endEntrance(el: CareFeedback): void {
  card(el).getAnimations().forEach((animation) => animation.finish());
}

export const card = (el: CareFeedback) => el.shadowRoot!.querySelector<HTMLElement>('[part="card"]')!;
export const launcher = (el: CareFeedback) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part="launcher"]');
export const closeButton = (el: CareFeedback) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part="close"]')!;
export const status = (el: CareFeedback) => el.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim();
export const rating = (el: CareFeedback) => el.shadowRoot!.querySelector<CareRating>('care-rating')!;
export const comment = (el: CareFeedback) => el.shadowRoot!.querySelector<CareComment>('care-comment')!;
export const option = (el: CareFeedback, index: number) =>
  rating(el).shadowRoot!.querySelectorAll<HTMLButtonElement>('[role="radio"]')[index];
/** The element focus is on, looking into shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Rates by click, then sends a comment, as a visitor with a mouse would. */
export async function complete(el: CareFeedback, index = 1, text = 'Fine'): Promise<void> {
  await rating(el).updateComplete;
  option(el, index).click();
  await el.updateComplete;
  const box = comment(el);
  await box.updateComplete;
  const textarea = box.shadowRoot!.querySelector('textarea')!;
  textarea.value = text;
  textarea.dispatchEvent(new InputEvent('input'));
  await box.updateComplete;
  box.shadowRoot!.querySelector<HTMLButtonElement>('[part~="submit"]')!.click();
  await waitUntil(() => el.shadowRoot!.querySelector('[part="thanks"]'), 'no thanks');
  await el.updateComplete;
}

/** The dark look of the README's theming section. */
export const DARK = {
  '--care-surface': '#111827',
  '--care-text': '#f9fafb',
  '--care-muted': '#d1d5db',
  '--care-border': '#9ca3af',
  '--care-accent': '#93c5fd',
  '--care-accent-contrast': '#111827',
  '--care-focus-ring': '#93c5fd',
  '--care-star-color': '#fbbf24',
};
