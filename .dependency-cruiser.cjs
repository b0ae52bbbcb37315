/**
 * The layers of src/, checked by `npm run check:layers` (part of `npm test`, so CI fails on a violation).
 * Type-only imports count (tsPreCompilationDeps): a type loop is still a loop for a reader.
 *
 *   entries (src/*.ts)             index, client, rating, comment, feedback, react (+ react.node), vue, svelte,
 *                                  preact, solid, astro, ssr, script tag
 *     ssr/, frameworks/            server rendering (Node); what the framework entries share (typings, React
 *                                  components, defer-hydration)
 *     components/<element>/        the elements, each beside its own styles and registration
 *     components/base/             what the elements share: CareElement, theme, scales, define
 *       client/                    delivery: envelope, outbox, retries, tab lock, HTTP, redaction
 *       localization/              the closest lang, language packs, number and plural formatting
 *         translations/            the languages: data, and the Translation type they share
 *         core/                    configuration, log, storage, clock, ids, the wire limits
 *           types.ts, events.ts    shared types
 *   receiver/                      the server side: imports only core/wire-limits.ts and types.ts
 *   insights/forwarding/           forwarding (server): reads the SQL stores (receiver/store.ts, sql-store.ts)
 *   insights/ (but element/)       the team's server side: reads the SQL stores of receiver/
 *   insights/element/              <care-insights>, a browser element: knows the insights' JSON types, never the server
 *
 * An arrow may only point down (or sideways inside a folder), and never around in a circle.
 */
const SHARED_TYPES = '^src/(types|events|version)\\.ts$';
/** Issue 24: the forwarder and its sinks (exported by the `care-feedback/insights` entry, src/insights/index.ts). */
const FORWARDING = '^src/insights/forwarding/';

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'An import loop: each module of it can only be read with the others in mind.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'core-is-the-bottom',
      comment: 'core/ holds configuration, log, storage, clock, ids and the wire limits: it imports nothing above it.',
      severity: 'error',
      from: { path: '^src/core/' },
      to: { pathNot: ['^src/core/', SHARED_TYPES] },
    },
    {
      name: 'translations-are-data',
      comment: 'A language is data of the Translation shape (translations/translation.ts), nothing else.',
      severity: 'error',
      from: { path: '^src/translations/' },
      to: { pathNot: ['^src/translations/', SHARED_TYPES] },
    },
    {
      name: 'delivery-knows-no-elements',
      comment: 'client/ (delivery) stands on core/ alone: it knows nothing of elements, languages or entries.',
      severity: 'error',
      from: { path: '^src/client/' },
      to: { pathNot: ['^src/(client|core)/', SHARED_TYPES] },
    },
    {
      name: 'localization-knows-no-elements',
      comment: 'localization/ serves the elements; it imports only core/, the translations and types.',
      severity: 'error',
      from: { path: '^src/localization/' },
      to: { path: '^src/', pathNot: ['^src/(localization|translations|core)/', SHARED_TYPES] },
    },
    {
      name: 'element-base-knows-no-element',
      comment: 'components/base/ is what every element shares: it never imports one of them.',
      severity: 'error',
      from: { path: '^src/components/base/' },
      to: { path: '^src/components/(?!base/)' },
    },
    {
      name: 'components-below-entries',
      comment: 'The elements never import an entry point, the framework typings or the receiver.',
      severity: 'error',
      from: { path: '^src/components/' },
      to: { path: ['^src/[^/]+\\.ts$', '^src/(frameworks|receiver)/'], pathNot: SHARED_TYPES },
    },
    {
      name: 'receiver-stands-alone',
      comment: 'The server side shares only the wire limits and the types with the browser side.',
      severity: 'error',
      from: { path: '^src/receiver/' },
      to: { path: '^src/', pathNot: ['^src/receiver/', '^src/core/wire-limits\\.ts$', '^src/types\\.ts$'] },
    },
    {
      name: 'browser-never-imports-receiver',
      comment: 'No browser module pulls the receiver (Node only) into a bundle.',
      severity: 'error',
      from: { path: '^src/', pathNot: ['^src/receiver/', '^src/insights/(?!element/)'] },
      to: { path: '^src/receiver/' },
    },
    {
      name: 'forwarding-stands-on-the-stores',
      comment: 'Forwarding (server) reads the SQL stores, the shared types and the shared band rule (pure, core/bands.ts): nothing else browser-side, not the receiver entry.',
      severity: 'error',
      from: { path: FORWARDING },
      to: { path: '^src/', pathNot: [FORWARDING, '^src/receiver/(store|sql-store)\\.ts$', '^src/types\\.ts$', '^src/core/bands\\.ts$'] },
    },
    {
      name: 'browser-never-imports-forwarding',
      comment: 'Forwarding is Node only (node:crypto, timers): no browser module pulls it into a bundle.',
      severity: 'error',
      from: { path: '^src/', pathNot: ['^src/insights/'] },
      to: { path: FORWARDING },
    },
    {
      name: 'insights-server-stays-on-the-server',
      comment: 'The insights handler reads the stores (Node); only the dashboard element is browser code, and no visitor code imports either.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/insights/' },
      to: { path: '^src/insights/' },
    },
    {
      name: 'insights-element-knows-only-types',
      comment: '<care-insights> speaks to the handler over HTTP: from the server side it imports only the JSON types.',
      severity: 'error',
      from: { path: '^src/insights/element/' },
      to: { path: '^src/(insights/(?!element/)|receiver/)', pathNot: '^src/insights/summary/types\\.ts$' },
    },
    {
      name: 'stores-never-import-the-entry',
      comment: 'A store imports receiver/store.ts, never the receiver entry (index.ts).',
      severity: 'error',
      from: { path: '^src/receiver/', pathNot: '^src/receiver/index\\.ts$' },
      to: { path: '^src/receiver/index\\.ts$' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
