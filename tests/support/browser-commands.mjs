/**
 * Server commands that do the same in every engine, where @web/test-runner-commands does not: its sendKeys
 * knows no key chords over WebDriver, and the engines name the space bar differently. Media features are not
 * emulated mid-test (only Chromium could): tests/browser/preferences/ runs in browsers started with the
 * preference on. The browser side is tests/browser/browser.ts.
 *
 *   care-browser                 → { engine, preferences: [...] } — what the tests run in
 *   care-keys { press, with? }   presses one key, holding the modifiers in `with` (Shift, Control, Meta, Alt)
 *   care-keys { type }           types text, one character at a time
 */

/** WebDriver's code points for the keys the tests press (W3C WebDriver, "Keyboard actions"). */
const WEBDRIVER_KEYS = {
  Backspace: '\uE003', Tab: '\uE004', Enter: '\uE007', Shift: '\uE008', Control: '\uE009', Alt: '\uE00A',
  Escape: '\uE00C', Space: '\uE00D', End: '\uE010', Home: '\uE011', ArrowLeft: '\uE012', ArrowUp: '\uE013',
  ArrowRight: '\uE014', ArrowDown: '\uE015', Meta: '\uE03D',
};
const webdriverKey = (key) => WEBDRIVER_KEYS[key] ?? key;

/** Puppeteer's Chromium knows the space bar as 'Space'; its Firefox over BiDi only as ' '. */
const puppeteerKey = (key) => (key === 'Space' ? ' ' : key);

/** Presses `keys` in order, then releases them in reverse: a chord such as Shift+Tab, or one key alone. */
function chord(keys) {
  return [...keys.map((value) => ({ type: 'keyDown', value })), ...[...keys].reverse().map((value) => ({ type: 'keyUp', value }))];
}

async function webdriverActions(driver, actions) {
  await driver.performActions([{ type: 'key', id: 'keyboard', actions }]);
  await driver.releaseActions();
}

export function browserCommands({ engine, preferences }) {
  return {
    name: 'care-browser-commands',
    async executeCommand({ command, payload, session }) {
      const { browser } = session;
      switch (command) {
        case 'care-browser':
          return { engine, preferences: [...preferences] };

        case 'care-keys': {
          const modifiers = payload.with ?? [];
          if (browser.type === 'webdriver') {
            // webdriverio's keys() presses a whole string before releasing anything, and WebKitGTK then
            // drops doubled letters: one chord per character instead.
            const driver = browser.driver;
            if (payload.type !== undefined) for (const char of payload.type) await webdriverActions(driver, chord([char]));
            else await webdriverActions(driver, chord([...modifiers, payload.press].map(webdriverKey)));
            return true;
          }
          const { keyboard } = browser.getPage(session.id);
          if (payload.type !== undefined) {
            await keyboard.type(payload.type);
            return true;
          }
          for (const modifier of modifiers) await keyboard.down(modifier);
          await keyboard.press(puppeteerKey(payload.press));
          for (const modifier of [...modifiers].reverse()) await keyboard.up(modifier);
          return true;
        }

        default:
          return undefined;
      }
    },
  };
}
