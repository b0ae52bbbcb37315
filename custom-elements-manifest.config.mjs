import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';

/**
 * `cem analyze` (npm run build): the custom elements manifest, `custom-elements.json`, from the components'
 * JSDoc, and from it the editors' data: VS Code's `vscode.html-custom-data.json` / `vscode.css-custom-data.json`
 * and JetBrains' `web-types.json` (tags, attributes and their values, events, slots, parts, CSS properties).
 * Editors, Storybook and framework type generators read them, so they list exactly the public surface.
 */
/**
 * The named unions of the public attributes, spelled out: editors offer an attribute's values only when the
 * manifest lists them, not a type's name. A test checks these against src/types.ts.
 */
export const UNIONS = {
  RatingScale: "'nps' | 'stars' | 'emoji' | 'numbers' | 'thumbs'",
  FeedbackMode: "'inline' | 'popover' | 'tab'",
  FeedbackPosition: "'bottom-right' | 'bottom-left' | 'top-right' | 'top-left'",
  FeedbackTrigger: "'load' | 'delay' | 'scroll' | 'exit' | 'event' | 'manual'",
};

export default {
  globs: ['src/components/**/*.component.ts', 'src/components/base/care-element.ts'],
  outdir: '.',
  litelement: true,
  plugins: [
    {
      // The shared `fire(name, …)` helper dispatches whatever event it is given; the analyzer reads that as
      // an event called "name". Every real event is declared with `@event {Type} name - …` in the JSDoc.
      name: 'care-documented-events-only',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            if (declaration.events) declaration.events = declaration.events.filter((event) => event.description);
            // The analyzer also lists private state (`state: true`: the typed text, the stage) as attributes;
            // they have none, so they go.
            const isPrivate = (attribute) =>
              declaration.members?.find((m) => m.attribute === attribute.name)?.privacy === 'private';
            declaration.attributes = declaration.attributes?.filter((attribute) => !isPrivate(attribute));
            for (const member of declaration.members ?? []) if (member.privacy === 'private') delete member.attribute;
            for (const item of [...(declaration.attributes ?? []), ...(declaration.members ?? [])]) {
              const text = item.type?.text?.replace(/\s*\|\s*undefined$/, '');
              if (UNIONS[text]) item.type.text = UNIONS[text];
            }
          }
        }
      },
    },
    customElementVsCodePlugin({ outdir: '.', descriptionSrc: 'summary', hideLogs: true }),
    customElementJetBrainsPlugin({ outdir: '.', descriptionSrc: 'summary', hideLogs: true, packageJson: false }),
  ],
};
