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
  const on = (target: EventTarget, type: string, happened = (_event: Event): unknown => true, capture = false) =>
    target.addEventListener(
      type,
      (event) => {
        if (!happened(event)) return;
        done.abort(); // fires once
        fire();
      },
      { signal: done.signal, capture }
    );
  if (trigger === 'scroll') {
    // Scroll events do not bubble, but every one passes `document` on its way down: heard there, an app shell
    // that scrolls inside its own container counts as well as the window.
    on(document, 'scroll', (event) => scrolledPast(event.target as Document | Element, options.scrollDepth), true);
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

/** A container counts as the page's own scroller when it covers at least this share of the viewport. */
const PAGE_SCROLLER_SHARE = 0.5;

/**
 * Whether `target` (the document, or an element that scrolled) is the page's scroller and has been scrolled
 * through `depth` percent of what it can scroll. The document scrolls its `scrollingElement`, which covers the
 * viewport; a small scroller (a carousel, a code sample, a text box) is not the page, so it never counts.
 */
function scrolledPast(target: Document | Element, depth: number): boolean {
  const scroller = (target as Document).scrollingElement ?? (target as Element);
  const { clientWidth, clientHeight, scrollHeight, scrollTop } = scroller;
  const isPage = clientWidth * clientHeight >= PAGE_SCROLLER_SHARE * innerWidth * innerHeight;
  return isPage && scrollTop >= ((scrollHeight - clientHeight) * depth) / 100;
}
