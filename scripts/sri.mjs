#!/usr/bin/env node
/**
 * The end of `npm run build`: the Subresource Integrity hash (SHA-384) of the script tag and of each language
 * pack, written to `dist/sri.json` and printed, so a release documents what hosts pin:
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
console.log(`dist/care-feedback.min.js integrity="${hashes['care-feedback.min.js']}"`);
