/**
 * `cem analyze` (npm run build): the custom elements manifest, `custom-elements.json`, from the components'
 * JSDoc. Editors, Storybook and framework type generators read it, so it lists exactly the public surface.
 */
export default {
  globs: ['src/components/**/*.component.ts', 'src/internal/care-element.ts'],
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
          }
        }
      },
    },
  ],
};
