/**
 * Partner pages, beyond the per-mode checks of partner-pages.test.ts (contract §11):
 *   - a popover that appears while the visitor types in a field of the page does not take their next Tab
 *     (every page of the corpus);
 *   - Escape in a card inside the partner's modal <dialog> closes the card only, and focus goes back where
 *     it was;
 *   - trigger="scroll" fires in an app shell that scrolls inside its own container;
 * and the controls that show the measures bite: the layout watch sees an inline card push content down, the
 * topmost check sees an overlay of the page, the scroll trigger fires on a page whose window scrolls.
 */
import { expect, nextFrame, waitUntil } from '@open-wc/testing';
import { press, type } from '../browser.js';
import { MODES, PAGES, type PartnerPageSpec } from './pages.js';
import { openPartnerPage, type PartnerPage } from './partner-page.js';
import { composedContains, composedDescendants, describe as name, labelFit, placementOf, watchLayout } from './geometry.js';
import { skipWhereEngineCannot } from './engine-limits.js';

const pageNamed = (wanted: string): PartnerPageSpec => PAGES.find((page) => page.name === wanted)!;
let surveys = 0;
const surveyId = (label: string) => `partner-${label}-${Date.now().toString(36)}-${surveys++}`;

const inSurvey = (survey: Element, selector: string) =>
  composedDescendants(survey).filter((element) => element.matches(selector)) as HTMLElement[];

/** The element focus is on in `doc`, looking into shadow roots. */
function deepActiveElement(doc: Document): Element | null {
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Focuses `element` and waits until its page has focus and it is the active element, before any key. */
async function focusOn(element: HTMLElement) {
  element.focus();
  await waitUntil(() => element.ownerDocument.hasFocus() && deepActiveElement(element.ownerDocument) === element, `${name(element)} did not get focus`, { timeout: 2000 });
}

async function openedCard(survey: Element, what: string) {
  await waitUntil(() => survey.hasAttribute('open') && inSurvey(survey, '[role="radio"]').length === 11, `${what}: the card did not open`, { timeout: 3000 });
}

/** Scrolls `scroller` (an element, or a window's scrolling element) and waits until the scroll is handled. */
async function scrollTo(scroller: Element, target: EventTarget, top: number) {
  const scrolled = new Promise((resolve) => target.addEventListener('scroll', resolve, { once: true }));
  scroller.scrollTop = top;
  await scrolled;
  await nextFrame();
}

describe('partner pages: focus, Escape and triggers', function () {
  this.timeout(30_000);
  let page: PartnerPage | undefined;
  afterEach(() => {
    page?.close();
    page = undefined;
  });

  describe('a popover that appears while the visitor types in a page field does not take their next Tab', () => {
    for (const spec of PAGES) {
      it(`next Tab on ${spec.name}`, async function () {
        await skipWhereEngineCannot(this, spec.name, 'popover', 'next Tab');
        page = await openPartnerPage(spec);
        const { field, next } = page.addField();
        await focusOn(field);
        await press('Shift'); // WebKitGTK now and then drops the first key typed after focus moved into a frame
        await type('jane@');
        const survey = page.addSurvey({ 'survey-id': surveyId('typing'), scale: 'nps', mode: 'popover' });
        await openedCard(survey, spec.name);
        await type('example.com');
        await press('Tab');
        expect(field.value, 'what the visitor typed, all in their field').to.equal('jane@example.com');
        const focused = deepActiveElement(page.view.document);
        expect(focused === next, `focus after Tab is on ${name(focused)}${composedContains(survey, focused) ? ' in the survey' : ''}, not on the page's next control`).to.equal(true);
      });
    }
  });

  describe("Escape in a card inside the partner's modal dialog", () => {
    for (const mode of MODES.filter((m) => m !== 'inline')) {
      it(`${mode}: closes the card only, the dialog stays open, focus goes back where it was`, async function () {
        await skipWhereEngineCannot(this, 'modal-dialog', mode, 'Escape');
        page = await openPartnerPage(pageNamed('modal-dialog'));
        const dialog = page.view.document.querySelector('dialog')!;
        expect(dialog.open && dialog.matches(':modal'), 'the partner opened its dialog with showModal()').to.equal(true);
        const { field } = page.addField();
        const survey = page.addSurvey({ 'survey-id': surveyId(`dialog-${mode}`), scale: 'nps', mode });
        let before: Element = field;
        if (mode === 'tab') {
          const launcher = await waitUntil(() => inSurvey(survey, '[part~="launcher"]')[0], 'no launcher').then(() => inSurvey(survey, '[part~="launcher"]')[0]);
          launcher.focus();
          launcher.click();
          before = launcher;
        } else {
          field.focus();
        }
        await openedCard(survey, 'modal-dialog');
        const option = inSurvey(survey, '[role="radio"]').find((radio) => radio.tabIndex === 0)!;
        option.focus();
        expect(composedContains(survey, deepActiveElement(page.view.document)), 'focus in the card before Escape').to.equal(true);
        await press('Escape');
        await waitUntil(() => !survey.hasAttribute('open'), 'Escape did not close the card', { timeout: 2000 }).catch(() => undefined);
        const focused = deepActiveElement(page.view.document);
        const outcome = {
          cardOpen: survey.hasAttribute('open'),
          dialogOpen: dialog.open,
          focusBackWhereItWas: focused === before,
        };
        expect(outcome, `after Escape: ${JSON.stringify(outcome)}, focus on ${name(focused)}${composedContains(survey, focused) ? ' in the survey' : ''}`).to.deep.equal({ cardOpen: false, dialogOpen: true, focusBackWhereItWas: true });
      });
    }
  });

  describe('trigger="scroll"', () => {
    async function scrollTriggered(specName: string, scroller: (page: PartnerPage) => { element: Element; events: EventTarget }) {
      page = await openPartnerPage(pageNamed(specName));
      const survey = page.addSurvey({ 'survey-id': surveyId(`scroll-${specName}`), scale: 'nps', mode: 'popover', trigger: 'scroll', 'scroll-depth': '50' });
      const { element, events } = scroller(page);
      const range = element.scrollHeight - element.clientHeight;
      expect(range, 'the page has somewhere to scroll').to.be.above(1000);
      await scrollTo(element, events, range * 0.2);
      expect(survey.hasAttribute('open'), 'open at 20 % of a 50 % depth').to.equal(false);
      await scrollTo(element, events, range * 0.6);
      await waitUntil(() => survey.hasAttribute('open'), `not open after scrolling ${specName} to 60 % of a 50 % depth`, { timeout: 2000 });
    }

    it('fires in the app shell when its own container is scrolled past the depth', async function () {
      await skipWhereEngineCannot(this, 'app-shell', 'popover', 'scroll trigger');
      await scrollTriggered('app-shell', (shell) => {
        const main = shell.view.document.querySelector('main')!;
        return { element: main, events: main };
      });
    });

    it('control: fires on a page whose window scrolls', async () => {
      await scrollTriggered('bootstrap-like', (plain) => ({ element: plain.view.document.scrollingElement!, events: plain.view }));
    });
  });

  describe('controls: the measures bite', () => {
    it('the layout watch sees an inline card push the page content down', async () => {
      page = await openPartnerPage(pageNamed('bootstrap-like'));
      let survey: Element | null = null;
      const layout = watchLayout(page.windows, () => survey);
      survey = page.addSurvey({ 'survey-id': surveyId('inline-control'), scale: 'nps', mode: 'inline' });
      await openedCard(survey, 'bootstrap-like');
      await nextFrame();
      const shift = layout.stop();
      expect(shift.moved, shift.detail).to.be.above(100);
    });

    it('the label check sees a label wider than its button, and not one that fits', async () => {
      page = await openPartnerPage(pageNamed('bootstrap-like'));
      const doc = page.view.document;
      const button = (text: string) => {
        const element = doc.createElement('button');
        element.style.cssText = 'width: 44px; padding: 0 4px; white-space: nowrap; font-size: 16px';
        element.textContent = text;
        doc.body.prepend(element);
        return labelFit(element)!;
      };
      const tooLong = button('Subscribe now');
      expect(tooLong.text, JSON.stringify(tooLong)).to.be.above(tooLong.content);
      const fits = button('OK');
      expect(fits.text, JSON.stringify(fits)).to.be.at.most(fits.content);
    });

    it("the topmost check sees an overlay of the page over a target, and the target when the overlay is gone", async () => {
      page = await openPartnerPage(pageNamed('bootstrap-like'));
      const survey = page.addSurvey({ 'survey-id': surveyId('overlay-control'), scale: 'nps', mode: 'inline' });
      await openedCard(survey, 'bootstrap-like');
      const option = inSurvey(survey, '[role="radio"]')[5];
      option.scrollIntoView({ block: 'center' });
      expect(placementOf(option, page.windows).covered).to.deep.equal([]);
      const overlay = page.view.document.createElement('div');
      overlay.className = 'overlay';
      overlay.style.cssText = 'position: fixed; inset: 0; z-index: 10';
      page.view.document.body.append(overlay);
      expect(placementOf(option, page.windows).covered).to.have.length(1);
      expect(placementOf(option, page.windows).covered[0]).to.include('div.overlay');
    });
  });
});
