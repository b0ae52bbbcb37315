/**
 * Loads a page of the corpus (pages.ts) as the partner serves it: a document of its own in an iframe of the
 * partner's viewport size, pinned to the top-left corner of the test window so that the whole viewport is on
 * screen (IntersectionObserver and animation frames run as they would in a tab). The page's first script is
 * /tests/support/host-page-watch.js, which records every uncaught error and unhandled rejection.
 */
import { waitUntil } from '@open-wc/testing';
import { newEndpoint } from '../helpers.js';
import type { PartnerPageSpec } from './pages.js';

type WatchedWindow = Window & typeof globalThis & { hostProblems?: string[] };

export interface PartnerPage {
  spec: PartnerPageSpec;
  /** The partner's top window (the iframe standing in for the browser tab). */
  top: WatchedWindow;
  /** The window the survey lives in: `top`, or the partner's own same-origin frame inside it. */
  view: WatchedWindow;
  /** Every window of the page, `view` first, then each one containing it, up to `top`. */
  windows: WatchedWindow[];
  endpoint: string;
  bucket: string;
  /** Puts a `<care-feedback>` with these attributes where the partner's template is. */
  addSurvey(attributes: Record<string, string>): HTMLElement;
  /**
   * Puts a field of the partner's own just before the survey's place (a newsletter sign-up: an e-mail field,
   * then its button), so the page's own tab order goes field → button → survey.
   */
  addField(): { field: HTMLInputElement; next: HTMLButtonElement };
  /** Uncaught errors, unhandled rejections and policy violations the page's windows recorded. */
  problems(): string[];
  close(): void;
}

const escapeAttribute = (text: string) => text.replace(/[&"<>]/g, (c) => `&#${c.charCodeAt(0)};`);

function documentOf(spec: PartnerPageSpec, css: string, body: string, endpoint: string, withLibrary: boolean): string {
  let library = '';
  if (withLibrary && spec.loader === 'esm') {
    library = `<script type="module">
      import { configure } from '/src/index.ts';
      configure({ endpoint: ${JSON.stringify(endpoint)} });
    </script>`;
  } else if (withLibrary) {
    library = `<script src="/dist/care-feedback.min.js" data-endpoint="${escapeAttribute(endpoint)}" defer></script>`;
  }
  // Gone before the library loads, as in a browser that never had it.
  const withoutPopoverApi = spec.noPopoverApi
    ? `<script>for (const name of ['showPopover', 'hidePopover', 'togglePopover', 'popover']) delete HTMLElement.prototype[name];</script>`
    : '';
  return `<!doctype html><html ${spec.html ?? 'lang="en"'}><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${spec.name}</title>
<script src="/tests/support/host-page-watch.js"></script>
${withoutPopoverApi}
<style>${css}</style>
${library}
</head><body>${body}</body></html>`;
}

/** Opens `spec` with a fresh collector bucket as its endpoint; resolves once the elements are defined. */
export async function openPartnerPage(spec: PartnerPageSpec): Promise<PartnerPage> {
  const { endpoint, bucket } = newEndpoint();
  const { width, height } = spec.viewport;
  if (innerWidth < width || innerHeight < height) {
    throw new Error(`the test window (${innerWidth}×${innerHeight}) is smaller than the partner's viewport (${width}×${height})`);
  }
  let body = spec.body;
  if (spec.frame) {
    const framed = documentOf(spec, spec.frame.css, spec.frame.body, endpoint, true);
    body = body.replace('<iframe data-partner-frame', `<iframe data-partner-frame srcdoc="${escapeAttribute(framed)}"`);
  }
  const frame = document.createElement('iframe');
  frame.title = `Partner page ${spec.name}`;
  frame.style.cssText = `position: fixed; inset: 0 auto auto 0; width: ${width}px; height: ${height}px; border: 0; z-index: 2147483647; background: white`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = documentOf(spec, spec.css, body, endpoint, !spec.frame);
  document.body.append(frame);
  await loaded;

  const top = frame.contentWindow as WatchedWindow;
  const inner = spec.frame ? top.document.querySelector<HTMLIFrameElement>('iframe[data-partner-frame]')!.contentWindow : null;
  const view = (inner ?? top) as WatchedWindow;
  await waitUntil(() => view.customElements.get('care-feedback'), `${spec.name}: the library did not define <care-feedback>`, { timeout: 8000 });
  const windows = inner ? [view, top] : [top];

  return {
    spec,
    top,
    view,
    windows,
    endpoint,
    bucket,
    addSurvey(attributes) {
      const template = view.document.querySelector('template[data-survey]');
      if (!template) throw new Error(`${spec.name}: no <template data-survey> left for a survey`);
      const survey = view.document.createElement('care-feedback');
      for (const [name, value] of Object.entries(attributes)) survey.setAttribute(name, value);
      template.replaceWith(survey);
      return survey;
    },
    addField() {
      const template = view.document.querySelector('template[data-survey]');
      if (!template) throw new Error(`${spec.name}: no <template data-survey> to put a field before`);
      const form = view.document.createElement('form');
      form.className = 'newsletter';
      form.innerHTML = '<label>E-mail <input id="partner-field" type="text" autocomplete="off"></label> <button id="partner-next" type="button">Subscribe</button>';
      template.before(form);
      return { field: form.querySelector('input')!, next: form.querySelector('button')! };
    },
    problems: () => windows.flatMap((win) => win.hostProblems ?? ['the page watcher did not run']),
    close: () => frame.remove(),
  };
}
