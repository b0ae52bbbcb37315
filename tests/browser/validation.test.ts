/**
 * Every input validated: a bad `position` or number attribute of `<care-feedback>` gets one console error
 * naming the element and the value as written, and the default takes its place before it can do harm (a card
 * in the wrong corner, a rule silently off). The other attributes and options are covered where they live
 * (rating, comment, config, script-tag and hostile-input tests).
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/index.js';
import type { CareFeedback } from '../../src/components/feedback/feedback.component.js';
import { captureConsole, resetConfig } from './helpers.js';
import { endEntrance, freshVisit, opened, uniqueSurvey } from './feedback-support.js';

/** Renders `<care-feedback>` with these attributes and returns it with the console errors it caused. */
async function feedbackWith(attributes: Record<string, string>) {
  const console = captureConsole();
  try {
    const el = document.createElement('care-feedback') as CareFeedback;
    el.setAttribute('survey-id', uniqueSurvey());
    for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
    document.body.append(el);
    await el.updateComplete;
    return { el, errors: [...console.errors] };
  } finally {
    console.restore();
  }
}

const NUMBER_RULES: [attribute: string, property: keyof CareFeedback, fallback: number, lowest: number, highest: number][] = [
  ['delay', 'delay', 10, 0, 86400],
  ['scroll-depth', 'scrollDepth', 50, 0, 100],
  ['sample', 'sample', 1, 0, 1],
  ['cooldown-days', 'cooldownDays', 90, 0, Infinity],
  ['dismiss-cooldown-days', 'dismissCooldownDays', 14, 0, Infinity],
  ['priority', 'priority', 0, -Infinity, Infinity],
];

describe('every input validated', () => {
  beforeEach(freshVisit);
  afterEach(() => {
    resetConfig();
    document.querySelectorAll('care-feedback').forEach((el) => el.remove());
  });

  it('a position that is not a corner is reported and replaced by bottom-right, which the card then takes', async () => {
    const { el, errors } = await feedbackWith({ mode: 'popover', trigger: 'manual', position: 'top-left;background:url(//evil)' });
    expect(errors).to.have.length(1);
    expect(errors[0]).to.include('<care-feedback> position "top-left;background:url(//evil)" refused').and.include('bottom-right');
    expect(el.getAttribute('position')).to.equal('bottom-right');
    el.show();
    await opened(el);
    endEntrance(el);
    const card = el.shadowRoot!.querySelector('[part="card"]')!.getBoundingClientRect();
    expect(Math.round(innerHeight - card.bottom), 'at the bottom, not the top the value began with').to.equal(16);
    expect(Math.round(innerWidth - card.right), 'on the right').to.equal(16);
  });

  it('trigger="event" without a trigger-event is reported (it would silently never open); show() still opens it', async () => {
    const named = await feedbackWith({ mode: 'popover', trigger: 'event', 'trigger-event': 'order-placed' });
    expect(named.errors).to.deep.equal([]);
    named.el.remove();
    const { el, errors } = await feedbackWith({ mode: 'popover', trigger: 'event' });
    expect(errors).to.have.length(1);
    expect(errors[0]).to.include('<care-feedback> trigger-event undefined refused: an event name expected; opens on show() only');
    el.show();
    await opened(el);
  });

  for (const [attribute, property, fallback, lowest, highest] of NUMBER_RULES) {
    it(`${attribute}: NaN, out of range or not a number is reported and ${fallback} used; ${lowest} and ${highest} are kept`, async () => {
      // Each distinct problem is reported once per page (a re-rendering element must not flood the console),
      // so each value here is one no other test uses.
      const outside = [lowest - 1.5, highest + 1.5].filter(Number.isFinite).map(String);
      for (const bad of [`${attribute}-NaN`, `${attribute}%`, ...outside]) {
        const { el, errors } = await feedbackWith({ [attribute]: bad });
        expect(el[property], `${attribute}="${bad}"`).to.equal(fallback);
        expect(errors, `${attribute}="${bad}"`).to.have.length(1);
        expect(errors[0], 'the value as written').to.include(`<care-feedback> ${attribute} "${bad}" refused`).and.include(`${fallback} used`);
        expect(el.getAttribute(attribute), 'the host\'s attribute is left as written').to.equal(bad);
        el.remove();
      }
      for (const good of [lowest, highest].filter(Number.isFinite)) {
        const { el, errors } = await feedbackWith({ [attribute]: String(good) });
        expect(el[property]).to.equal(good);
        expect(errors).to.deep.equal([]);
        el.remove();
      }
    });
  }

  it('sample="NaN" asks every visitor (the default), where before NaN silently asked no one', async () => {
    const { el } = await feedbackWith({ mode: 'popover', trigger: 'manual', sample: 'NaN' });
    el.show();
    await opened(el);
  });

  it('property: whatever the attributes say, every value in use is allowed, and only a replaced one is reported', async () => {
    const value = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.constantFrom('NaN', '-1', '1e400', 'Infinity', '0x10', ' ', '0.5', '101', 'top-left', 'top-left;x', 'BOTTOM-LEFT')
    );
    const names = ['position', ...NUMBER_RULES.map(([attribute]) => attribute)];
    await fc.assert(
      fc.asyncProperty(fc.dictionary(fc.constantFrom(...names), value), async (attributes) => {
        const { el, errors } = await feedbackWith(attributes);
        try {
          if ('position' in attributes) {
            const valid = ['bottom-right', 'bottom-left', 'top-right', 'top-left'].includes(attributes.position);
            expect(el.position).to.equal(valid ? attributes.position : 'bottom-right');
            // A problem already reported on this page is not reported again, so only "no false report" is checked.
            if (valid) expect(errors.some((error) => error.includes('<care-feedback> position '))).to.equal(false);
          }
          for (const [attribute, property, fallback, lowest, highest] of NUMBER_RULES) {
            if (!(attribute in attributes)) continue;
            const asNumber = Number(attributes[attribute]);
            const valid = asNumber >= lowest && asNumber <= highest;
            expect(el[property], attribute).to.equal(valid ? asNumber : fallback);
            if (valid) expect(errors.some((error) => error.includes(`<care-feedback> ${attribute} `)), attribute).to.equal(false);
          }
        } finally {
          el.remove();
        }
      }),
      { numRuns: 150 }
    );
  });
});
