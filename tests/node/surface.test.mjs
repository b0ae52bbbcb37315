/**
 * One source of truth for each element's public surface: the components declare their attributes (static
 * properties) and events (JSDoc `@event`), the analyzer writes them into custom-elements.json, and the editor
 * data is generated from that. The framework typings (src/frameworks/tags.ts: React JSX, Vue, Svelte, Preact, Solid, Astro) are
 * checked here against the manifest, attribute by attribute and event by event, so neither can drift.
 * Needs `npm run build` (the manifest) first.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import ts from 'typescript';

const root = new URL('../../', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('custom-elements.json', root), 'utf8'));
const declarations = manifest.modules.flatMap((module) => module.declarations ?? []).filter((d) => d.tagName);
const byTag = Object.fromEntries(declarations.map((d) => [d.tagName, d]));

/** The property names of the exported types of src/frameworks/tags.ts, read by the TypeScript checker. */
function typeProperties(...typeNames) {
  const file = new URL('src/frameworks/tags.ts', root).pathname;
  const program = ts.createProgram([file], { strict: true, moduleResolution: ts.ModuleResolutionKind.Bundler, module: ts.ModuleKind.ES2022, target: ts.ScriptTarget.ES2022, lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'], skipLibCheck: true, experimentalDecorators: true, useDefineForClassFields: false });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(file);
  const exports = checker.getExportsOfModule(checker.getSymbolAtLocation(source));
  return typeNames.map((name) => {
    const symbol = exports.find((s) => s.name === name);
    assert.ok(symbol, `src/frameworks/tags.ts exports ${name}`);
    return checker.getPropertiesOfType(checker.getDeclaredTypeOfSymbol(symbol)).map((p) => p.name).sort();
  });
}

const TAGS = {
  'care-rating': ['CareRatingAttributes', 'CareRatingEvents'],
  'care-comment': ['CareCommentAttributes', 'CareCommentEvents'],
  'care-feedback': ['CareFeedbackAttributes', 'CareFeedbackEvents'],
};

for (const [tag, [attributesType, eventsType]] of Object.entries(TAGS)) {
  test(`${tag}: the framework typings list exactly the manifest's attributes and events`, () => {
    const [attributes, events] = typeProperties(attributesType, eventsType);
    const declaration = byTag[tag];
    assert.ok(declaration, `${tag} is in custom-elements.json`);
    assert.deepEqual(attributes, declaration.attributes.map((a) => a.name).sort(), `${attributesType} against the manifest`);
    assert.deepEqual(events, declaration.events.map((e) => e.name).sort(), `${eventsType} against the manifest`);
  });
}

test('every attribute the manifest lists is one the element declares under that name (no renaming after the fact)', () => {
  for (const declaration of declarations) {
    for (const attribute of declaration.attributes) {
      assert.match(attribute.name, /^[a-z]+(-[a-z]+)*$/, `<${declaration.tagName}> ${attribute.name} is kebab case`);
      const member = declaration.members.find((m) => m.name === attribute.fieldName);
      assert.ok(member, `<${declaration.tagName}> ${attribute.name} belongs to a property`);
    }
  }
});
