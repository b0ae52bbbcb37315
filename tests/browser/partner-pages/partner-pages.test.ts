/**
 * The partner-pages suite (issue 18, contract §3 and §11): every page of the corpus (pages.ts) with the survey
 * inline, as a popover and as a tab, in every engine. Per page × mode one visit is made (observe.ts) and each
 * check below reads what it measured, so a failure names the page, the mode, the check and the values:
 *
 *   on screen and topmost   every target (options, close, launcher, comment box, Send) wholly inside the
 *                           viewport, and the topmost element at its centre (elementFromPoint, through shadow
 *                           roots and the partner's frames)
 *   target size             each target at least 44 × 44 CSS px
 *   labels fit              each button's text box no wider than its content box
 *   text size               every text of the card at least 12 CSS px, whatever the page's root font size
 *   page rules stay outside box-sizing, colours and border colour of the card and its targets as on a page
 *                           without CSS (the page's `* { … !important }` and custom-property rules do not reach in)
 *   answer delivered        rating and comment (typed with the keyboard) arrive at the collector, valid
 *   shown only when visible a popover's or tab's care.feedback.shown.v1 sent (at most once) only if some of the
 *                           card was on screen when it opened
 *   no uncaught error       no uncaught error or unhandled rejection on the page
 *   no layout shift         the page's content does not move while a popover or tab appears, opens and grows
 *
 * Run: CARE_ENGINE=chromium|firefox npx wtr --files 'tests/browser/partner-pages/**\/*.test.ts'
 * (WebKit under xvfb-run, see tests/browser/partner-pages/README.md).
 */
import { expect } from '@open-wc/testing';
import { MODES, PAGES, type Mode } from './pages.js';
import { COMMENT, looksOnAPlainPage, observe, type Observation } from './observe.js';
import { skipWhereEngineCannot, type Check } from './engine-limits.js';

const MIN_TARGET = 44;
const MIN_TEXT = 12;
/** Sub-pixel rounding of boxes between engines. */
const SLACK = 0.05;

/** What a check needs from the visit; when the visit broke before measuring it, the failure says where. */
function measured<T>(seen: Observation, value: T | undefined, what: string): T {
  if (value === undefined || (Array.isArray(value) && value.length === 0)) {
    throw new Error(`no ${what} to check: the visit broke at "${seen.broke ?? 'an unknown step'}"`);
  }
  return value;
}

const EXPECTED_TARGETS: Record<Mode, { rating: string[]; comment: string[] }> = {
  inline: { rating: [], comment: ['comment box', 'Send'] },
  popover: { rating: ['close'], comment: ['close', 'comment box', 'Send'] },
  tab: { rating: ['launcher', 'close'], comment: ['launcher', 'close', 'comment box', 'Send'] },
};

for (const spec of PAGES) {
  describe(`partner page ${spec.name} (${spec.loader}): ${spec.about}`, () => {
    for (const mode of MODES) {
      describe(`${mode}`, function () {
        this.timeout(40_000);
        let seen: Observation;
        before(async function () {
          this.timeout(40_000);
          seen = await observe(spec, mode);
        });
        after(() => seen?.page?.close());

        const check = (name: Check, body: () => void) =>
          it(name, async function () {
            await skipWhereEngineCannot(this, spec.name, mode, name);
            body();
          });

        check('on screen and topmost', () => {
          const targets = measured(seen, seen.targets, 'targets');
          const names = (stage: string) => targets.filter((t) => t.stage === stage).map((t) => t.name);
          for (const stage of ['rating', 'comment'] as const) {
            const missing = EXPECTED_TARGETS[mode][stage].filter((name) => !names(stage).includes(name));
            expect(missing, `targets not drawn at the ${stage} stage (${seen.card})`).to.deep.equal([]);
            expect(names(stage).filter((n) => n.startsWith('option')), `options at the ${stage} stage`).to.have.length(11);
          }
          const failures = targets.flatMap((t) => [
            ...t.placement.offScreen.map((why) => `${t.stage}: ${t.name} off screen: ${why}`),
            ...t.placement.covered.map((why) => `${t.stage}: ${t.name} covered: ${why}`),
          ]);
          expect(failures, `${seen.card}; ${failures.length} problems, first: ${failures[0]}`).to.deep.equal([]);
        });

        check('target size', () => {
          const targets = measured(seen, seen.targets, 'targets');
          const small = targets
            .filter(({ placement: { box } }) => box.width < MIN_TARGET - SLACK || box.height < MIN_TARGET - SLACK)
            .map((t) => `${t.stage}: ${t.name} ${t.placement.box.width}×${t.placement.box.height}`);
          expect(small, `${small.length} of ${targets.length} targets under ${MIN_TARGET}×${MIN_TARGET} CSS px, e.g. ${small.slice(0, 3).join('; ')}`).to.deep.equal([]);
        });

        check('labels fit', () => {
          const targets = measured(seen, seen.targets, 'targets');
          const labelled = targets.filter((t) => t.label);
          expect(labelled.length, 'buttons with a text label (the NPS digits at least)').to.be.at.least(11);
          const overflowing = labelled
            .filter((t) => t.label!.text > t.label!.content + 0.5)
            .map((t) => `${t.stage}: ${t.name} text ${t.label!.text} px wide in a ${t.label!.content} px content box`);
          expect(overflowing, `labels wider than their button: ${overflowing.slice(0, 3).join('; ')}`).to.deep.equal([]);
        });

        check('text size', () => {
          const text = measured(seen, seen.text, 'text');
          const small = text.filter((t) => t.fontSize < MIN_TEXT - SLACK).map((t) => `${t.stage}: ${t.what} ${t.fontSize} px`);
          expect(small, `text under ${MIN_TEXT} CSS px: ${small.slice(0, 4).join('; ')}`).to.deep.equal([]);
        });

        it('page rules stay outside', async function () {
          await skipWhereEngineCannot(this, spec.name, mode, 'page rules stay outside');
          const looks = measured(seen, seen.looks, 'look');
          const plain = await looksOnAPlainPage(mode);
          const changed = Object.keys(plain)
            .filter((key) => looks[key] !== plain[key])
            .map((key) => `${key}: ${looks[key]} (on a plain page ${plain[key]})`);
          expect(changed, `what the page's global CSS changed inside the survey: ${changed.slice(0, 4).join('; ')}`).to.deep.equal([]);
        });

        check('answer delivered', () => {
          const { requests, typed } = measured(seen, seen.delivered, 'delivery');
          expect(typed, 'what the keyboard typed into the comment box').to.equal(COMMENT);
          const of = (type: string) => requests.filter((r) => r.body.type === type);
          const types = requests.map((r) => r.body.type.replace('care.feedback.', ''));
          expect(of('care.feedback.rating.v1'), `rating events among [${types}]`).to.have.length(1);
          expect(of('care.feedback.comment.v1'), `comment events among [${types}]`).to.have.length(1);
          const [rating] = of('care.feedback.rating.v1');
          const [comment] = of('care.feedback.comment.v1');
          expect(rating.body.data).to.deep.include({ surveyId: seen.surveyId, value: 8 });
          expect((comment.body.data as { text: string }).text).to.equal(COMMENT);
          expect(comment.body.data.responseId).to.equal(rating.body.data.responseId);
          expect(requests.flatMap((r) => r.schemaErrors), 'schema errors').to.deep.equal([]);
        });

        check('no uncaught error', () => {
          expect(seen.problems, 'uncaught errors and unhandled rejections on the page').to.deep.equal([]);
        });

        if (mode !== 'inline') {
          // An inline card is shown when scrolled into view, which the visit itself does; a popover or tab when it opens.
          check('shown only when visible', () => {
            const { requests } = measured(seen, seen.delivered, 'delivery');
            const shown = requests.filter((r) => r.body.type === 'care.feedback.shown.v1');
            expect(shown.length, 'shown events').to.be.at.most(1);
            if (shown.length) expect(seen.shownOnScreen, `care-show fired for a card not on screen: ${seen.cardAtShow}`).to.equal(true);
          });

          check('no layout shift', () => {
            const shift = measured(seen, seen.shift, 'layout measurement');
            expect(shift.moved, shift.detail).to.be.at.most(0.5);
          });
        }
      });
    }
  });
}
