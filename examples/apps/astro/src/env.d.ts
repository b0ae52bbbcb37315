// Types the three tags in .astro markup (attribute values).
/// <reference types="care-feedback/astro" />
