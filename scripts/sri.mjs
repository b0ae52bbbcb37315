#!/usr/bin/env node
/**
 * The end of `npm run build`: the Subresource Integrity hash (SHA-384) of the script tag and of each language
 * pack, written to `dist/sri.json` and printed, and the README's pinned script tag brought up to date, so a
 * release documents what hosts pin (a test checks the README against the build):
 *   <script src="…/care-feedback.min.js" integrity="sha384-…" crossorigin="anonymous" defer></script>
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';

export const sriOf = (file) => `sha384-${createHash('sha384').update(readFileSync(file)).digest('base64')}`;

const hashes = { 'care-feedback.min.js': sriOf('dist/care-feedback.min.js') };
for (const file of readdirSync('dist/locales').filter((name) => name.endsWith('.js')).sort()) {
  hashes[`locales/${file}`] = sriOf(`dist/locales/${file}`);
}
writeFileSync('dist/sri.json', JSON.stringify(hashes, null, 2) + '\n');
const readme = readFileSync('README.md', 'utf8');
const updated = readme.replace(/sha384-[A-Za-z0-9+/=]{64}/g, hashes['care-feedback.min.js']);
if (updated !== readme) {
  writeFileSync('README.md', updated);
  console.log('README.md: the pinned script tag now shows this build\'s hash (commit it with the change)');
}
console.log(`dist/care-feedback.min.js integrity="${hashes['care-feedback.min.js']}"`);
