/**
 * Guard rails for the built-in languages, on the built packs (`npm run build` first, as `npm test` does):
 * every pack says everything English says, with the same placeholders and the plural forms its language
 * has; each fits its byte budget; the list the script tag fetches by matches the packs that exist; and the
 * npm entry `care-feedback/locales/<code>` registers its language.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const dist = new URL('../../dist/', import.meta.url);
const { default: en } = await import(new URL('translations/en.js', dist));
const { LANGUAGE_PACKS } = await import(new URL('translations/packs.js', dist));
const sourceCodes = readdirSync(new URL('../../src/translations/', import.meta.url))
  .filter((file) => file.endsWith('.ts') && !['en.ts', 'packs.ts', 'translation.ts'].includes(file))
  .map((file) => file.slice(0, -3));
const packs = await Promise.all(
  LANGUAGE_PACKS.map(async (code) => [code, (await import(new URL(`translations/${code}.js`, dist))).default])
);
const PACK_BUDGET = 700;

const placeholders = (text) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

test('at least 20 languages beyond English, among them the ones the contract names', () => {
  assert.ok(LANGUAGE_PACKS.length >= 20, `${LANGUAGE_PACKS.length} languages`);
  for (const code of ['ar', 'he', 'fa', 'zh-Hans', 'zh-Hant', 'ja', 'ko', 'hi', 'ru', 'uk', 'de', 'fr', 'es', 'it', 'pt', 'pl']) {
    assert.ok(LANGUAGE_PACKS.includes(code), code);
  }
});

test('the script tag fetches by a list that is exactly the packs in src/translations', () => {
  assert.deepEqual([...LANGUAGE_PACKS].sort(), [...sourceCodes].sort());
  for (const [code, pack] of packs) assert.equal(pack.$code, code, `${code}.ts names itself`);
});

for (const [code, pack] of packs) {
  test(`${code}: every key of English, none empty, the same placeholders, its own plural forms`, () => {
    assert.deepEqual(Object.keys(pack).sort(), Object.keys(en).sort(), 'the same keys');
    const rules = new Intl.PluralRules(code);
    const categories = rules.resolvedOptions().pluralCategories;
    // How many of the numbers 0–1000 take a category: Arabic's `one` and `two` are taken by 1 and 2 alone.
    const takenBy = (category) => [...Array(1001).keys()].filter((n) => rules.select(n) === category).length;
    for (const [key, english] of Object.entries(en)) {
      const value = pack[key];
      if (typeof english === 'string') {
        assert.equal(typeof value, 'string', key);
        assert.ok(value.trim() !== '' && value === value.trim(), `${key} is neither empty nor padded`);
        assert.deepEqual(placeholders(value), placeholders(english), `${key} keeps ${placeholders(english)}`);
      } else if (Array.isArray(english)) {
        assert.equal(value.length, english.length, key);
        for (const item of value) assert.ok(typeof item === 'string' && item.trim() !== '', `${key}: ${item}`);
      } else {
        // Plural forms: `other` always, only categories the language has, `{count}` in each — except a form
        // that one number alone takes, which may say it in words ("نجمتان", two stars, never "2 نجمتان").
        assert.ok(value.other, `${key}.other`);
        for (const [category, text] of Object.entries(value)) {
          assert.ok(categories.includes(category), `${key}.${category} is a plural category of ${code} (${categories})`);
          const wordForNumber = takenBy(category) === 1 && placeholders(text).length === 0;
          if (!wordForNumber) assert.deepEqual(placeholders(text), ['count'], `${key}.${category} has {count}`);
        }
        // A form may be left out where it reads as `other`; a language with a `few` form (Russian, Polish,
        // Czech, Arabic…) still needs at least three different texts across its categories.
        if (categories.includes('few')) {
          const distinct = new Set(categories.map((category) => value[category] ?? value.other));
          assert.ok(distinct.size >= 3, `${key} tells ${code}'s plural forms apart: ${[...distinct]}`);
        }
      }
    }
  });
}

test(`each pack the script tag fetches is self-contained and at most ${PACK_BUDGET} bytes gzip -9`, () => {
  const sizes = {};
  for (const code of LANGUAGE_PACKS) {
    const file = readFileSync(new URL(`locales/${code}.js`, dist));
    assert.doesNotMatch(file.toString(), /\bimport\b/, `${code} imports nothing`);
    sizes[code] = gzipSync(file, { level: 9 }).length;
  }
  const over = Object.entries(sizes).filter(([, bytes]) => bytes > PACK_BUDGET);
  assert.deepEqual(over, [], `packs over ${PACK_BUDGET} bytes`);
});

test('import "care-feedback/locales/<code>" registers the language for the elements', async () => {
  const { speechFor } = await import(new URL('localization/localize.js', dist));
  assert.equal(speechFor('fr').t.$code, 'en', 'not registered before the import');
  const { default: fr } = await import('care-feedback/locales/fr');
  assert.equal(fr.$code, 'fr');
  assert.equal(speechFor('fr-CA').t, fr);
  assert.equal(speechFor('fr-CA').locale, 'fr-CA');
});
