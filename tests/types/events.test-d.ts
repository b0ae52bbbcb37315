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
