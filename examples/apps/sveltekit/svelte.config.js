import adapter from '@sveltejs/adapter-node';

// Rendered on the server for each request by the Node adapter (`node build`).
export default { kit: { adapter: adapter() } };
