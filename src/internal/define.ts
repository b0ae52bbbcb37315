import { reportWarning } from './log.js';

/**
 * Registers a tag unless it is already defined. Two copies of the library on one page (a script tag and an
 * npm bundle, or two versions) must never throw `NotSupportedError` into the host page: the first copy keeps
 * its tags, and the second says so once (not once per tag).
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return; // server rendering: nothing to register
  const existing = customElements.get(tag);
  if (!existing) customElements.define(tag, element);
  else if (existing !== element) reportWarning('elements already defined by another copy are kept.');
}
