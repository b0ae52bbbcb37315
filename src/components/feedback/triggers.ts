import type { FeedbackTrigger } from '../../types.js';
import { clock, SECOND_MS } from '../../core/clock.js';

export interface TriggerOptions {
  /** Seconds, for `delay`. */
  delay: number;
  /** Percent of the page's scrollable height, for `scroll`. */
  scrollDepth: number;
  /** Event name heard on `document`, for `event`. */
  triggerEvent?: string;
}

/**
 * Calls `fire` once when `trigger` happens, and returns a function that cancels whatever is still pending, so
 * an element that leaves the page (a single-page app changing routes) never fires later. `manual` never fires.
 */
export function armTrigger(trigger: FeedbackTrigger, options: TriggerOptions, fire: () => void): () => void {
  if (trigger === 'delay') return clock.later(options.delay * SECOND_MS, fire);
  const done = new AbortController();
  const on = (target: EventTarget, type: string, happened = (_event: Event): unknown => true) =>
    target.addEventListener(
      type,
      (event) => {
        if (!happened(event)) return;
        done.abort(); // fires once
        fire();
      },
      { signal: done.signal }
    );
  if (trigger === 'scroll') {
    on(window, 'scroll', () => scrollY >= ((document.documentElement.scrollHeight - innerHeight) * options.scrollDepth) / 100);
  } else if (trigger === 'exit') {
    // The pointer left the window through its top edge, towards the tabs and the address bar. Touch screens
    // have no such pointer, so there it never fires.
    on(document, 'mouseout', (event) => !(event as MouseEvent).relatedTarget && (event as MouseEvent).clientY <= 0);
  } else if (trigger === 'event') {
    if (options.triggerEvent) on(document, options.triggerEvent);
  } else if (trigger === 'load') {
    if (document.readyState === 'complete') fire();
    else on(window, 'load');
  }
  return () => done.abort();
}
