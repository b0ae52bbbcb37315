import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import { defaultMinifyOptions } from '@lit-labs/rollup-plugin-minify-html-literals/lib/strategy.js';

/**
 * `dist/care-feedback.min.js`: one self-contained classic script with Lit inside, built from tsc's output.
 * The intro runs before any bundled module, so a second copy of the script on a page (two versions, or the
 * same tag twice) leaves at once instead of re-running Lit and registering again.
 */
const secondCopyGuard = `if (window.CareFeedback) {
  console.warn('care-feedback: script tag on the page twice; the first copy runs.');
  return;
}`;

/**
 * The stylesheets' private custom properties have readable names (`--_accent-contrast`); in the script tag each
 * becomes `--_` and one or two letters, the most used first. Every name starts with `--_`, which nothing else
 * in the bundle (Lit included) uses, and the names are replaced whole, so no other text can change.
 */
function shortPrivateCustomProperties() {
  const NAME = /--_[a-z][a-z-]*(?![\w-])/g;
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const shortName = (index) => '--_' + (index < letters.length ? '' : letters[Math.floor(index / letters.length) - 1]) + letters[index % letters.length];
  return {
    name: 'short-private-custom-properties',
    renderChunk(code) {
      const uses = new Map();
      for (const [name] of code.matchAll(NAME)) uses.set(name, (uses.get(name) ?? 0) + 1);
      const ranked = [...uses.keys()].sort((a, b) => uses.get(b) - uses.get(a) || (a < b ? -1 : 1));
      const short = new Map(ranked.map((name, index) => [name, shortName(index)]));
      return { code: code.replace(NAME, (name) => short.get(name)), map: null };
    },
  };
}

const scriptTag = {
  input: 'dist/script-tag.js',
  output: {
    file: 'dist/care-feedback.min.js',
    format: 'iife',
    intro: secondCopyGuard,
    sourcemap: false,
  },
  plugins: [
    // Collapses the whitespace of our html`` and css`` templates; every byte is paid by every visitor. Lit
    // reads unquoted attribute values, bindings included, as HTML does, so quotes go where none are needed.
    minifyHTML({ options: { minifyOptions: { ...defaultMinifyOptions, removeAttributeQuotes: true } } }),
    // Lit's production build: no dev-mode warnings, smaller.
    nodeResolve({ exportConditions: ['production'] }),
    shortPrivateCustomProperties(),
    terser({
      ecma: 2022,
      module: false,
      format: { comments: false },
      // `inline: 1` inlines only functions that are a bare return; inlining bigger ones (the default, 3) copies
      // code that gzip would rather see once (about 25 bytes gzip).
      // `keep_fargs: false` drops parameters a function never reads (Lit's empty lifecycle hooks, unused event
      // arguments): only `Function.length` could tell, and nothing in the bundle reads it (about 15 bytes gzip).
      // `unsafe_arrows` writes a function expression that never reads `this` or `arguments` as an arrow, and
      // `unsafe_methods` an object's arrow or function property as a method: only `new` on such a function
      // could tell, and the ones concerned are called at once (terser's inlined IIFEs) or only called (about
      // 7 bytes gzip). The rest of `unsafe` stays off.
      compress: { passes: 3, inline: 1, keep_fargs: false, unsafe_arrows: true, unsafe_methods: true },
      // Lit leaves its internal `_$…` property names unminified so that separate copies of Lit can work
      // together. This bundle carries its own copy and shares no templates, directives or styles with any
      // other, so they can be shortened like any name (about 100 bytes gzip). Our own elements' internal
      // members (`_stage`, `_speech`, …: private or protected, and state that Lit must see as a property) are
      // named with a leading `_` for the same reason (about 60 bytes); `__proto__` is left alone.
      mangle: { properties: { regex: /^_[$a-z]/ } },
    }),
  ],
  onwarn(warning, warn) {
    // tsc's decorator helper refers to `this` at module level; it is harmless in the bundle.
    if (warning.code === 'THIS_IS_UNDEFINED') return;
    warn(warning);
  },
};

/**
 * `dist/insights/element.js` (`care-feedback/insights/element`): `<care-insights>` with Chart.js bundled in, for a
 * team's admin pages. Lit stays an import, shared with the page; the visitor's script tag never includes any of it.
 */
const insightsElement = {
  input: 'dist/insights/element/index.js',
  output: { file: 'dist/insights/element.js', format: 'es', sourcemap: false },
  external: (id) => id === 'lit' || id.startsWith('lit/') || id.startsWith('@lit/'),
  plugins: [nodeResolve({ exportConditions: ['production'] }), terser({ ecma: 2022, module: true, format: { comments: false } })],
  onwarn(warning, warn) {
    if (warning.code === 'THIS_IS_UNDEFINED') return;
    warn(warning);
  },
};

export default [scriptTag, insightsElement];
