// What a bundled app does: import the package and configure it once. The import map in esm.html
// stands in for the bundler, resolving `lit` to node_modules.
import { configure } from '/dist/index.js';

configure({ endpoint: '/events', context: { page: 'esm-demo' } });
