import { onTranslationsChanged } from './localize.js';

/**
 * Re-renders the elements when their language may have changed: a `lang` attribute set or removed on the
 * element, an ancestor or `<html>` (including ancestors inside shadow roots), or a language registered
 * later (a language pack that arrived). Mutation observers deliver in a microtask, so the new language is
 * on screen within the same frame; an element keeps its state (value, typed text, stage), only its texts change.
 */
const speakers = new Set<{ requestUpdate(): void }>();
const watchedRoots = new WeakSet<Node>();
let observer: MutationObserver | undefined;

const rerenderAll = () => speakers.forEach((element) => element.requestUpdate());
onTranslationsChanged(rerenderAll);

function watch(root: Node): void {
  if (watchedRoots.has(root)) return;
  watchedRoots.add(root);
  observer ??= new MutationObserver(rerenderAll);
  observer.observe(root, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

/** Starts re-rendering `element` on language changes, watching every tree between it and the document. */
export function watchLanguage(element: HTMLElement & { requestUpdate(): void }): void {
  speakers.add(element);
  for (let root = element.getRootNode(); ; root = (root as ShadowRoot).host.getRootNode()) {
    watch(root);
    if (!(root instanceof ShadowRoot)) break;
  }
}

export function unwatchLanguage(element: { requestUpdate(): void }): void {
  speakers.delete(element);
}
