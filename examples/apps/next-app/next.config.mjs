// A static export: every page is rendered to HTML at build time and hydrated in the browser, which is what
// the test proves (the rating's handler runs after hydration), served without a Node server.
export default { output: 'export' };
