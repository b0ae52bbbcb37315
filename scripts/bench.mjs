#!/usr/bin/env node
/**
 * `npm run bench`: the render cost of `<care-rating>`. In one Chromium page it renders 100 star ratings
 * (the built script tag, `dist/care-feedback.min.js`) and 100 hand-written equivalents — a custom element
 * with a shadow root, the same buttons and artwork, the same adopted stylesheets, no framework — and prints
 * the ratio of the medians over several rounds, alternating which goes first. Each round counts from
 * creating the elements to the browser having laid them out. Needs `npm run build` first.
 */
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const ROUNDS = 40;
const COUNT = 100;

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
});
try {
  const page = await browser.newPage();
  // A page on https, as partner sites are (a secure context: crypto.randomUUID and the rest), answered from here.
  const script = readFileSync('dist/care-feedback.min.js', 'utf8');
  await page.route('https://shop.example/**', (route) =>
    route.fulfill(
      route.request().url().endsWith('.js')
        ? { contentType: 'text/javascript', body: script }
        : { contentType: 'text/html', body: '<!doctype html><html lang="en"><body><script src="/care-feedback.min.js"></script></body></html>' }
    )
  );
  await page.goto('https://shop.example/bench');
  const result = await page.evaluate(async ({ rounds, count }) => {
    await customElements.whenDefined('care-rating');
    // The hand-written equivalent renders exactly what <care-rating> renders, from a template, with the
    // same stylesheets: what a careful author without a framework would write.
    const sample = document.createElement('care-rating');
    document.body.append(sample);
    await sample.updateComplete;
    const template = document.createElement('template');
    template.innerHTML = sample.shadowRoot.innerHTML.replace(/<!--[^]*?-->/g, '');
    const sheets = sample.shadowRoot.adoptedStyleSheets;
    sample.remove();
    customElements.define('plain-rating', class extends HTMLElement {
      connectedCallback() {
        if (this.shadowRoot) return;
        const root = this.attachShadow({ mode: 'open' });
        root.adoptedStyleSheets = sheets;
        root.append(template.content.cloneNode(true));
        for (const option of root.querySelectorAll('[role="radio"]')) option.addEventListener('click', () => {});
      }
    });

    async function timeOne(tag) {
      const host = document.createElement('div');
      document.body.append(host);
      const started = performance.now();
      for (let i = 0; i < count; i++) host.append(document.createElement(tag));
      if (tag === 'care-rating') await Promise.all([...host.children].map((el) => el.updateComplete));
      host.offsetHeight; // layout
      const took = performance.now() - started;
      host.remove();
      return took;
    }
    const times = { 'care-rating': [], 'plain-rating': [] };
    for (let round = 0; round < rounds + 3; round++) {
      const order = round % 2 ? ['care-rating', 'plain-rating'] : ['plain-rating', 'care-rating'];
      for (const tag of order) {
        const took = await timeOne(tag);
        if (round >= 3) times[tag].push(took); // the first rounds warm the engine up
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
    return { lit: median(times['care-rating']), plain: median(times['plain-rating']) };
  }, { rounds: ROUNDS, count: COUNT });
  console.log(`${COUNT} star ratings, median of ${ROUNDS} rounds (Chromium, ${await browser.version()}):`);
  console.log(`  <care-rating>          ${result.lit.toFixed(2)} ms`);
  console.log(`  hand-written element   ${result.plain.toFixed(2)} ms`);
  console.log(`  ratio                  ${(result.lit / result.plain).toFixed(2)}×`);
} finally {
  await browser.close();
}
