/**
 * Measures what a visitor of a partner page gets: where the survey's targets are, whether they are the topmost
 * thing at their centre (through shadow roots and out through the partner's frames), their size, whether their
 * labels fit, and whether the page's own content moves. Geometry only, so it means the same in every engine.
 */

/** Every element below `root`, through every shadow root on the way (the composed tree, without slots). */
export function composedDescendants(root: Element | ShadowRoot | Document): Element[] {
  const found: Element[] = [];
  const visit = (parent: Element | ShadowRoot | Document) => {
    for (const element of parent.querySelectorAll('*')) {
      found.push(element);
      if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  if ((root as Element).shadowRoot) visit((root as Element).shadowRoot!);
  visit(root);
  return found;
}

/** The innermost element at (x, y) of `doc`'s viewport, looking into open shadow roots. */
export function deepElementFromPoint(doc: Document, x: number, y: number): Element | null {
  let hit = doc.elementFromPoint(x, y);
  // A shadow root answers with an element of an outer tree when the point is on nothing of its own: the walk
  // stops there (following it could go round between two hosts for ever), or after a depth no page reaches.
  for (let depth = 0; depth < 10 && hit?.shadowRoot; depth++) {
    const inner = hit.shadowRoot.elementFromPoint(x, y);
    if (!inner || !hit.shadowRoot.contains(inner)) break;
    hit = inner;
  }
  return hit;
}

/** Whether `node` is `ancestor` or inside it, crossing shadow boundaries upwards. */
export function composedContains(ancestor: Element, node: Node | null): boolean {
  for (let current = node; current; current = current.parentNode ?? (current as ShadowRoot).host ?? null) {
    if (current === ancestor) return true;
  }
  return false;
}

/** The computed style, from the element's own window (the partner page's, not the test's). */
export const styleOf = (element: Element) => element.ownerDocument.defaultView!.getComputedStyle(element);

/** A short, readable name for an element in a report: `div.consent`, `p#p3`, `button[part=close]`. */
export function describe(element: Element | null): string {
  if (!element) return 'nothing';
  const part = element.getAttribute('part');
  const id = element.id ? `#${element.id}` : '';
  const className = typeof element.className === 'string' && element.className ? `.${element.className.trim().split(/\s+/).join('.')}` : '';
  return `${element.localName}${id}${className}${part ? `[part=${part}]` : ''}`;
}

/**
 * An element's box in its viewport's coordinates, those elementFromPoint takes. Engines with the standard CSS
 * `zoom` (Chromium, Firefox: they have `currentCSSZoom`) give that from getBoundingClientRect. WebKitGTK 2.50
 * still has the legacy zoom: under `html { zoom: 2 }` its getBoundingClientRect gives the document position
 * unzoomed, less the window's scroll unzoomed (checked: an element 520 px down, the window scrolled 300 px:
 * top 220, drawn at 740), so there the box is converted back, with the zoom of the element and its ancestors
 * through shadow roots. (Right for zoom on the root, the corpus's case; not for zoom inside a scroll container.)
 */
export function viewportRect(element: Element): DOMRect {
  const rect = element.getBoundingClientRect();
  if ((element as { currentCSSZoom?: number }).currentCSSZoom !== undefined) return rect;
  let zoom = 1;
  for (let current: Element | null = element; current; current = current.parentElement ?? ((current.getRootNode() as ShadowRoot).host ?? null)) {
    zoom *= parseFloat(styleOf(current).getPropertyValue('zoom')) || 1;
  }
  if (zoom === 1) return rect;
  const { scrollX, scrollY } = element.ownerDocument.defaultView!;
  return new DOMRect((rect.x + scrollX) * zoom - scrollX, (rect.y + scrollY) * zoom - scrollY, rect.width * zoom, rect.height * zoom);
}

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

const round = (n: number) => Math.round(n * 10) / 10;
export const boxOf = (rect: DOMRect): Box => ({ left: round(rect.left), top: round(rect.top), width: round(rect.width), height: round(rect.height) });
export const showBox = (b: Box) => `${b.width}×${b.height} at (${b.left}, ${b.top})`;

export interface Placement {
  /** The target's box in its own window, and the window's viewport. */
  box: Box;
  viewport: { width: number; height: number };
  /** Why the target is not wholly on screen, per window from its own up to the partner's top window; empty when it is. */
  offScreen: string[];
  /** What is topmost at the target's centre where it is not the target itself, per window; empty when it is. */
  covered: string[];
}

/**
 * Where `target` is for the visitor: on screen in its own window's viewport and, for a survey in the partner's
 * frame, in every window up to `windows`' last; and whether it is what a finger at its centre touches in each.
 */
export function placementOf(target: Element, windows: Window[]): Placement {
  const rect = viewportRect(target);
  const box = boxOf(rect);
  const offScreen: string[] = [];
  const covered: string[] = [];
  let left = rect.left;
  let top = rect.top;
  let expected: Element = target;
  windows.forEach((win, level) => {
    const where = level === 0 ? '' : ` (in the partner's window, through its frame)`;
    const right = left + rect.width;
    const bottom = top + rect.height;
    const { innerWidth: width, innerHeight: height } = win;
    const slack = 0.5;
    if (left < -slack || top < -slack || right > width + slack || bottom > height + slack) {
      offScreen.push(`${showBox({ left: round(left), top: round(top), width: box.width, height: box.height })} in a ${width}×${height} viewport${where}`);
    }
    const x = left + rect.width / 2;
    const y = top + rect.height / 2;
    const hit = deepElementFromPoint(win.document, x, y);
    if (!composedContains(expected, hit)) covered.push(`at (${round(x)}, ${round(y)}) the topmost is ${describe(hit)}${where}`);
    const frame = win.frameElement;
    if (frame && level + 1 < windows.length) {
      const frameRect = viewportRect(frame);
      left += frameRect.left + frame.clientLeft;
      top += frameRect.top + frame.clientTop;
      expected = frame;
    }
  });
  return { box, viewport: { width: windows[0].innerWidth, height: windows[0].innerHeight }, offScreen, covered };
}

/**
 * A button's label against its content box: the text's box (a Range over the button's contents) must be no
 * wider than the button's box less its borders and paddings. Measured in the same (visual) units: the content
 * width in CSS px is scaled by the button's box width over its layout width, which is 2 under `zoom: 2`.
 */
export function labelFit(button: HTMLElement): { text: number; content: number; fontSize: number } | null {
  const range = button.ownerDocument.createRange();
  range.selectNodeContents(button);
  const textWidth = range.getBoundingClientRect().width;
  if (!button.textContent!.trim()) return null;
  const style = styleOf(button);
  const px = (value: string) => parseFloat(value) || 0;
  const layoutWidth = button.offsetWidth;
  const boxWidth = button.getBoundingClientRect().width;
  const scale = layoutWidth > 0 ? boxWidth / layoutWidth : 1;
  const inner = layoutWidth - px(style.borderLeftWidth) - px(style.borderRightWidth) - px(style.paddingLeft) - px(style.paddingRight);
  return { text: round(textWidth), content: round(inner * scale), fontSize: px(style.fontSize) };
}

/** Whether an element is drawn at all (not display: none, not a 1 px visually-hidden live region). */
export function isDrawn(element: Element): boolean {
  const rect = element.getBoundingClientRect();
  if (rect.width <= 1 || rect.height <= 1) return false;
  const style = styleOf(element);
  return style.visibility !== 'hidden' && style.clipPath !== 'inset(50%)';
}

/** The elements of `root`'s composed tree that show text of their own, with their computed font size. */
export function textSizes(root: Element): { element: Element; text: string; fontSize: number }[] {
  return [root, ...composedDescendants(root)]
    .filter((element) => element.localName === 'textarea' || [...element.childNodes].some((node) => node.nodeType === 3 && node.textContent!.trim()))
    .filter((element) => isDrawn(element) && !element.closest('[role="status"]'))
    .map((element) => ({
      element,
      text: (element.localName === 'textarea' ? (element as HTMLTextAreaElement).placeholder || 'text box' : element.textContent!.trim()).slice(0, 30),
      fontSize: parseFloat(styleOf(element).fontSize),
    }));
}

/** Every element of a page's content that has a box: what a layout shift would move. */
export function pageContent(doc: Document, survey: Element | null): Element[] {
  return [...doc.body.querySelectorAll('*')].filter(
    (element) =>
      !(survey && (element === survey || survey.contains(element))) &&
      !['script', 'style', 'template', 'care-feedback'].includes(element.localName) &&
      element.getClientRects().length > 0
  );
}

export interface ShiftReport {
  /** The farthest any content element moved from where it was before the survey came, in CSS px. */
  moved: number;
  /** Which element, during which phase, and from where to where. */
  detail: string;
}

/**
 * Watches the page content of `windows` on every animation frame from now until `stop()`: how far any element
 * moved from where it was at the start, in document coordinates (a scroll is not a shift). `phase(name)` names
 * what happens next, for the report.
 */
export function watchLayout(windows: Window[], survey: () => Element | null) {
  const tracked = windows.flatMap((win) =>
    pageContent(win.document, null).map((element) => {
      const rect = element.getBoundingClientRect();
      return { win, element, left: rect.left + win.scrollX, top: rect.top + win.scrollY };
    })
  );
  let phase = 'start';
  const worst: ShiftReport = { moved: 0, detail: 'nothing moved' };
  const measure = () => {
    const current = survey();
    for (const { win, element, left, top } of tracked) {
      if (current && composedContains(current, element)) continue;
      if (!element.isConnected) continue;
      const rect = element.getBoundingClientRect();
      const dx = Math.abs(rect.left + win.scrollX - left);
      const dy = Math.abs(rect.top + win.scrollY - top);
      const moved = Math.max(dx, dy);
      if (moved > worst.moved) {
        worst.moved = round(moved);
        worst.detail = `${describe(element)} moved ${round(dx)} px across and ${round(dy)} px down/up while "${phase}" (from (${round(left)}, ${round(top)}))`;
      }
    }
  };
  let running = true;
  const view = windows[0];
  const sample = () => {
    measure();
    if (running) view.requestAnimationFrame(sample);
  };
  view.requestAnimationFrame(sample);
  return {
    phase(name: string) {
      measure();
      phase = name;
    },
    stop(): ShiftReport {
      running = false;
      measure();
      return worst;
    },
  };
}

/** Waits for every animation in `root`'s composed tree to finish (the card's entrance), at most `timeout` ms. */
export async function animationsDone(root: Element, timeout = 3000): Promise<void> {
  const animations = [root, ...composedDescendants(root)].flatMap((element) => element.getAnimations());
  await Promise.race([
    Promise.all(animations.map((animation) => animation.finished.catch(() => undefined))),
    new Promise((resolve) => setTimeout(resolve, timeout)),
  ]);
}
