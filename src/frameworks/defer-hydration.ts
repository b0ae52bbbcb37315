import { CareRating } from '../components/rating/rating.component.js';
import { CareComment } from '../components/comment/comment.component.js';
import { CareFeedback } from '../components/feedback/feedback.component.js';

/**
 * Lit's `defer-hydration` convention for the npm entries that a framework renders on the server
 * (`care-feedback/react`, `/preact`, `/solid`, `/vue`, `/svelte`): an element written with `defer-hydration`
 * neither renders, nor starts its trigger, nor fires or sends anything until the attribute is removed — by the
 * React components once their props and listeners are set, or by the page's own code after its framework has
 * hydrated. Until then its server-rendered shadow root stays on screen. Imported before the elements are
 * registered (the browser reads `observedAttributes` once, at registration). The script tag has no framework to
 * wait for, and carries none of this.
 */
const DEFER = 'defer-hydration';

for (const element of [CareRating, CareComment, CareFeedback]) {
  const observed = element.observedAttributes;
  Object.defineProperty(element, 'observedAttributes', { value: [...observed, DEFER], configurable: true });
  const { connectedCallback, attributeChangedCallback } = element.prototype;
  Object.assign(element.prototype, {
    connectedCallback(this: HTMLElement) {
      if (!this.hasAttribute(DEFER)) connectedCallback.call(this);
    },
    attributeChangedCallback(this: HTMLElement, name: string, old: string | null, value: string | null) {
      if (name !== DEFER) attributeChangedCallback.call(this, name, old, value);
      else if (value === null && this.isConnected) connectedCallback.call(this);
    },
  });
}
