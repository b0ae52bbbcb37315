/**
 * Server rendering of the three elements with Lit's own SSR (Node only): each element found in the markup is
 * rendered into a declarative shadow root, so its question and options show before any script runs (and with
 * scripts off). The browser renders that root again when the element upgrades (CareElement.connectedCallback),
 * to the same content, so nothing moves; nothing here ever reaches a browser bundle.
 */
import { render } from '@lit-labs/ssr';
import { LitElementRenderer } from '@lit-labs/ssr/lib/lit-element-renderer.js';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import type { RenderInfo } from '@lit-labs/ssr/lib/render-value.js';
import { html, unsafeStatic } from 'lit/static-html.js';
import { CareElement } from '../components/base/care-element.js';
import { CareFeedback } from '../components/feedback/feedback.component.js';
import '../components/rating/rating.js';
import '../components/comment/comment.js';
import '../components/feedback/feedback.js';
import { registerTranslation } from '../localization/localize.js';
import ar from '../translations/ar.js';
import cs from '../translations/cs.js';
import da from '../translations/da.js';
import de from '../translations/de.js';
import el from '../translations/el.js';
import es from '../translations/es.js';
import fa from '../translations/fa.js';
import fi from '../translations/fi.js';
import fr from '../translations/fr.js';
import he from '../translations/he.js';
import hi from '../translations/hi.js';
import hu from '../translations/hu.js';
import id from '../translations/id.js';
import it from '../translations/it.js';
import ja from '../translations/ja.js';
import ko from '../translations/ko.js';
import nb from '../translations/nb.js';
import nl from '../translations/nl.js';
import pl from '../translations/pl.js';
import pt from '../translations/pt.js';
import ro from '../translations/ro.js';
import ru from '../translations/ru.js';
import sv from '../translations/sv.js';
import th from '../translations/th.js';
import tr from '../translations/tr.js';
import uk from '../translations/uk.js';
import vi from '../translations/vi.js';
import zhHans from '../translations/zh-Hans.js';
import zhHant from '../translations/zh-Hant.js';

// Every language is built in on the server: a page in German renders German whether or not its browser
// bundle imports `care-feedback/locales/de` (that module only adds what the server already has).
registerTranslation(ar, cs, da, de, el, es, fa, fi, fr, he, hi, hu, id, it, ja, ko, nb, nl, pl, pt, ro, ru, sv, th, tr, uk, vi, zhHans, zhHant);

// Lit's server DOM has no selector engine. The elements ask `matches(':disabled')` for a disabled fieldset or
// form around them, which a server cannot know: their own `disabled` attribute still counts.
(CareElement.prototype as { matches?: unknown }).matches ??= () => false;

/** Options of one server rendering. */
export interface ServerRenderOptions {
  /** The language, as the page's `lang` would give it (an element's own `lang` attribute still wins). */
  lang?: string;
  /** Written on each `<style>` of the shadow roots, for a page whose `style-src` takes a nonce. */
  nonce?: string;
}

/** The language of the rendering under way: rendering is synchronous, so one at a time. */
let renderingLang: string | undefined;

/**
 * Lit's element renderer with what a browser page would give the elements: the language of the page, and an
 * inline card open, as it opens the moment it connects (a popover or a tab renders closed, as it loads).
 */
class CareElementRenderer extends LitElementRenderer {
  constructor(tagName: string) {
    super(tagName);
    const element = this.element as unknown as CareElement | undefined;
    const pageLang = renderingLang;
    if (element instanceof CareElement && pageLang) {
      Object.defineProperty(element, 'lang', { get: () => element.getAttribute('lang') ?? pageLang });
    }
  }

  override connectedCallback(): void {
    const element = this.element as unknown;
    if (element instanceof CareFeedback && element.mode !== 'popover' && element.mode !== 'tab') element.open ??= true;
    super.connectedCallback();
  }
}

const renderInfo = (): Partial<RenderInfo> => ({ elementRenderers: [CareElementRenderer] });

/** Lit's markers, for a hydration that never happens: the browser renders the elements again. */
const HYDRATION_MARKERS = /<!--(?:lit-part[^>]*|\/lit-part|lit-node \d+)-->/g;

const attributeValue = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** Cleans Lit's output: no hydration markers; the nonce, if any, on every `<style>`. */
function finish(rendered: string, { nonce }: ServerRenderOptions): string {
  const clean = rendered.replace(HYDRATION_MARKERS, '');
  return nonce ? clean.replace(/<style>/g, `<style nonce="${attributeValue(nonce)}">`) : clean;
}

/** Runs one synchronous rendering in the given language. */
function inLanguage<T>(lang: string | undefined, rendering: () => T): T {
  renderingLang = lang;
  try {
    return rendering();
  } finally {
    renderingLang = undefined;
  }
}

/**
 * The markup (a host's own HTML, trusted as such) with every `<care-rating>`, `<care-comment>` and
 * `<care-feedback>` in it rendered into a declarative shadow root, everything else as it was.
 */
export function renderToString(markup: string, options: ServerRenderOptions = {}): string {
  const rendered = inLanguage(options.lang, () => collectResultSync(render(html`${unsafeStatic(markup)}`, renderInfo())));
  return finish(rendered, options);
}

/** One element rendered on the server: its host attributes after rendering, and its shadow root's HTML. */
export interface RenderedElement {
  attributes: Record<string, string>;
  shadowHtml: string;
}

/** One element, from its tag and attributes: what a framework component writes on the server. */
export function renderElement(tagName: string, attributes: Record<string, string>, options: ServerRenderOptions = {}): RenderedElement {
  return inLanguage(options.lang, () => {
    const info = {
      elementRenderers: [CareElementRenderer],
      customElementInstanceStack: [],
      customElementHostStack: [],
      eventTargetStack: [],
      slotStack: [],
      deferHydration: false,
    } as unknown as RenderInfo;
    const renderer = new CareElementRenderer(tagName);
    for (const [name, value] of Object.entries(attributes)) renderer.setAttribute(name, value);
    renderer.connectedCallback();
    info.customElementInstanceStack.push(renderer);
    info.customElementHostStack.push(renderer);
    const shadowHtml = finish(collectResultSync(renderer.renderShadow(info) ?? []), options);
    const host = (renderer.element as unknown as Element).attributes;
    return { attributes: Object.fromEntries([...host].map(({ name, value }) => [name, value])), shadowHtml };
  });
}
