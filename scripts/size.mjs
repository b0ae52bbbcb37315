#!/usr/bin/env node
/**
 * `npm run size`: gzip -9 sizes of what visitors download. The script tag (Lit inside, English built in)
 * against its budget, every language pack it may fetch beside it against theirs (a page pays at most one),
 * and each ESM entry as a bundler would ship it (minified, Lit excluded since the host's bundle shares it).
 * Run `npm run build` first.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';

const SCRIPT_TAG_BUDGET = 17408; // 17 KiB, contract §1
const PACK_BUDGET = 700;
const gzip = (code) => gzipSync(code, { level: 9 }).length;

async function esmSize(entry) {
  const bundle = await rollup({
    input: entry,
    external: (id) => id === 'lit' || id.startsWith('lit/') || id.startsWith('@lit/') || id.startsWith('lit-'),
    plugins: [minifyHTML(), nodeResolve(), terser({ module: true, format: { comments: false } })],
    onwarn: () => {},
  });
  const { output } = await bundle.generate({ format: 'es' });
  await bundle.close();
  return gzip(output[0].code);
}

const rows = [];
const scriptTag = gzip(readFileSync('dist/care-feedback.min.js'));
rows.push(['dist/care-feedback.min.js (Lit included)', scriptTag, `budget ${SCRIPT_TAG_BUDGET}`]);
for (const [name, file] of [
  ['care-feedback', 'dist/index.js'],
  ['care-feedback/rating', 'dist/rating.js'],
  ['care-feedback/comment', 'dist/comment.js'],
  ['care-feedback/feedback', 'dist/feedback.js'],
  ['care-feedback/client', 'dist/client.js'],
]) {
  rows.push([`${name} (ESM, Lit excluded)`, await esmSize(file), '']);
}

const packs = readdirSync('dist/locales')
  .filter((file) => file.endsWith('.js'))
  .map((file) => [file.slice(0, -3), gzip(readFileSync(`dist/locales/${file}`))])
  .sort((a, b) => b[1] - a[1]);
const [largestCode, largestPack] = packs[0];
rows.push([`dist/locales/<code>.js, largest (${largestCode})`, largestPack, `budget ${PACK_BUDGET} each`]);
rows.push([`dist/locales/<code>.js, smallest (${packs.at(-1)[0]})`, packs.at(-1)[1], '']);

const width = Math.max(...rows.map(([label]) => label.length));
console.log(`${'what'.padEnd(width)}  gzip -9 bytes`);
for (const [label, bytes, note] of rows) console.log(`${label.padEnd(width)}  ${String(bytes).padStart(6)}  ${note}`);
console.log(`\nlanguage packs (${packs.length}): ${packs.map(([code, bytes]) => `${code} ${bytes}`).join(', ')}`);
const overPacks = packs.filter(([, bytes]) => bytes > PACK_BUDGET);
for (const [code, bytes] of overPacks) console.log(`language pack ${code}: ${bytes} bytes, OVER its budget of ${PACK_BUDGET}`);
const over = scriptTag > SCRIPT_TAG_BUDGET;
console.log(`script tag: ${scriptTag} of ${SCRIPT_TAG_BUDGET} bytes (${over ? 'OVER' : 'under'} budget by ${Math.abs(SCRIPT_TAG_BUDGET - scriptTag)}); ` +
  `with the largest pack ${scriptTag + largestPack}`);
process.exit(over || overPacks.length ? 1 : 0);
