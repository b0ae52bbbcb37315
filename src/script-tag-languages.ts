/**
 * The first module of the script tag: before any element registers, it starts fetching the language pack
 * of the page (`<html lang>`) from beside the script, and holds registration until the pack is in — or
 * for 3 s at most, after which the elements show English and switch when the pack arrives.
 */
import { defineWhen } from './internal/define.js';
import { loadLanguagePacksFrom } from './internal/language-packs.js';

const PACK_WAIT_MS = 3000;

// A classic script knows its own tag while it runs; the bundle runs all its modules in that one run.
const script = document.currentScript as HTMLScriptElement | null;
if (script?.src) {
  const pagePack = loadLanguagePacksFrom(script.src)(document.documentElement.lang);
  if (pagePack) defineWhen(Promise.race([pagePack, new Promise((resolve) => setTimeout(resolve, PACK_WAIT_MS))]));
}
