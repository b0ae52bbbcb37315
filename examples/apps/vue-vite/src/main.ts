import { createApp } from 'vue';
import { configure } from 'care-feedback/vue';
import App from './App.vue';

// The test serves the app with `?endpoint=` pointing at its collector.
configure({ endpoint: new URLSearchParams(location.search).get('endpoint') ?? undefined });
createApp(App).mount('#app');
