/**
 * Cases an engine truly cannot do, skipped there by name with the reason (tests/browser/browser.ts `skipIn`),
 * including an engine made to lack the Popover API. Only for what the engine lacks, never for a product bug: a failing check that the product can fix stays
 * failing until it is fixed. Each entry names its evidence.
 */
import { skipIn, type Engine } from '../browser.js';
import type { Mode } from './pages.js';

export type Check =
  | 'on screen and topmost'
  | 'target size'
  | 'labels fit'
  | 'text size'
  | 'page rules stay outside'
  | 'answer delivered'
  | 'shown only when visible'
  | 'no uncaught error'
  | 'no layout shift'
  | 'next Tab'
  | 'Escape'
  | 'scroll trigger';

export interface EngineLimit {
  engines: Engine[];
  /** Pages it applies to (all when absent). */
  pages?: string[];
  modes?: Mode[];
  checks: Check[];
  reason: string;
}

export const ENGINE_LIMITS: EngineLimit[] = [
  {
    // What a browser without the Popover API lacks (these pages delete it before the library loads): there is no
    // top layer, so the card is `position: fixed` with a high z-index, which a transformed <body> turns into
    // "relative to the body" and which a later element at the same highest z-index covers. The product's part
    // there is not to report such a card shown, which 'shown only when visible' checks on the same pages.
    engines: ['chromium', 'firefox', 'webkit'],
    pages: ['transform-body-no-popover-api', 'cookie-banner-no-popover-api'],
    modes: ['popover', 'tab'],
    checks: ['on screen and topmost'],
    reason: 'no top layer without the Popover API: a transformed body or a later top z-index wins',
  },
];

/** Skips the running test where an entry of ENGINE_LIMITS says this engine cannot do it. */
export async function skipWhereEngineCannot(context: Mocha.Context, page: string, mode: Mode | undefined, check: Check): Promise<void> {
  for (const limit of ENGINE_LIMITS) {
    if (!limit.checks.includes(check)) continue;
    if (limit.pages && !limit.pages.includes(page)) continue;
    if (limit.modes && mode && !limit.modes.includes(mode)) continue;
    await skipIn(context, limit.engines, limit.reason);
  }
}
