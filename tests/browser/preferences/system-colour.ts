import { fixture, html } from '@open-wc/testing';

/** What a system colour (`Highlight`, `HighlightText`) computes to in this browser, read from an element the browser does not repaint. */
export async function systemColour(name: string): Promise<string> {
  const probe = await fixture(html`<div style="forced-color-adjust: none; color: ${name}"></div>`);
  return getComputedStyle(probe).color;
}
