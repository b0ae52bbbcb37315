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

/** The trees observed already: most elements share one (the document), and observing it again is not free. */
const watchedTrees = new WeakSet<Node>();

/**
 * Starts re-rendering `element` on language changes, watching every tree between it and the document that is
 * not watched yet. The walk goes all the way up even past a watched tree: a host moved into another tree
 * since leaves that tree unwatched.
 */
export function watchLanguage(element: HTMLElement & { requestUpdate(): void }): void {
  speakers.add(element);
  observer ??= new MutationObserver(rerenderAll);
  for (let root = element.getRootNode(); ; root = (root as ShadowRoot).host.getRootNode()) {
    if (!watchedTrees.has(root)) {
      observer.observe(root, { attributeFilter: ['lang'], subtree: true }); // attributeFilter implies attributes
      watchedTrees.add(root);
    }
    if (!(root instanceof ShadowRoot)) break;
  }
}

export function unwatchLanguage(element: { requestUpdate(): void }): void {
  speakers.delete(element);
}
