import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import { minify } from 'terser';
import { gzipSync } from 'node:zlib';
const bundle = await rollup({ input: 'dist/script-tag.js', onwarn(){}, plugins: [minifyHTML(), nodeResolve({ exportConditions: ['production'] })] });
const { output } = await bundle.generate({ format: 'es' });
const mods = output[0].modules;
const rows=[];
for (const [id, m] of Object.entries(mods)) {
  if (!m.code) continue;
  const r = await minify(m.code, { module: true, compress: false, mangle: false });
  rows.push([id.replace(process.cwd()+'/',''), m.renderedLength, r.code.length, gzipSync(r.code,{level:9}).length]);
}
rows.sort((a,b)=>b[3]-a[3]);
for (const r of rows) console.log(String(r[3]).padStart(6), String(r[2]).padStart(7), r[0]);
