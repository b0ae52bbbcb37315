import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

// The README's Vue setup: Vue's compiler leaves the care-* tags to the browser.
export default defineConfig({
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('care-') } } })],
});
