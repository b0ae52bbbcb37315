/**
 * The corpus: small copies of what the survey of 22 real partner pages found (issue 18). Each page is the
 * partner's own HTML and CSS, nothing of ours; `<template data-survey></template>` marks where the partner puts
 * the survey element (tests/browser/partner-pages/partner-page.ts inserts it there once the page has loaded, as
 * a single-page app or a tag manager would).
 *
 * `loader` is how the partner loads the library: `esm` (the package's ESM source, `configure({ endpoint })` in a
 * module script) or `script-tag` (the built dist/care-feedback.min.js with `data-endpoint`).
 */
export type Loader = 'esm' | 'script-tag';

export interface PartnerPageSpec {
  /** Short name, used in test titles and reports. */
  name: string;
  /** What it copies from real pages. */
  about: string;
  loader: Loader;
  /** The partner's viewport in CSS px (the iframe the page is loaded in). */
  viewport: { width: number; height: number };
  /** Attributes of `<html>`. */
  html?: string;
  css: string;
  body: string;
  /**
   * The browser offers no Popover API (`showPopover` and its kin removed before the library loads): the
   * contract's fallback for a card that must stay on screen and above the page without the top layer.
   */
  noPopoverApi?: boolean;
  /**
   * The partner embeds the survey in a same-origin iframe of their own: `body` holds an
   * `<iframe data-partner-frame>` and this is the framed page (which has the template and the library).
   */
  frame?: { css: string; body: string };
}

/** Paragraphs of page content: something to shift, and height to scroll. */
const text = (count: number, words = 'Our store ships within two days. Free returns for thirty days on every order.') =>
  Array.from({ length: count }, (_, i) => `<p class="content" id="p${i}">${words} (${i + 1})</p>`).join('\n');

const DESKTOP = { width: 800, height: 600 };
const PHONE = { width: 360, height: 600 };

/** Bootstrap 5's reboot, abridged: border-box everywhere, body font and line height, button rules. */
const BOOTSTRAP = `
  *, *::before, *::after { box-sizing: border-box; }
  body { margin: 0; font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; font-size: 1rem;
    font-weight: 400; line-height: 1.5; color: #212529; background-color: #fff; -webkit-text-size-adjust: 100%; }
  h1, h2, h3 { margin-top: 0; margin-bottom: .5rem; font-weight: 500; line-height: 1.2; }
  p { margin-top: 0; margin-bottom: 1rem; }
  button { border-radius: 0; margin: 0; font-family: inherit; font-size: inherit; line-height: inherit; text-transform: none; }
  button, [type="button"], [type="submit"] { -webkit-appearance: button; }
  button:not(:disabled) { cursor: pointer; }
  textarea { resize: vertical; margin: 0; font-family: inherit; font-size: inherit; line-height: inherit; }
  .container { max-width: 720px; margin: 0 auto; padding: 0 .75rem; }
  .navbar { display: flex; align-items: center; padding: .5rem 1rem; background: #f8f9fa; }
  .btn { display: inline-block; padding: .375rem .75rem; font-size: 1rem; border: 1px solid transparent; border-radius: .375rem; }
`;

/** Tailwind's preflight, abridged: margins and paddings zeroed, borders reset, buttons transparent. */
const TAILWIND = `
  *, ::after, ::before, ::backdrop { box-sizing: border-box; border: 0 solid; margin: 0; padding: 0; }
  html { line-height: 1.5; -webkit-text-size-adjust: 100%; tab-size: 4;
    font-family: ui-sans-serif, system-ui, sans-serif; }
  button, input, select, optgroup, textarea { font: inherit; font-feature-settings: inherit; letter-spacing: inherit;
    color: inherit; border-radius: 0; background-color: transparent; opacity: 1; }
  button, [type=button], [type=submit] { appearance: button; }
  img, svg, video, canvas { display: block; vertical-align: middle; }
  [hidden]:where(:not([hidden=until-found])) { display: none !important; }
  .mx-auto { margin-left: auto; margin-right: auto; } .max-w-3xl { max-width: 48rem; } .p-6 { padding: 1.5rem; }
  .space-y-4 > :not(:last-child) { margin-bottom: 1rem; } .text-2xl { font-size: 1.5rem; line-height: 2rem; }
`;

const HEADER = `<header class="navbar"><strong>Northwind Outfitters</strong></header>`;

export const PAGES: PartnerPageSpec[] = [
  {
    name: 'bootstrap-like',
    about: "Bootstrap's reboot: border-box on every element, button rules, body line height",
    loader: 'script-tag',
    viewport: DESKTOP,
    css: BOOTSTRAP,
    body: `${HEADER}<main class="container"><h1>Thanks for your order</h1>${text(3)}
      <template data-survey></template>${text(40)}</main>`,
  },
  {
    name: 'tailwind-like',
    about: "Tailwind's preflight: * { margin: 0; padding: 0; border: 0 solid }, transparent buttons",
    loader: 'script-tag',
    viewport: DESKTOP,
    css: TAILWIND,
    body: `<main class="mx-auto max-w-3xl p-6 space-y-4"><h1 class="text-2xl">Order confirmed</h1>${text(3)}
      <template data-survey></template>${text(12)}</main>`,
  },
  {
    name: 'hostile-css',
    about: 'global rules aimed at everything: box-sizing !important, custom properties on *, tiny buttons',
    // ESM: the source's private custom property names, which the script tag's build shortens.
    loader: 'esm',
    viewport: DESKTOP,
    css: `${BOOTSTRAP}
      * { box-sizing: content-box !important; }
      * { --_surface: #111; --_text: #111; --_muted: #111; --_accent: #111; --_accent-contrast: #111; --_border: transparent; --_radius: 0; }
      button { font-size: 8px !important; padding: 0 !important; min-height: 0 !important; min-width: 0 !important; }
      textarea { height: 10px !important; }`,
    body: `${HEADER}<main class="container"><h1>Your account</h1>${text(3)}<template data-survey></template>${text(12)}</main>`,
  },
  {
    name: 'transform-body',
    about: 'transform on <body> (a page-transition library): position: fixed becomes relative to the body',
    loader: 'esm',
    viewport: DESKTOP,
    css: `${BOOTSTRAP} body { transform: translateZ(0); }`,
    body: `${HEADER}<main class="container"><h1>Checkout</h1>${text(3)}<template data-survey></template>${text(30)}</main>`,
  },
  {
    name: 'filter-body',
    about: 'filter on <body> (a site-wide colour tweak): the same trap as transform',
    loader: 'esm',
    viewport: DESKTOP,
    css: `${BOOTSTRAP} body { filter: saturate(1.05); }`,
    body: `${HEADER}<main class="container"><h1>Checkout</h1>${text(3)}<template data-survey></template>${text(30)}</main>`,
  },
  {
    name: 'overflow-hidden',
    about: 'an ancestor with overflow: hidden (a site wrapper cutting off horizontal overflow) and a height',
    loader: 'esm',
    viewport: DESKTOP,
    css: `${BOOTSTRAP} .site { position: relative; overflow: hidden; height: 100vh; }`,
    body: `<div class="site">${HEADER}<main class="container"><h1>Help centre</h1>${text(1)}
      <template data-survey></template>${text(30)}</main></div>`,
  },
  {
    name: 'cookie-banner',
    about: 'a consent banner at z-index 2147483647 covering the bottom of the viewport',
    loader: 'script-tag',
    viewport: DESKTOP,
    css: `${BOOTSTRAP}
      .consent { position: fixed; inset: auto 0 0 0; z-index: 2147483647; min-height: 160px; padding: 1rem 2rem;
        background: #1f2937; color: #fff; box-shadow: 0 -4px 16px #0005; }`,
    body: `${HEADER}<main class="container"><h1>Our winter sale</h1>${text(3)}<template data-survey></template>${text(20)}</main>
      <div class="consent" role="dialog" aria-label="Cookies"><p>We use cookies to improve your experience.</p>
      <button class="btn">Accept all</button> <button class="btn">Settings</button></div>`,
  },
  {
    name: 'zoom-root',
    about: 'CSS zoom: 2 on the root (an accessibility "large text" switch of the site)',
    loader: 'esm',
    viewport: DESKTOP,
    css: `${BOOTSTRAP} html { zoom: 2; }`,
    body: `${HEADER}<main class="container"><h1>Bookings</h1>${text(1)}<template data-survey></template>${text(12)}</main>`,
  },
  {
    name: 'root-font-62.5',
    about: 'html { font-size: 62.5% } so that 1rem = 10px, body text set back with 1.6rem',
    loader: 'esm',
    viewport: DESKTOP,
    css: `${BOOTSTRAP} html { font-size: 62.5%; } body { font-size: 1.6rem; }`,
    body: `${HEADER}<main class="container"><h1>Your trip</h1>${text(3)}<template data-survey></template>${text(12)}</main>`,
  },
  {
    name: 'app-shell',
    about: 'an app shell that scrolls inside its own container: body { overflow: hidden }, main { overflow: auto; height: 100vh }',
    loader: 'esm',
    viewport: DESKTOP,
    css: `${TAILWIND} html, body { height: 100%; } body { overflow: hidden; }
      main { overflow: auto; height: 100vh; } .sidebar { position: fixed; inset: 0 auto 0 0; width: 0; }`,
    body: `<main class="p-6 space-y-4"><h1 class="text-2xl">Dashboard</h1>${text(3)}<template data-survey></template>${text(40)}</main>`,
  },
  {
    name: 'modal-dialog',
    about: "the partner's own modal <dialog>, opened with showModal(), with the survey inside it",
    loader: 'esm',
    viewport: DESKTOP,
    css: `${BOOTSTRAP} dialog { width: min(560px, 90vw); border: 0; border-radius: .5rem; padding: 1.5rem; }
      dialog::backdrop { background: #0008; }`,
    body: `${HEADER}<main class="container"><h1>Order history</h1>${text(12)}</main>
      <dialog aria-label="Order delivered"><h2>Your order was delivered</h2><p>How did it go?</p>
      <template data-survey></template><button class="btn" id="dialog-close">Close</button></dialog>
      <script>addEventListener('DOMContentLoaded', () => document.querySelector('dialog').showModal());</script>`,
  },
  {
    name: 'same-origin-iframe',
    about: 'the survey inside a same-origin iframe (a checkout widget) of the partner page',
    loader: 'esm',
    viewport: DESKTOP,
    css: `${BOOTSTRAP} iframe { display: block; width: 100%; height: 440px; border: 0; }`,
    body: `${HEADER}<main><h1 class="container">Checkout</h1><iframe data-partner-frame title="Payment"></iframe></main>`,
    frame: {
      css: BOOTSTRAP,
      body: `<div class="container"><p>Payment received.</p><template data-survey></template>${text(12)}</div>`,
    },
  },
  {
    name: 'phone-360',
    about: 'a phone: 360 CSS px wide, with the viewport meta tag',
    loader: 'script-tag',
    viewport: PHONE,
    css: BOOTSTRAP,
    body: `${HEADER}<main class="container"><h1>Thanks!</h1>${text(2)}<template data-survey></template>${text(12)}</main>`,
  },
  {
    name: 'rtl-arabic',
    about: 'a right-to-left page: <html dir="rtl" lang="ar">',
    loader: 'script-tag',
    viewport: DESKTOP,
    html: 'dir="rtl" lang="ar"',
    css: BOOTSTRAP,
    body: `<header class="navbar"><strong>متجر الشمال</strong></header><main class="container"><h1>شكرًا لطلبك</h1>
      ${text(3, 'نشحن خلال يومين. الإرجاع مجاني لمدة ثلاثين يومًا.')}<template data-survey></template>
      ${text(12, 'نشحن خلال يومين. الإرجاع مجاني لمدة ثلاثين يومًا.')}</main>`,
  },
];

/** The pages where the top layer matters most, once more without the Popover API (contract §11's fallback). */
for (const name of ['bootstrap-like', 'transform-body', 'cookie-banner']) {
  const page = PAGES.find((candidate) => candidate.name === name)!;
  PAGES.push({ ...page, name: `${name}-no-popover-api`, about: `${page.about}; a browser without the Popover API`, noPopoverApi: true });
}

export const MODES = ['inline', 'popover', 'tab'] as const;
export type Mode = (typeof MODES)[number];
