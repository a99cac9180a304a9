/**
 * The app's one clock reading for the timebox. The browser's own clock: end-to-end
 * tests move it with Playwright's `page.clock`, component tests with fake timers.
 * Domain functions never read it; they take the instant as an argument.
 */
export function now(): number {
  return Date.now();
}
