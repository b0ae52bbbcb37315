#!/usr/bin/env node
/**
 * After tsc: the language packs, from `dist/translations/<code>.js` (one per language, English aside).
 *   dist/locales/<code>.js     the script tag's pack: minified, self-contained (`export default {…}`), fetched
 *                              with import() from beside dist/care-feedback.min.js
 *   dist/languages/<code>.js   the npm entry `care-feedback/locales/<code>`: registers the language
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { minify } from 'terser';
import { NAMES_FILE, shortTranslationKey } from './translation-names.mjs';

// The short keys the script tag reads (rollup.config.mjs): each pack is renamed to match, and nothing else.
const names = JSON.parse(readFileSync(NAMES_FILE, 'utf8'));
const nameCache = { props: { props: Object.fromEntries(Object.entries(names).map(([key, name]) => [`$${key}`, name])) } };

const codes = readdirSync('dist/translations')
  .filter((file) => file.endsWith('.js') && !['en.js', 'packs.js', 'translation.js'].includes(file))
  .map((file) => file.slice(0, -3));

mkdirSync('dist/locales', { recursive: true });
mkdirSync('dist/languages', { recursive: true });
for (const code of codes) {
  const { code: minified } = await minify(readFileSync(`dist/translations/${code}.js`, 'utf8'), {
    module: true,
    ecma: 2020,
    format: { comments: false },
    mangle: { properties: { regex: shortTranslationKey, only_cache: true } },
    nameCache: structuredClone(nameCache),
  });
  const readable = Object.keys(names).filter((key) => new RegExp(`[{,]${key.replace('$', '\\$')}:`).test(minified));
  if (readable.length) throw new Error(`dist/locales/${code}.js: ${readable.join(', ')} not renamed as in the script tag`);
  if (/\bimport\b/.test(minified)) throw new Error(`dist/locales/${code}.js must not import anything`);
  writeFileSync(`dist/locales/${code}.js`, minified + '\n');
  writeFileSync(
    `dist/languages/${code}.js`,
    `import pack from '../translations/${code}.js';\nimport { registerTranslation } from '../localization/localize.js';\n\n` +
      `registerTranslation(pack);\nexport default pack;\n`
  );
  writeFileSync(
    `dist/languages/${code}.d.ts`,
    `/** Registers this language for every care-feedback element. */\ndeclare const pack: import('../translations/translation.js').Translation;\nexport default pack;\n`
  );
}
console.log(`language packs: ${codes.length} (${codes.join(', ')})`);
