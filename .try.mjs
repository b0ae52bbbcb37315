import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import { gzipSync } from 'node:zlib';
const variants = JSON.parse(process.argv[2]);
for (const [name, opts] of Object.entries(variants)) {
  const bundle = await rollup({ input: 'dist/script-tag.js', onwarn(){}, plugins: [minifyHTML(), nodeResolve({ exportConditions: ['production'] }), terser({ ecma: 2022, module: false, format: { comments: false }, ...opts, compress: { passes: 2, ...opts.compress }, mangle: { properties: { regex: /^_\$/ }, ...(opts.mangle||{}) } })] });
  const { output } = await bundle.generate({ format: 'iife', intro: "if (window.CareFeedback) {\n  console.warn('care-feedback: the script tag is on this page twice; the first copy is kept.');\n  return;\n}" });
  const code = output[0].code;
  console.log(name.padEnd(20), code.length, gzipSync(code, { level: 9 }).length);
}
