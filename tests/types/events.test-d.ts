/**
 * Compile-time tests: the `care-*` events are typed on any Element (what `querySelector('#id')` gives), not only on
 * HTMLElement and document.
 */
import '../../src/index.js';

const card = document.querySelector('#card')!;
card.addEventListener('care-show', (event) => event.detail.surveyId);
card.addEventListener('care-rate', (event) => event.detail.value);
// @ts-expect-error: ShownData has no such field
card.addEventListener('care-show', (event) => event.detail.nonsense);
document.querySelector('svg')!.addEventListener('care-comment', (event) => event.detail.text);
// Reasons (issue 22): the chosen keys, absent when none were offered.
card.addEventListener('care-comment', (event) => {
  const reasons: string[] | undefined = event.detail.reasons;
  // @ts-expect-error: may be absent
  const always: string[] = event.detail.reasons;
  return [reasons, always];
});
// The property takes the attribute's text or an array.
const box = document.createElement('care-comment');
box.reasons = 'price=Price|Delivery';
box.reasons = ['price=Price', 'Delivery'];
document.createElement('care-feedback').reasonsNegative = ['slow=Too slow'];
// @ts-expect-error: not a number
box.reasons = 3;
