import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

/** What the page records for each `securitypolicyviolation` event. */
interface CspViolation {
  url: string;
  directive: string;
  blockedURI: string;
  sourceFile: string;
  lineNumber: number;
  sample: string;
}

declare global {
  interface Window {
    __cspViolations?: CspViolation[];
  }
}

/**
 * `test` with an automatic fixture: every page of the test's browser context
 * (reloads and second tabs included) records Content-Security-Policy
 * violations from its first script on, in `window.__cspViolations` and to the
 * test; the test fails if any happened. Specs import `test` and `expect` from
 * './fixtures', never from '@playwright/test'.
 */
export const test = base.extend<{ failOnCspViolations: void }>({
  failOnCspViolations: [
    async ({ context }, use) => {
      const violations: CspViolation[] = [];
      await context.exposeFunction('__reportCspViolation', (violation: CspViolation) => {
        violations.push(violation);
      });
      await context.addInitScript(() => {
        const report = (window as unknown as { __reportCspViolation: (v: CspViolation) => Promise<void> })
          .__reportCspViolation;
        window.__cspViolations = [];
        document.addEventListener('securitypolicyviolation', (event) => {
          const violation: CspViolation = {
            url: document.location.href,
            directive: event.effectiveDirective,
            blockedURI: event.blockedURI,
            sourceFile: event.sourceFile,
            lineNumber: event.lineNumber,
            sample: event.sample,
          };
          window.__cspViolations?.push(violation);
          void report(violation);
        });
      });

      await use();

      // Let reports still in flight arrive before judging.
      for (const page of context.pages()) {
        if (!page.isClosed()) await page.evaluate(() => undefined).catch(() => undefined);
      }
      expect(violations, 'Content-Security-Policy violations').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/**
 * Buttons and file inputs still in the browser's own look: a button without one of
 * the app's variants (the step list and the map's nodes style theirs in place) or
 * a bare "Choose Files" box.
 */
const BARE_CONTROLS = 'button:not([class]):not(.step-list button):not(.react-flow button), input[type="file"]:not(.visually-hidden)';

/**
 * Fails with the list of rules if axe finds WCAG 2.1 A/AA violations on the page,
 * and with their markup if a control is left in the browser's default look: every
 * screen checked for one is checked for the other.
 */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const bare = await page.locator(BARE_CONTROLS).evaluateAll((controls) => controls.map((c) => c.outerHTML.slice(0, 160)));
  expect(bare, 'controls in the browser’s default look').toEqual([]);
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  const summary = results.violations.map(
    (violation) => `${violation.id} (${violation.impact ?? 'unknown'}): ${violation.help} — ${violation.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary, 'axe WCAG 2.1 A/AA violations').toEqual([]);
}

/**
 * With `UPDATE_SCREENSHOTS=1`, saves what the page shows as `docs/<name>` for the README (PNG at the
 * page's device scale, 1), focus blurred and scrolled to the top unless `asIs` (a dialog that holds
 * focus). Otherwise it does nothing, so a normal run leaves the tree clean.
 */
export async function screenshotForDocs(page: Page, name: string, { asIs = false } = {}): Promise<void> {
  if (!process.env.UPDATE_SCREENSHOTS) return;
  if (!asIs) {
    await page.evaluate(() => {
      (document.activeElement as HTMLElement | null)?.blur();
      window.scrollTo(0, 0);
    });
  }
  await page.screenshot({ path: `docs/${name}` });
}
