import { defineConfig } from 'astro/config';
import node from '@astrojs/node';

// Rendered on the server for each request (`output: 'server'`, the Node adapter's standalone server).
export default defineConfig({ output: 'server', adapter: node({ mode: 'standalone' }) });
