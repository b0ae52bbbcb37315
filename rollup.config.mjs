import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import { defaultMinifyOptions } from '@lit-labs/rollup-plugin-minify-html-literals/lib/strategy.js';
import { writeFileSync } from 'node:fs';
import { NAMES_FILE, SHORT_TRANSLATION_KEYS, shortTranslationKey } from './scripts/translation-names.mjs';

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


/**
 * Lit's hooks for the Shady DOM polyfills and for hydration are dropped from the script tag: every browser it
 * supports has shadow DOM, and it never hydrates (it renders a server-rendered declarative shadow root again,
 * see CareElement.connectedCallback), so no hydration support that a page loads for its own Lit elements may
 * patch this bundle's copy of Lit either. A Lit whose code no longer reads a hook as expected fails the build.
 */
const LIT_HOOK = /\b\w+\.(?:litElementHydrateSupport|litElementPolyfillSupport|litHtmlPolyfillSupport|reactiveElementPolyfillSupport)\b/g;
function withoutLitHooks() {
  let dropped = 0;
  return {
    name: 'without-lit-hooks',
    transform(code, id) {
      if (!/[\\/]node_modules[\\/](lit-html|lit-element|@lit[\\/]reactive-element)[\\/]/.test(id)) return null;
      const before = dropped;
      const withoutHooks = code.replace(LIT_HOOK, () => (dropped++, '(void 0)'));
      return dropped === before ? null : { code: withoutHooks, map: null };
    },
    buildEnd() {
      if (dropped !== 4) this.error(`without-lit-hooks: expected Lit's 4 hooks, found ${dropped}`);
    },
  };
}

/**
 * Translation keys (`npsQuestion`, `charactersLeft`, …) are written once in English and read once or twice by the
 * elements; each pack writes every key again. In the script tag and its packs they get short names that terser
 * picks with the rest (about 75 bytes gzip in the script tag, and about 70 in each pack). The names it chose
 * are written down here for scripts/build-locales.mjs, which gives the packs the same ones; it fails the build
 * when a key has none. Safe because nothing outside reads a translation by key: the script tag does not expose
 * registerTranslation(), and the npm entries keep the readable keys. scripts/translation-names.mjs says which
 * keys are renamed and why the others are not.
 */
const translationNames = { props: {} };
function writeTranslationNames() {
  return {
    name: 'write-translation-names',
    writeBundle() {
      const names = Object.fromEntries(SHORT_TRANSLATION_KEYS.map((key) => [key, translationNames.props.props?.[`$${key}`]]));
      const missing = Object.keys(names).filter((key) => !names[key]);
      if (missing.length) this.error(`write-translation-names: terser gave no name to ${missing.join(', ')}`);
      writeFileSync(NAMES_FILE, JSON.stringify(names, null, 2) + '\n');
    },
  };
}

/**
 * Lit's names that only Lit and our element classes use: the static steps of defining a class (`createProperty`,
 * `finalizeStyles`, …), the lifecycle hooks a subclass overrides (`willUpdate`, `updated`, …) and the keys of a
 * property's options (`attribute`, `reflect`, `converter`, …). In the script tag they are shortened like Lit's own
 * `_$…` names (about 160 bytes gzip). Safe for the reasons those are: this bundle carries its own Lit and shares
 * no class with any other copy, and the script tag offers its elements to be used, not subclassed (a page needs
 * only their attributes, properties, methods and events, none renamed). What a page may read or call stays:
 * `updateComplete`, `requestUpdate`, `renderRoot`, `hasUpdated`, `isUpdatePending`, `render`. So do the names Lit
 * reads by a string (`hasOwnProperty("finalized")`): `elementProperties`, `finalized`, `properties`, `styles`. The
 * guard below fails the build if a listed name (or a renamed translation key) is read by a string or bound as an
 * element property in a template, which renaming would break.
 * Renaming is by name, everywhere in the bundle: code that reads a browser's or a library's property of one of
 * these names (`history.state`, say) must take the name off this list.
 */
const LIT_INTERNAL_NAMES = [
  'elementStyles', 'finalizeStyles', 'createProperty', 'getPropertyDescriptor', 'getPropertyOptions', 'addInitializer',
  'finalize', 'renderOptions', 'createRenderRoot', 'enableUpdating', 'scheduleUpdate', 'performUpdate',
  'getUpdateComplete', 'shouldUpdate', 'willUpdate', 'firstUpdated', 'updated', 'addController', 'removeController',
  'attribute', 'converter', 'reflect', 'hasChanged', 'noAccessor', 'useDefault', 'wrapped', 'state',
];
function renamedNamesNeverStrings() {
  const names = [...LIT_INTERNAL_NAMES, ...SHORT_TRANSLATION_KEYS].map((name) => name.replace('$', '\\$')).join('|');
  // Quoted (`hasOwnProperty("finalized")`), or bound in a template (`.reasonsQuestion=${…}` sets an element property).
  const asString = new RegExp(`["'\`](?:${names})["'\`]|\\s\\.(?:${names})=`);
  return {
    name: 'renamed-names-never-strings',
    renderChunk(code) {
      const found = asString.exec(code);
      if (found) this.error(`renamed-names-never-strings: ${found[0]} is read by a string; it cannot be renamed`);
      return null;
    },
  };
}

/**
 * Parts of Lit that this bundle never uses, cut from Lit's production files by exact text (each must be found
 * exactly once, or the build fails, so a Lit update is looked at again rather than half cut):
 * - decorators: the `Symbol.metadata` polyfill, the `litPropertyMetadata` registry and the initializers that
 *   `@property()`, `@state()` and `@customElement()` use. Our elements declare `static properties` and are defined
 *   with a guard, never with decorators, and no other code can add a class to this bundle's Lit.
 * - reactive controllers (`addController`, and the calls that tell controllers of each step): none of our
 *   elements has one, and a page gets our elements to use, not Lit's element base to build on.
 * - the fallback for browsers without constructable stylesheets (`<style>` elements in each shadow root, and
 *   the conversion of a CSSStyleSheet to text): every browser the README supports (the last two versions of
 *   Safari and Firefox, current Chrome and Edge) adopts stylesheets, and the Shady DOM polyfill that the check
 *   also asks about is already left out (withoutLitHooks above).
 * - the sentence of CSSResult's constructor guard, which throws when code other than Lit's `css` and `unsafeCSS`
 *   makes one: nothing outside the bundle can reach that class, and the guard itself stays (`throw Error()`).
 * About 390 bytes gzip in all (the stylesheet fallback about 175, decorators and controllers about 175, the
 * sentence about 40). What a visitor sees or needs is untouched, which the whole browser suite keeps checking on
 * the built script tag (tests/browser/script-tag.test.ts, the partner pages, tests/e2e/).
 */
const UNUSED_LIT = [
  ['css-tag.js', '"CSSResult is not constructable. Use `unsafeCSS` or `css` instead."', ''],
  ['css-tag.js', 'e=t.ShadowRoot&&(void 0===t.ShadyCSS||t.ShadyCSS.nativeShadow)&&"adoptedStyleSheets"in Document.prototype&&"replace"in CSSStyleSheet.prototype', 'e=!0'],
  ['reactive-element.js', 'Symbol.metadata??=Symbol("metadata"),a.litPropertyMetadata??=new WeakMap;', ''],
  ['reactive-element.js', 'const t=this[Symbol.metadata];if(null!==t){const s=litPropertyMetadata.get(t);if(void 0!==s)for(const[t,i]of s)this.elementProperties.set(t,i)}', ''],
  ['reactive-element.js', 'static addInitializer(t){this._$Ei(),(this.l??=[]).push(t)}', ''],
  ['reactive-element.js', 'void 0!==t.l&&(this.l=[...t.l]),', ''],
  ['reactive-element.js', ',this.constructor.l?.forEach(t=>t(this))', ''],
  ['reactive-element.js', 'addController(t){(this._$EO??=new Set).add(t),void 0!==this.renderRoot&&this.isConnected&&t.hostConnected?.()}removeController(t){this._$EO?.delete(t)}', ''],
  ['reactive-element.js', ',this._$EO?.forEach(t=>t.hostConnected?.())', ''],
  ['reactive-element.js', 'disconnectedCallback(){this._$EO?.forEach(t=>t.hostDisconnected?.())}', 'disconnectedCallback(){}'],
  ['reactive-element.js', ',this._$EO?.forEach(t=>t.hostUpdate?.())', ''],
  ['reactive-element.js', 'this._$EO?.forEach(t=>t.hostUpdated?.()),', ''],
];
function withoutUnusedLit() {
  const found = new Map(UNUSED_LIT.map((cut) => [cut, 0]));
  return {
    name: 'without-unused-lit',
    transform(code, id) {
      const cuts = UNUSED_LIT.filter(([file]) => id.replaceAll('\\', '/').endsWith(`/node_modules/@lit/reactive-element/${file}`));
      if (!cuts.length) return null;
      for (const cut of cuts) {
        const [, text, replacement] = cut;
        found.set(cut, code.split(text).length - 1);
        code = code.replace(text, replacement);
      }
      return { code, map: null };
    },
    buildEnd() {
      const wrong = [...found].filter(([, count]) => count !== 1).map(([[file, text], count]) => `${file}: ${text} (found ${count} times)`);
      if (wrong.length) this.error(`without-unused-lit: expected each text once in Lit's files:\n${wrong.join('\n')}`);
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
    withoutLitHooks(),
    withoutUnusedLit(),
    shortPrivateCustomProperties(),
    renamedNamesNeverStrings(),
    terser({
      ecma: 2022,
      module: false,
      // Chromium's explicit compile hint (V8 12.6+; other engines read a comment): every function of the script
      // is compiled with the script, on the thread that streams it in, rather than on the page's main thread
      // the first time it runs. The load and the first render call most of Lit's functions anyway; measured
      // with `npm run bench`, the main thread's load time fell about a quarter and the first NPS render ÷ floor
      // from about 1.8 to 1.5 (about 28 bytes gzip, paid for by `passes` and `pure_getters` below).
      format: { comments: false, preamble: '//# allFunctionsCalledOnLoad' },
      // `inline: 1` inlines only functions that are a bare return; inlining bigger ones (the default, 3) copies
      // code that gzip would rather see once (about 25 bytes gzip).
      // `keep_fargs: false` drops parameters a function never reads (Lit's empty lifecycle hooks, unused event
      // arguments): only `Function.length` could tell, and nothing in the bundle reads it (about 15 bytes gzip).
      // `unsafe_arrows` writes a function expression that never reads `this` or `arguments` as an arrow, and
      // `unsafe_methods` an object's arrow or function property as a method: only `new` on such a function
      // could tell, and the ones concerned are called at once (terser's inlined IIFEs) or only called (about
      // 7 bytes gzip). The rest of `unsafe` stays off.
      // `passes: 6`: terser stops finding anything after about six (10 bytes gzip over 3).
      // `pure_getters`: reading a property is taken to have no side effect, so a value read once may be
      // written where it is used, and a read whose value is unused may go. The bundle reads every getter that
      // does something (the validating ones, which log) for its value; what this changes in the output is five
      // reads moved into their one use (an option's value, `currentCSSZoom`, `surveyId`, …), each still before
      // any write that could change it (about 5 bytes gzip). Check the output again when you add a getter.
      compress: { passes: 6, inline: 1, keep_fargs: false, unsafe_arrows: true, unsafe_methods: true, pure_getters: true },
      // Lit leaves its internal `_$…` property names unminified so that separate copies of Lit can work
      // together. This bundle carries its own copy and shares no templates, directives or styles with any
      // other, so they can be shortened like any name (about 100 bytes gzip). Our own elements' internal
      // members (`_stage`, `_speech`, …: private or protected, and state that Lit must see as a property) are
      // named with a leading `_` for the same reason (about 60 bytes); `__proto__` is left alone.
      mangle: { properties: { regex: new RegExp(`^_[$a-z]|${shortTranslationKey.source}|^(?:${LIT_INTERNAL_NAMES.join('|')})$`) } },
      nameCache: translationNames,
    }),
    writeTranslationNames(),
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
