/**
 * One visit to a partner page with one survey mode, as a visitor makes it: the survey appears (a popover by
 * itself, a tab's launcher that the visitor opens, an inline card in the page), the visitor rates, types a
 * comment and sends it. Everything the checks need is measured on the way and kept in an `Observation`, so
 * each check is its own test and a broken step is reported by every check that needed it, with its reason.
 */
import { waitUntil } from '@open-wc/testing';
import { press, type } from '../browser.js';
import { received, type ReceivedRequest } from '../helpers.js';
import {
  animationsDone, boxOf, composedContains, composedDescendants, describe, isDrawn, labelFit, placementOf, showBox, styleOf, textSizes, viewportRect, watchLayout,
  type Placement, type ShiftReport,
} from './geometry.js';
import { openPartnerPage, type PartnerPage } from './partner-page.js';
import type { Mode, PartnerPageSpec } from './pages.js';

/** The targets a visitor touches, found by the parts and roles the contract names, in the composed tree. */
const TARGETS: [name: string, selector: string][] = [
  ['launcher', '[part~="launcher"]'],
  ['option', '[role="radio"]'],
  ['close', '[part~="close"]'],
  ['comment box', 'textarea'],
  ['Send', '[part~="submit"]'],
];

export interface TargetReport {
  /** `option 7`, `close`, `Send`, … and the stage it was measured at. */
  name: string;
  stage: 'rating' | 'comment';
  placement: Placement;
  /** A button's label against its content box, in px; null for the text box or a button without text. */
  label: { text: number; content: number; fontSize: number } | null;
}

export interface Observation {
  page?: PartnerPage;
  surveyId: string;
  /** The step that failed and why; the checks after it have nothing to look at. */
  broke?: string;
  /** The card's box and the viewport, when the card opened: the first thing to read in a failure. */
  card?: string;
  /** Whether any of the card was inside the viewport when it had opened (before anything was scrolled). */
  cardVisible?: boolean;
  /** At the moment `care-show` fired: was the card on screen, and where it was. */
  shownOnScreen?: boolean;
  cardAtShow?: string;
  targets: TargetReport[];
  text: { stage: string; what: string; fontSize: number }[];
  /** How the card and its targets are drawn (box-sizing, colours, radius), to compare with a plain page. */
  looks?: Record<string, string>;
  /** Popover and tab only. */
  shift?: ShiftReport;
  delivered?: { requests: ReceivedRequest[]; typed: string };
  problems: string[];
}

export const COMMENT = 'Faster checkout';
let surveys = 0;

/** The elements matching `selector` in the survey's composed tree that are drawn. */
const find = (survey: Element, selector: string) =>
  composedDescendants(survey).filter((element) => element.matches(selector) && isDrawn(element)) as HTMLElement[];

async function until<T>(what: string, condition: () => T, timeout = 3000): Promise<T> {
  await waitUntil(condition, what, { timeout });
  return condition();
}

/**
 * Brings a target into view the way a visitor would: an inline card by scrolling the page to it; a popover or
 * tab card only by scrolling inside the card (the page stays where the visitor left it: a card off screen is
 * a card the visitor never sees).
 */
function bringIntoView(target: HTMLElement, mode: Mode, page: PartnerPage): void {
  if (mode === 'inline') {
    target.scrollIntoView({ block: 'center', inline: 'center' });
    return;
  }
  const scrolled = page.windows.flatMap((win) => [
    { restore: ((x, y) => () => win.scrollTo({ left: x, top: y, behavior: 'instant' }))(win.scrollX, win.scrollY) },
    ...[...win.document.querySelectorAll('*')]
      .filter((element) => element.scrollTop !== 0 || element.scrollLeft !== 0 || element.scrollHeight > element.clientHeight)
      .map((element) => ({
        restore: ((x, y) => () => element.scrollTo({ left: x, top: y, behavior: 'instant' }))(element.scrollLeft, element.scrollTop),
      })),
  ]);
  target.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  for (const { restore } of scrolled) restore();
}

function measureTargets(survey: Element, stage: TargetReport['stage'], mode: Mode, page: PartnerPage): TargetReport[] {
  const reports: TargetReport[] = [];
  for (const [kind, selector] of TARGETS) {
    for (const element of find(survey, selector)) {
      bringIntoView(element, mode, page);
      const name = kind === 'option' ? `option ${element.textContent!.trim() || element.getAttribute('aria-label')}` : kind;
      reports.push({
        name,
        stage,
        placement: placementOf(element, page.windows),
        label: element.localName === 'button' ? labelFit(element) : null,
      });
    }
  }
  return reports;
}

/**
 * Properties that only the page's global rules could change. Font size and family are inherited on purpose,
 * and radii are in rem (a root font size changes them legitimately; its effect on targets and text is measured).
 */
const LOOKS = ['box-sizing', 'background-color', 'color', 'border-top-color'] as const;

/** The drawn look of the card and of one of each kind of target, as computed styles. */
export function looksOf(survey: Element): Record<string, string> {
  const looks: Record<string, string> = {};
  for (const [name, selector] of [['card', '[part~="card"]'], ...TARGETS]) {
    const [element] = find(survey, selector);
    if (!element) continue;
    const style = styleOf(element);
    for (const property of LOOKS) looks[`${name} ${property}`] = style.getPropertyValue(property);
  }
  return looks;
}

/** A page with no CSS of its own, for what the survey looks like when nothing reaches in. */
const PLAIN: PartnerPageSpec = {
  name: 'plain', about: 'no CSS at all', loader: 'esm', viewport: { width: 800, height: 600 }, css: '',
  body: '<main><h1>Plain</h1><template data-survey></template></main>',
};
const plainLooks = new Map<Mode, Promise<Record<string, string>>>();

/** The look of the survey in `mode`, at the rating stage, on a page without CSS (measured once per mode). */
export function looksOnAPlainPage(mode: Mode): Promise<Record<string, string>> {
  if (!plainLooks.has(mode)) {
    plainLooks.set(mode, (async () => {
      const page = await openPartnerPage(PLAIN);
      try {
        const survey = page.addSurvey({ 'survey-id': `plain-${mode}-${Date.now().toString(36)}-${surveys++}`, scale: 'nps', mode });
        if (mode === 'tab') (await until('plain: no launcher', () => find(survey, '[part~="launcher"]')[0])).click();
        await until('plain: the card did not open', () => survey.hasAttribute('open') && find(survey, '[role="radio"]').length === 11);
        await animationsDone(survey);
        return looksOf(survey);
      } finally {
        page.close();
      }
    })());
  }
  return plainLooks.get(mode)!;
}

function cardVisible(survey: Element, page: PartnerPage): boolean {
  const [card] = find(survey, '[part~="card"]');
  if (!card) return false;
  const box = viewportRect(card);
  const { innerWidth, innerHeight } = page.view;
  return box.right > 0 && box.bottom > 0 && box.left < innerWidth && box.top < innerHeight;
}

function cardOf(survey: Element, page: PartnerPage): string | undefined {
  const [card] = find(survey, '[part~="card"]');
  if (!card) return undefined;
  const { innerWidth, innerHeight } = page.view;
  return `card ${showBox(boxOf(viewportRect(card)))} in a ${innerWidth}×${innerHeight} viewport`;
}

/** Visits `spec` with a survey in `mode` and measures everything the checks of partner-pages.test.ts read. */
export async function observe(spec: PartnerPageSpec, mode: Mode): Promise<Observation> {
  const surveyId = `partner-${spec.name}-${mode}-${Date.now().toString(36)}-${surveys++}`;
  const seen: Observation = { surveyId, targets: [], text: [], problems: [] };
  let step = 'open the page';
  let layout: ReturnType<typeof watchLayout> | undefined;
  try {
    const page = await openPartnerPage(spec);
    seen.page = page;
    let survey: HTMLElement | null = null;
    if (mode !== 'inline') layout = watchLayout(page.windows, () => survey);

    step = mode === 'tab' ? 'the launcher appears' : mode === 'popover' ? 'the popover appears' : 'the card renders';
    layout?.phase(step);
    survey = page.addSurvey({ 'survey-id': surveyId, scale: 'nps', mode });
    // Whether the card was on screen at the moment it was reported shown (later the visit itself scrolls it into view).
    survey.addEventListener('care-show', () => {
      seen.shownOnScreen = cardVisible(survey!, page);
      seen.cardAtShow = cardOf(survey!, page);
    });
    if (mode === 'tab') {
      const launcher = await until(`${spec.name}: no launcher`, () => find(survey!, '[part~="launcher"]')[0]);
      step = 'the visitor opens the tab';
      layout?.phase(step);
      launcher.click();
    }
    await until(`${spec.name}: the card did not open`, () => survey!.hasAttribute('open') && find(survey!, '[role="radio"]').length === 11);
    await animationsDone(survey);
    seen.card = cardOf(survey, page);
    seen.cardVisible = cardVisible(survey, page);

    step = 'measure the rating';
    seen.looks = looksOf(survey);
    seen.targets.push(...measureTargets(survey, 'rating', mode, page));
    seen.text.push(...textSizes(survey).map(({ element, text, fontSize }) => ({ stage: 'rating', what: `${describe(element)} "${text}"`, fontSize })));

    step = 'the visitor rates 8';
    layout?.phase(step);
    find(survey, '[role="radio"]')[8].click();
    const textarea = await until(`${spec.name}: no comment box after rating`, () => find(survey!, 'textarea')[0]);
    await animationsDone(survey);
    seen.shift = layout?.stop();
    layout = undefined;

    step = 'measure the comment box';
    seen.card = cardOf(survey, page) ?? seen.card;
    seen.targets.push(...measureTargets(survey, 'comment', mode, page));
    seen.text.push(...textSizes(survey).map(({ element, text, fontSize }) => ({ stage: 'comment', what: `${describe(element)} "${text}"`, fontSize })));

    step = 'the visitor types a comment';
    textarea.focus();
    await until('the comment box did not get focus', () => page.view.document.hasFocus() && composedContains(survey!, page.view.document.activeElement));
    await press('Shift'); // WebKitGTK now and then drops the first key typed after focus moved into a frame
    await type(COMMENT);
    const typed = (textarea as HTMLTextAreaElement).value;

    step = 'the visitor sends it';
    const send = await until(`${spec.name}: Send stays disabled (the box holds "${typed}")`, () => {
      const [button] = find(survey!, '[part~="submit"]') as HTMLButtonElement[];
      return button && !button.disabled && button.getAttribute('aria-disabled') !== 'true' ? button : undefined;
    });
    send!.click();

    step = 'the answer arrives';
    const deadline = Date.now() + 5000;
    let requests: ReceivedRequest[] = [];
    for (;;) {
      requests = await received(page.bucket);
      const types = requests.map((r) => r.body.type);
      if (types.includes('care.feedback.rating.v1') && types.includes('care.feedback.comment.v1')) break;
      if (Date.now() > deadline) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    seen.delivered = { requests, typed };
  } catch (error) {
    seen.broke = `${step}: ${(error as Error).message}`;
  } finally {
    seen.shift ??= layout?.stop();
    seen.problems = seen.page?.problems() ?? [];
  }
  return seen;
}
