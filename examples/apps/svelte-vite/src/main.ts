// Registers the elements and types them in Svelte markup (svelte/elements).
import { configure } from 'care-feedback/svelte';
import { mount } from 'svelte';
import App from './App.svelte';

// The test serves the app with `?endpoint=` pointing at its collector.
configure({ endpoint: new URLSearchParams(location.search).get('endpoint') ?? undefined });
mount(App, { target: document.getElementById('app')! });
