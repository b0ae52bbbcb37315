/**
 * The package as a Node user meets it: every entry imports without throwing (server rendering in Next.js,
 * Nuxt, Astro), the exports map points at files that exist, and the version is the package's.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
const root = new URL('../../', import.meta.url);

test('every subpath entry imports in Node without throwing', async () => {
  for (const entry of ['.', './rating', './comment', './feedback', './client', './react', './vue', './svelte', './preact', './solid']) {
    const module = await import(new URL(pkg.exports[entry].default, root).href);
    assert.equal(typeof module.configure, 'function', `${entry} exports configure`);
  }
  // The React entry as Node resolves it (its `node` condition), which renders on the server.
  const reactOnServer = await import(new URL(pkg.exports['./react'].node, root).href);
  assert.equal(typeof reactOnServer.configure, 'function', './react (node) exports configure');
  const { renderToString } = await import(new URL(pkg.exports['./ssr'].default, root).href);
  assert.match(renderToString('<care-rating scale="nps"></care-rating>'), /<template [^>]*shadowrootmode="open"/, './ssr renders');
  await import(new URL(pkg.exports['./astro'].default, root).href); // types only: an empty module
});

test('every file named in exports exists after the build, with its types', () => {
  for (const [subpath, target] of Object.entries(pkg.exports)) {
    if (subpath.includes('*')) continue;
    const files = typeof target === 'string' ? [target] : Object.values(target);
    for (const file of files) assert.ok(existsSync(new URL(file, root)), `${subpath} → ${file}`);
  }
  for (const schema of ['rating', 'comment', 'shown', 'dismissed', 'cloudevent']) {
    assert.ok(existsSync(new URL(`schemas/${schema}.v1.json`, root)), schema);
  }
});

test('the exported version is the package version', async () => {
  const { version } = await import(new URL('dist/client.js', root).href);
  assert.equal(version, pkg.version);
});

test('sideEffects names the registering modules so bundlers keep them', () => {
  for (const file of ['./dist/index.js', './dist/rating.js', './dist/comment.js', './dist/feedback.js']) {
    assert.ok(pkg.sideEffects.includes(file), file);
  }
});

test('the custom elements manifest describes the three tags with their attributes and events', () => {
  const manifest = JSON.parse(readFileSync(new URL(pkg.customElements, root), 'utf8'));
  const declarations = manifest.modules.flatMap((m) => m.declarations ?? []);
  const byName = Object.fromEntries(declarations.map((d) => [d.name, d]));
  assert.deepEqual(
    ['CareRating', 'CareComment', 'CareFeedback'].map((name) => byName[name]?.tagName ?? name),
    ['care-rating', 'care-comment', 'care-feedback'],
  );
  const ratingAttributes = byName.CareRating.attributes.map((a) => a.name);
  for (const name of ['survey-id', 'scale', 'range', 'question', 'low-label', 'high-label', 'value', 'name', 'disabled', 'endpoint']) {
    assert.ok(ratingAttributes.includes(name), `care-rating ${name}`);
  }
  // Exactly the public attributes: private state (the typed text, the stage, the star preview) has none.
  assert.deepEqual(byName.CareComment.attributes.map((a) => a.name).sort(), [
    'counter-label', 'endpoint', 'maxlength', 'placeholder', 'question', 'reasons', 'reasons-question', 'response-id', 'submit-label',
    'survey-id', 'thanks-message',
  ]);
  for (const name of ['CareRating', 'CareFeedback']) {
    const names = byName[name].attributes.map((a) => a.name);
    for (const state of ['text', 'submitted', 'chosen', 'preview', 'launcherShown', 'launcher-shown', 'stage', 'sentiment', 'announcement']) {
      assert.ok(!names.includes(state), `${name} has no attribute ${state}`);
    }
  }
  assert.ok(byName.CareRating.attributes.every((a) => a.type?.text !== 'undefined'), 'every attribute has a type');
  // Every event with its type, and only the real ones (the shared dispatch helper is not an event "name").
  const events = (name) => byName[name].events.map((e) => `${e.name}: ${e.type?.text}`);
  assert.deepEqual(events('CareRating'), ['change: Event', 'care-rate: CustomEvent<RatingData>']);
  assert.deepEqual(events('CareComment'), ['care-comment: CustomEvent<CommentData>']);
  assert.deepEqual(events('CareFeedback'), [
    'care-show: CustomEvent<ShownData>', 'care-rate: CustomEvent<RatingData>', 'care-comment: CustomEvent<CommentData>',
    'care-dismiss: CustomEvent<DismissedData>', 'care-complete: CustomEvent<CompleteDetail>',
  ]);
  assert.ok(byName.CareFeedback.slots.some((s) => s.name === 'thanks-negative'));
  assert.ok(byName.CareRating.cssParts.some((p) => p.name === 'option'));
});

test('care-feedback/react renders on the server (renderToString), as in Next.js, Remix or Astro', async () => {
  const { createElement } = await import('react');
  const { renderToString } = await import('react-dom/server');
  const { CareRating, CareFeedback } = await import('care-feedback/react');
  assert.equal(CareRating.displayName, 'CareRating');
  const html = renderToString(createElement('main', null,
    createElement(CareRating, { surveyId: 'ssr', scale: 'nps', onCareRate: () => {} }),
    createElement(CareFeedback, { surveyId: 'ssr', mode: 'popover' })));
  // Props as attributes, the shadow root inside (declarative), and the element waiting for hydration.
  assert.match(html, /<main><care-rating survey-id="ssr" scale="nps"[^>]* defer-hydration=""><template shadowrootmode="open"><style>/);
  assert.ok(html.includes('aria-label="9 of 10"'), 'the options are in the HTML');
  assert.match(html, /<care-feedback survey-id="ssr" mode="popover"[^>]* defer-hydration=""><template shadowrootmode="open">/);
  assert.ok(!/<care-feedback[^>]* open[ =>]/.test(html), 'a popover renders closed');
  assert.ok(!html.includes('onCareRate') && !html.includes('lit-part'), 'no listener and no hydration marker in the HTML');
});

test('editors get tags, attribute values and events: VS Code custom data and JetBrains web-types, from the manifest', async () => {
  const vscode = JSON.parse(readFileSync(new URL('vscode.html-custom-data.json', root), 'utf8'));
  const tags = Object.fromEntries(vscode.tags.map((tag) => [tag.name, tag]));
  assert.deepEqual(Object.keys(tags).sort(), ['care-comment', 'care-feedback', 'care-rating']);
  const values = (tag, attribute) => tags[tag].attributes.find((a) => a.name === attribute)?.values?.map((v) => v.name);
  assert.deepEqual(values('care-rating', 'scale'), ['nps', 'stars', 'emoji', 'numbers', 'thumbs']);
  assert.deepEqual(values('care-feedback', 'mode'), ['inline', 'popover', 'tab']);
  assert.deepEqual(values('care-feedback', 'position'), ['bottom-right', 'bottom-left', 'top-right', 'top-left']);

  assert.equal(pkg['web-types'], './web-types.json');
  const webTypes = JSON.parse(readFileSync(new URL(pkg['web-types'], root), 'utf8'));
  const elements = Object.fromEntries(webTypes.contributions.html.elements.map((e) => [e.name, e]));
  assert.deepEqual(elements['care-rating'].js.events.map((e) => e.name), ['change', 'care-rate']);
  assert.ok(elements['care-feedback'].attributes.some((a) => a.name === 'trigger'));
  for (const file of ['vscode.html-custom-data.json', 'vscode.css-custom-data.json', 'web-types.json']) {
    assert.ok(pkg.files.includes(file), `${file} is published`);
  }

  // The unions the manifest spells out are the ones the types declare.
  const { UNIONS } = await import(new URL('custom-elements-manifest.config.mjs', root).href);
  const sources = ['src/types.ts', 'src/components/feedback/feedback.component.ts'].map((f) => readFileSync(new URL(f, root), 'utf8')).join('\n');
  for (const [name, union] of Object.entries(UNIONS)) {
    assert.ok(sources.includes(`export type ${name} = ${union};`), `${name} = ${union}`);
  }
});

test('the script tag is plain ASCII, so a host serving it in its own legacy charset (windows-1252, Shift_JIS) runs the same code', () => {
  // A classic script is decoded in the charset it is served with, else the page's; module scripts (the language
  // packs) always as UTF-8. The close button's sign was the one character that broke this.
  const script = readFileSync(new URL('dist/care-feedback.min.js', root), 'latin1');
  const nonAscii = script.match(/[^\x00-\x7f]/g) ?? [];
  assert.deepEqual(nonAscii, [], 'characters outside ASCII in the script tag');
});

test('the README pins the script tag with the integrity hash of this build (each release documents its hash)', () => {
  const hashes = JSON.parse(readFileSync(new URL('dist/sri.json', root), 'utf8'));
  const readme = readFileSync(new URL('README.md', root), 'utf8');
  const shown = [...readme.matchAll(/integrity="(sha384-[^"]+)"/g)].map((m) => m[1]);
  assert.ok(shown.length > 0, 'the README shows integrity="sha384-…"');
  for (const hash of shown) {
    assert.equal(hash, hashes['care-feedback.min.js'], `README.md shows ${hash}; this build's script tag is ${hashes['care-feedback.min.js']} (update the README)`);
  }
  assert.ok(readme.includes(`\`${hashes['care-feedback.min.js']}\``), 'the hash is written out in the text too');
  assert.match(readme, /crossorigin="anonymous"/);
  for (const code of ['de', 'ar', 'zh-Hant']) assert.match(hashes[`locales/${code}.js`], /^sha384-/);
});
