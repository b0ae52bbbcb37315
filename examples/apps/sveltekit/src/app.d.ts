// Types the three tags in Svelte markup (attribute values, oncare-rate and its detail).
/// <reference types="care-feedback/svelte" />
export {};
