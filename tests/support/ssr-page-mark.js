// Runs after the server-rendered markup and before the deferred script tag: where everything is before any upgrade.
window.ssr.geometry = () => [...document.querySelectorAll('main > *')].map((element) => {
  const { top, height } = element.getBoundingClientRect();
  return `${element.localName} ${Math.round(top)} ${Math.round(height)}`;
});
window.ssr.before = window.ssr.geometry();
window.ssr.definedBefore = Boolean(customElements.get('care-rating'));
