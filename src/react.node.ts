/**
 * `care-feedback/react` on the server (the `node` condition of the entry; its types are react.ts's): the same
 * components, which render each element into declarative shadow DOM with Lit's SSR (`care-feedback/ssr`), their
 * props written as attributes, so the question is in the first HTML and the element waits for hydration
 * (`defer-hydration`). No setup beyond importing it.
 */
import { careComponents } from './frameworks/react-components.js';
import { renderElement } from './ssr/render.js';

export const { CareRating, CareComment, CareFeedback } = careComponents((tagName, attributes) => renderElement(tagName, attributes));

export * from './client.js';
export type { CareEventMap } from './events.js';
