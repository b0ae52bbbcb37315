/**
 * The moments the outbox is worked through besides a new event: `resume` as soon as the library has loaded
 * (what an earlier visit left) and when the browser is back online; `leave` when the page is hidden or left (`visibilitychange` to hidden, which
 * is the last event a mobile browser reliably fires, and `pagehide`). Never `unload`: a page with an unload
 * listener is kept out of the back/forward cache, and mobile browsers often skip it anyway.
 */
export function watchPage(resume: () => void, leave: () => void): void {
  const doc = globalThis.document;
  if (!doc) return; // server rendering: no page to watch
  addEventListener('online', resume);
  addEventListener('pagehide', leave);
  doc.addEventListener('visibilitychange', () => doc.hidden && leave());
  setTimeout(resume);
}
