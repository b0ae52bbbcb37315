/**
 * One survey at a time: at most one popover or tab per page view. Surveys that fall due in the same moment
 * (one load, one scroll, one event) compete: the highest priority wins, ties go to the first in document
 * order; the others wait for a later page view.
 */
interface Contender {
  element: Element & { priority: number };
  /** Shows the survey if its rules still allow it now; says whether it did. */
  show: () => boolean;
}

let holder: Element | undefined;
let contenders: Contender[] = [];

/** Asks for this page view's one place; the element that holds it may show again (after `hide()`). */
export function requestPlace(element: Contender['element'], show: Contender['show']): void {
  if (holder) {
    if (holder === element) show();
    return;
  }
  // A task, not a microtask: every survey due in this task (all load listeners, one scroll) joins the race.
  if (!contenders.length) setTimeout(decide);
  contenders.push({ element, show });
}

function decide(): void {
  holder = contenders
    .filter((c) => c.element.isConnected)
    .sort((a, b) => b.element.priority - a.element.priority || (a.element.compareDocumentPosition(b.element) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1))
    .find((c) => c.show())?.element;
  contenders = [];
}

/** Starts a new page view as far as this module knows: for tests. */
export function newPageView(): void {
  holder = undefined;
  contenders = [];
}
