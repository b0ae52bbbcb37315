import { reportWarning } from '../../core/log.js';

/**
 * Registers a tag unless it is already defined. Two copies of the library on one page (a script tag and an
 * npm bundle, or two versions) must never throw `NotSupportedError` into the host page: the first copy keeps
 * its tags, and the second says so once (not once per tag).
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  const registry = globalThis.customElements; // none when rendering on a server: nothing to register
  const existing = registry?.get(tag);
  if (!existing) registry?.define(tag, element);
  else if (existing !== element) reportWarning('elements already defined by another copy are kept.');
}
