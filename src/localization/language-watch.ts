/**
 * Re-renders the elements when their language may have changed: a `lang` attribute set or removed on the
 * element, an ancestor or `<html>` (including ancestors inside shadow roots), or a language registered
 * later (a language pack that arrived). Mutation observers deliver in a microtask, so the new language is
 * on screen within the same frame; an element keeps its state (value, typed text, stage), only its texts change.
 */
const speakers = new Set<{ requestUpdate(): void }>();
let observer: MutationObserver | undefined;

/** Re-renders every element that speaks: also what registering a language does. */
export const rerenderAll = (): void => speakers.forEach((element) => element.requestUpdate());

/**
 * Starts re-rendering `element` on language changes, watching every tree between it and the document. A tree
 * watched already is not watched twice: observing a node again only sets the same options again.
 */
export function watchLanguage(element: HTMLElement & { requestUpdate(): void }): void {
  speakers.add(element);
  observer ??= new MutationObserver(rerenderAll);
  for (let root = element.getRootNode(); ; root = (root as ShadowRoot).host.getRootNode()) {
    observer.observe(root, { attributeFilter: ['lang'], subtree: true }); // attributeFilter implies attributes
    if (!(root instanceof ShadowRoot)) break;
  }
}

export function unwatchLanguage(element: { requestUpdate(): void }): void {
  speakers.delete(element);
}
