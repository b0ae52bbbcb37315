// Where the events go, set once in the browser before anything can be sent: SvelteKit runs this module
// before it hydrates the page. (The test gives its collector as `?endpoint=`.)
import { configure } from 'care-feedback/client';

configure({ endpoint: new URLSearchParams(location.search).get('endpoint') ?? undefined });
