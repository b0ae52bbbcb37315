/**
 * The first module of the script tag: before any element renders, it starts fetching the language pack of
 * the page (`<html lang>`) from beside the script. The elements are registered at once all the same (a host's
 * own code may use them as soon as the deferred script has run), and re-render in the page's language the
 * moment its pack arrives.
 */
import { loadLanguagePacksFrom } from './localization/language-packs.js';

// A classic script knows its own tag while it runs; the bundle runs all its modules in that one run.
const script = document.currentScript as HTMLScriptElement | null;
if (script?.src) loadLanguagePacksFrom(script.src);
