/**
 * Keyboard commands that work the same in Chromium, Firefox and WebKit (served by
 * tests/support/browser-commands.mjs), and what the suite runs in, so a test an engine cannot run is
 * skipped by name with its reason instead of passing without checking.
 */
import { executeServerCommand } from '@web/test-runner-commands';

export type Engine = 'chromium' | 'firefox' | 'webkit';
export type Preference = 'reduced-motion' | 'forced-colors';
type Modifier = 'Shift' | 'Control' | 'Meta' | 'Alt';

let current: Promise<{ engine: Engine; preferences: Preference[] }> | undefined;

/** The engine the suite runs in, and the visitor preferences it was started with. */
export function browser() {
  current ??= executeServerCommand('care-browser') as Promise<{ engine: Engine; preferences: Preference[] }>;
  return current;
}

/** Presses one key (`'Tab'`, `'Space'`, `'ArrowRight'`, …) as a real keyboard would, holding `modifiers`. */
export async function press(key: string, ...modifiers: Modifier[]): Promise<void> {
  await executeServerCommand('care-keys', { press: key, with: modifiers });
}

/** Types text into what has focus, one key at a time. */
export async function type(text: string): Promise<void> {
  await executeServerCommand('care-keys', { type: text });
}

/**
 * Skips the running test where `engines` can't run it, renaming it so the report says where and why:
 * `it('…', async function () { await skipIn(this, ['webkit'], 'WebKit has no forced-colours mode'); … })`.
 */
export async function skipIn(context: Mocha.Context, engines: Engine[], reason: string): Promise<void> {
  const { engine } = await browser();
  if (!engines.includes(engine)) return;
  context.test!.title += ` — skipped in ${engine}: ${reason}`;
  context.skip();
}
