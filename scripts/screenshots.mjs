#!/usr/bin/env node
/**
 * `npm run screenshots`: PNGs of every scale and mode, taken from the demo pages with playwright-core and the
 * local Chromium (CHROME_PATH, default /usr/bin/chromium), into docs/screenshots/ for the README. It runs the
 * demo server on a free port with a throwaway data directory; each picture gets a fresh browser context, so
 * nothing a previous one answered (cooldowns, sampling) changes what it shows. Motion is reduced, so a popover
 * is photographed where it rests, not halfway through its entrance. Needs `npm run build` first.
 */
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from '../demo/server.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = join(root, 'docs', 'screenshots');
const DESKTOP = { width: 960, height: 640 };
const PHONE = { width: 360, height: 720 };

/** The bottom-right part of the desktop viewport, where popovers and tabs sit by default. */
const CORNER = { x: DESKTOP.width - 560, y: DESKTOP.height - 420, width: 560, height: 420 };

/**
 * Each picture: a demo page, what to do there first, and what to photograph (a selector for one element, a
 * clip of the viewport, or nothing for the whole viewport).
 */
const SHOTS = [
  // First, while the collector holds only what seedResponses() sent.
  {
    file: 'responses.png', page: '/responses?survey=checkout-nps', viewport: { width: 1100, height: 1300 }, setup: seedResponses,
    // <care-insights> has loaded the summary and the list, and Chart.js has drawn both charts.
    before: async (page) => {
      await page.locator('care-insights .answers article').nth(3).waitFor();
      await page.waitForFunction(() => [...document.querySelector('care-insights').shadowRoot.querySelectorAll('canvas')].every((canvas) =>
        canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data.some((value, i) => i % 4 === 3 && value > 0)));
    },
  },
  { file: 'scale-nps.png', page: '/', element: 'section[aria-labelledby="nps-title"]' },
  { file: 'scale-stars.png', page: '/', element: 'section[aria-labelledby="stars-5-title"]' },
  { file: 'scale-emoji.png', page: '/', element: 'section[aria-labelledby="emoji-5-title"]' },
  { file: 'scale-numbers.png', page: '/', element: 'section[aria-labelledby="numbers-7-title"]' },
  { file: 'scale-thumbs.png', page: '/', element: 'section[aria-labelledby="thumbs-title"]' },
  { file: 'comment.png', page: '/', element: 'section[aria-labelledby="comment-title"]' },
  {
    file: 'mode-inline.png', page: '/', element: 'section[aria-labelledby="conversation-title"]',
    // After a rating of 8, the follow-up question has appeared under it.
    before: (page) => page.locator('section[aria-labelledby="conversation-title"] care-feedback [aria-label="8 of 10"]').click(),
  },
  ...['ar', 'he'].map((lang) => ({
    file: `language-${lang}.png`, page: `/demo/languages.html?lang=${lang}`,
    element: 'section[aria-labelledby="languages-conversation-title"]',
    // A rating of 8 chosen: the follow-up box with its counter shows under it, right to left.
    before: (page) => page.locator('care-feedback [role="radio"]').nth(8).click(),
  })),
  // Reasons after the score (issue 22): the negative band on a phone, and in Arabic, right to left.
  {
    file: 'reasons-phone.png', page: '/', viewport: PHONE, element: 'section[aria-labelledby="reasons-title"]',
    before: (page) => chooseReasons(page, 'section[aria-labelledby="reasons-title"] care-feedback', 3),
  },
  {
    file: 'reasons-ar.png', page: '/demo/rtl.html', viewport: PHONE, element: 'section[aria-labelledby="conversation-title"]',
    before: (page) => chooseReasons(page, 'care-feedback[survey-id="rtl-conversation"]', 3),
  },
  { file: 'mode-popover.png', page: '/demo/modes.html?demo=popover-load', clip: CORNER, before: waitForOpenCard },
  { file: 'mode-popover-phone.png', page: '/demo/modes.html?demo=popover-load', viewport: PHONE, before: waitForOpenCard },
  {
    file: 'mode-tab.png', page: '/demo/modes.html?demo=tab-load', clip: CORNER,
    before: (page) => page.locator('care-feedback [part="launcher"]').waitFor(),
  },
  {
    file: 'mode-tab-open.png', page: '/demo/modes.html?demo=tab-load', clip: CORNER,
    before: async (page) => {
      await page.locator('care-feedback [part="launcher"]').click();
      await waitForOpenCard(page);
    },
  },
];

/** Answers from a fortnight of an NPS survey and a CSAT one, so the responses page has something to show. */
async function seedResponses(url) {
  const post = (type, data, daysAgo) => fetch(`${url}/events`, {
    method: 'POST',
    headers: { 'content-type': 'application/cloudevents+json' },
    body: JSON.stringify({
      specversion: '1.0', id: randomUUID(), source: 'https://shop.example.com/checkout', type, subject: data.surveyId,
      time: new Date(Date.now() - daysAgo * 864e5).toISOString(), datacontenttype: 'application/json',
      data: { locale: 'en', context: {}, ...data },
    }),
  });
  const comments = {
    negative: ['Delivery took two weeks and nobody answered my emails.', 'The checkout kept rejecting my card.'],
    neutral: ['Fine, but shipping costs were a surprise.'],
    positive: ['Fast and friendly, thank you!'],
  };
  const scores = [10, 9, 3, 8, 10, 6, 9, 7, 2, 10, 9, 8, 10, 5, 9, 10, 9, 4, 8, 9, 10, 7, 9, 1, 10, 8, 9, 10, 6, 9];
  const plans = ['free', 'pro', 'team'];
  for (const [i, value] of scores.entries()) {
    const responseId = randomUUID();
    const daysAgo = i % 14;
    const context = { plan: plans[i % plans.length] };
    await post('care.feedback.shown.v1', { surveyId: 'checkout-nps', responseId, mode: 'popover', trigger: 'load', context }, daysAgo);
    await post('care.feedback.rating.v1', { surveyId: 'checkout-nps', responseId, scale: 'nps', value, min: 0, max: 10, question: 'How likely are you to recommend us to a friend?', context }, daysAgo);
    const band = value <= 6 ? 'negative' : value <= 8 ? 'neutral' : 'positive';
    if (i % 3 === 0 || band === 'negative') {
      const text = comments[band][i % comments[band].length];
      await post('care.feedback.comment.v1', { surveyId: 'checkout-nps', responseId, text, question: 'What would improve your experience?' }, daysAgo);
    }
  }
  for (let i = 0; i < 8; i++) {
    await post('care.feedback.shown.v1', { surveyId: 'checkout-nps', responseId: randomUUID(), mode: 'popover', trigger: 'load' }, i % 14);
  }
  for (const [i, stage] of ['rating', 'rating', 'comment', 'rating'].entries()) {
    await post('care.feedback.dismissed.v1', { surveyId: 'checkout-nps', responseId: randomUUID(), stage }, i);
  }
  for (const [i, value] of [5, 4, 4, 2, 5, 3, 4].entries()) {
    await post('care.feedback.rating.v1', { surveyId: 'docs-csat', responseId: randomUUID(), scale: 'stars', value, min: 1, max: 5, question: 'How satisfied are you with your experience?' }, i % 3);
  }
}

/** A rating in the negative band (NPS `score`), then the second and fourth reasons chosen. */
async function chooseReasons(page, card, score) {
  await page.locator(`${card} [role="radio"]`).nth(score).click();
  const chips = page.locator(`${card} [role="checkbox"]`);
  await chips.nth(1).click();
  await chips.nth(3).click();
  await page.locator(`${card} [role="radio"]`).nth(score).blur();
}

async function waitForOpenCard(page) {
  await page.locator('care-feedback[open] [part="card"]').first().waitFor();
}

if (!existsSync(join(root, 'dist', 'care-feedback.min.js'))) {
  console.error('dist/care-feedback.min.js is missing: run `npm run build` first.');
  process.exit(1);
}

mkdirSync(outDir, { recursive: true });
const dataDir = mkdtempSync(join(tmpdir(), 'care-feedback-shots-'));
const server = await startServer({ port: 0, dataDir });
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--hide-scrollbars'],
});

let failed = 0;
try {
  // ONLY=responses.png takes that picture alone.
  for (const shot of SHOTS.filter(({ file }) => !process.env.ONLY || process.env.ONLY.split(',').includes(file))) {
    const context = await browser.newContext({
      viewport: shot.viewport ?? DESKTOP,
      deviceScaleFactor: 2,
      reducedMotion: 'reduce',
      colorScheme: 'light',
    });
    const page = await context.newPage();
    const problems = [];
    page.on('pageerror', (error) => problems.push(String(error)));
    page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
    try {
      await shot.setup?.(server.url);
      await page.goto(server.url + shot.page);
      if (!shot.page.startsWith('/responses')) await page.evaluate(() => customElements.whenDefined('care-feedback'));
      await shot.before?.(page);
      await page.evaluate(() => document.fonts.ready);
      const path = join(outDir, shot.file);
      if (shot.element) await page.locator(shot.element).screenshot({ path });
      else await page.screenshot({ path, clip: shot.clip });
      if (problems.length) throw new Error(problems.join('\n'));
      console.log(`✔ docs/screenshots/${shot.file}`);
    } catch (error) {
      failed++;
      console.error(`✖ ${shot.file}: ${error.message}`);
    } finally {
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
  rmSync(dataDir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
