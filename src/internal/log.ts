/**
 * Console reporting. Bad input is reported, never thrown into the host page; each distinct problem is
 * reported once so a re-rendering element cannot flood the console.
 */
const PREFIX = 'care-feedback:';
const reported = new Set<string>();

export function reportError(message: string, once = true): void {
  if (once && seen(`e${message}`)) return;
  console.error(`${PREFIX} ${message}`);
}

export function reportWarning(message: string, once = true): void {
  if (once && seen(`w${message}`)) return;
  console.warn(`${PREFIX} ${message}`);
}

function seen(key: string): boolean {
  if (reported.has(key)) return true;
  reported.add(key);
  return false;
}
