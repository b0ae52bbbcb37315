#!/usr/bin/env node
/**
 * `npm run size`: gzip -9 sizes of what visitors download. The script tag (Lit inside) against its budget,
 * and each ESM entry as a bundler would ship it (minified, Lit excluded since the host's bundle shares it).
 * Run `npm run build` first.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';

const SCRIPT_TAG_BUDGET = 15000;
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

const width = Math.max(...rows.map(([label]) => label.length));
console.log(`${'what'.padEnd(width)}  gzip -9 bytes`);
for (const [label, bytes, note] of rows) console.log(`${label.padEnd(width)}  ${String(bytes).padStart(6)}  ${note}`);
const over = scriptTag > SCRIPT_TAG_BUDGET;
console.log(`\nscript tag: ${scriptTag} of ${SCRIPT_TAG_BUDGET} bytes (${over ? 'OVER' : 'under'} budget by ${Math.abs(SCRIPT_TAG_BUDGET - scriptTag)})`);
process.exit(over ? 1 : 0);
