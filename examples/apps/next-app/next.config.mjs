// Rendered on the server for every request (`next start`), not exported: the survey's question is in the HTML
// the server sends, in declarative shadow DOM, and the components hydrate in the browser.
export default {};
