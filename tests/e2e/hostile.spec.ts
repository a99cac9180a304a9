import { readFile } from 'node:fs/promises';
import type { Browser, Locator, Page } from '@playwright/test';
import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { WRITE_FORMATS } from '../../src/domain/adr/adr-file';
import { writeAdr } from '../../src/domain/adr/write-adr';
import { decide } from '../../src/domain/decision';
import { withHostileStrings } from '../../src/domain/export/testing/hostile-record';
import { recordArb } from '../../src/domain/export/testing/record-arbitrary';
import { describePath } from '../../src/domain/explain';
import { currentRevision } from '../../src/domain/record/record';
import { buildFlow } from '../../src/features/map/build-flow';
import { pathLines } from '../../src/features/map/path-lines';
import { toSvg } from '../../src/features/map/to-svg';
import { DEEP_LINK_SCRIPT } from '../../scripts/prerender-home.mjs';
import { expect, test } from './fixtures';
import { QUESTIONS, ROOMY_TEAM, WizardDriver } from './driver';

/**
 * Issue 7's hostile input, typed into the UI: script payloads in every free-text
 * field, then shown in the wizard, the outcome, the map and its SVG, the library,
 * the record view, the Markdown export and, re-imported, in a fresh profile.
 * Each payload would set `window.__pwned`; none may run, and no element may be
 * injected. Tampered share links are refused with nothing saved.
 */

/** Every payload at once: each would run or inject if the text ever became HTML or a link. */
const PAYLOAD =
  '<img src=x onerror=window.__pwned=1> <script>window.__pwned=2</script> javascript:window.__pwned=3 "><svg onload=window.__pwned=4> [x](javascript:window.__pwned=5) <a href="javascript:window.__pwned=6">a</a>';

const COMPONENT = 'Store <img src=x onerror=window.__pwned=7> [x](javascript:window.__pwned=8)';
const CANDIDATE = 'Acme <img src=x onerror=window.__pwned=9>';
const MUST = 'Search <script>window.__pwned=10</script>';
const SHOULD = 'Filters "><svg onload=window.__pwned=11>';
const field = (name: string) => `${name}: ${PAYLOAD}`;

declare global {
  interface Window {
    __pwned?: unknown;
    __canary?: string;
  }
}

async function arm(page: Page): Promise<string[]> {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.addInitScript(() => {
    window.__canary = 'untouched';
  });
  return dialogs;
}

/**
 * Nothing ran and nothing was injected: no event-handler attribute, no javascript: URL, no payload element anywhere
 * in the document. The one inline script the page has is index.html's own, in <head>, with the exact text the build writes.
 */
async function expectNoInjection(page: Page, where: string): Promise<void> {
  const found = await page.evaluate((pageScript) => {
    const bad: string[] = [];
    for (const el of document.querySelectorAll('*')) {
      for (const attr of el.attributes) {
        if (/^on/i.test(attr.name)) bad.push(`<${el.localName} ${attr.name}>`);
        if (/^(href|src|xlink:href|action|formaction|data)$/i.test(attr.name) && /^\s*javascript:/i.test(attr.value)) {
          bad.push(`<${el.localName} ${attr.name}="${attr.value}">`);
        }
      }
    }
    for (const el of document.querySelectorAll('img, script:not([src]), iframe, object, embed')) {
      if (el.localName === 'script' && el.parentElement === document.head && el.textContent === pageScript) continue;
      bad.push(`<${el.localName}> ${el.outerHTML.slice(0, 80)}`);
    }
    return { bad, pwned: window.__pwned, canary: window.__canary };
  }, DEEP_LINK_SCRIPT);
  expect(found, where).toEqual({ bad: [], pwned: undefined, canary: 'untouched' });
}

async function fresh(browser: Browser): Promise<{ page: Page; dialogs: string[] }> {
  const page = await (await browser.newContext()).newPage();
  return { page, dialogs: await arm(page) };
}

const map = (page: Page): Locator => page.getByRole('complementary', { name: 'Decision map' });

test('script payloads typed into every free-text field stay text everywhere they are shown', async ({ page, browser }) => {
  // Every free-text field typed, then every screen and export that shows them: triple time on a busy two-core machine.
  test.slow();
  const dialogs = await arm(page);
  const w = new WizardDriver(page);
  await w.start();
  await w.fill({
    componentName: COMPONENT,
    description: field('Description'),
    ...ROOMY_TEAM,
    candidates: [{ name: CANDIDATE, vendor: field('Vendor') }],
    requirements: [
      { name: MUST, bucket: 'Must-have' },
      { name: SHOULD, bucket: 'Should-have' },
    ],
  });
  await page.getByLabel('Notes on candidate 1').fill(field('Notes'));
  await page.getByLabel('Participants').fill(field('Participants'));
  await page.getByLabel('Facilitator').fill(field('Facilitator'));
  await expectNoInjection(page, 'framing');
  await w.next();

  await w.expectStep(QUESTIONS.differentiator);
  await expect(page.getByText(COMPONENT).first()).toBeVisible();
  await w.answer('No');
  await w.rationale(field('Rationale 1'));
  await w.next();

  await w.expectStep(QUESTIONS.maturity);
  await w.checkMaturity(CANDIDATE, ['A public SLA']);
  await w.judgeMature(CANDIDATE, 'Yes');
  await w.overrideReason(field('Override'), CANDIDATE);
  await w.rationale(field('Rationale 2'));
  await expectNoInjection(page, 'node 2');
  await w.next();

  await w.expectStep(QUESTIONS.requirements);
  await w.cover(MUST, CANDIDATE, 'Covered');
  await w.cover(SHOULD, CANDIDATE, 'Not covered');
  await expectNoInjection(page, 'node 3');
  await w.next();

  await w.expectStep(QUESTIONS.gaps);
  await w.classifyGap(CANDIDATE, SHOULD, 'Core', 'Narrow');
  await expectNoInjection(page, 'node 4');
  await w.next();

  await w.expectOutcome('Buy and wrap');
  for (const label of ['How does the data come out?', 'What would you move to?', 'What should reopen the decision sooner? (one per line)']) {
    await page.getByLabel(label).fill(field(label));
  }
  await page.getByLabel(`Features for ${CANDIDATE}: note`).fill(field('Vendor note'));
  await expect(page.getByRole('heading', { name: new RegExp(`^${CANDIDATE.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) }).first()).toBeVisible();
  await expect(map(page).getByRole('application', { name: `Decision map for ${COMPONENT}` })).toBeVisible();
  await expect(map(page).getByRole('region', { name: 'Path so far' })).toContainText(`Question 2, Mature option? — Yes — ${CANDIDATE}`);
  await expectNoInjection(page, 'outcome and map');

  // The map's SVG download: well-formed, the names as text, nothing executable.
  const [svgFile] = await Promise.all([page.waitForEvent('download'), map(page).getByRole('button', { name: 'Download SVG' }).click()]);
  const svg = await readFile(await svgFile.path(), 'utf8');
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const bad = [...doc.querySelectorAll('*')].flatMap((el) => [
      ...(['script', 'foreignObject', 'img', 'image', 'a', 'iframe'].includes(el.localName) ? [el.localName] : []),
      ...[...el.attributes].filter((a) => /^on/i.test(a.name) || /javascript:/i.test(a.value)).map((a) => `${el.localName} ${a.name}`),
    ]);
    return { error: doc.querySelector('parsererror')?.textContent ?? null, bad, text: doc.documentElement.textContent ?? '' };
  }, svg);
  expect(parsed.error).toBeNull();
  expect(parsed.bad).toEqual([]);
  expect(parsed.text).toContain(CANDIDATE);

  await page.getByRole('button', { name: 'Save decision' }).click();
  await expect(page.getByText(/^Saved as revision \d+\./)).toBeVisible();
  await page.getByRole('link', { name: 'Open it in the library' }).click();
  await expect(page.getByRole('heading', { level: 1, name: COMPONENT })).toBeVisible();
  await page.getByLabel('Note (optional)').fill(field('Status note'));
  await page.getByRole('button', { name: /^Mark as / }).click();
  await expect(page.locator('.status-history')).toContainText(field('Status note'));
  await page.getByLabel('New tag').fill('<img src=x onerror=window.__pwned=12>');
  await page.getByRole('button', { name: 'Add tag' }).click();
  await expect(page.getByRole('list', { name: 'Tags of this decision' })).toContainText('<img src=x onerror=window.__pwned=12>');
  for (const shown of [field('Description'), field('Rationale 1'), field('Override'), field('Notes'), field('How does the data come out?'), field('What should reopen the decision sooner? (one per line)'), MUST, SHOULD]) {
    await expect(page.getByRole('article').getByText(shown, { exact: false }).first()).toBeAttached();
  }
  await expectNoInjection(page, 'record view');
  await page.getByRole('button', { name: 'Make a share link' }).click();
  const shareUrl = await page.getByLabel(/Read-only link/).inputValue();

  const [mdFile] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download Markdown (MADR)' }).click()]);
  const md = await readFile(await mdFile.path(), 'utf8');
  // The whole record rides along in an HTML comment for lossless import: nothing typed may close that comment early.
  const start = md.indexOf('<!-- forkpoint-record');
  expect(start).toBeGreaterThan(0);
  expect(md.slice(md.indexOf('-->', start) + 3).trim()).toBe('');
  const body = md.slice(0, start).replace(/^---\n[\s\S]*?\n---\n/, '');
  // Outside the YAML front matter, every angle bracket and link bracket from user text is escaped, and no link targets javascript:.
  const around = (re: RegExp) => [...body.matchAll(re)].map((m) => body.slice(Math.max(0, m.index - 60), m.index + 60));
  expect(around(/(?<!\\)<(img|script|svg|a)\b/gi), 'unescaped tags in the Markdown').toEqual([]);
  expect(around(/(?<!\\)\]\(javascript:/gi), 'javascript: links in the Markdown').toEqual([]);
  expect(body).toContain('\\<img src=x onerror=window.\\_\\_pwned=1>');

  await page.getByRole('navigation', { name: 'Records' }).getByRole('link', { name: 'Decision library' }).click();
  await expect(page.getByRole('link', { name: COMPONENT })).toBeVisible();
  await page.getByLabel('Search names, descriptions and rationales').fill('onerror');
  await expect(page.locator('.library-row mark').first()).toHaveText('onerror');
  await page.getByLabel('Tag', { exact: true }).selectOption({ label: '<img src=x onerror=window.__pwned=12>' });
  await expect(page.getByRole('link', { name: COMPONENT })).toBeVisible();
  await expectNoInjection(page, 'library');
  expect(dialogs).toEqual([]);

  // The same record re-imported from its Markdown into a fresh profile: preview, library and record view.
  const other = await fresh(browser);
  await other.page.goto('/#/library');
  await other.page.getByLabel('Import decisions').setInputFiles([{ name: mdFile.suggestedFilename(), mimeType: 'text/markdown', buffer: Buffer.from(md) }]);
  await expect(other.page.locator('.import-preview')).toContainText(COMPONENT);
  await expectNoInjection(other.page, 'import preview');
  await other.page.getByRole('button', { name: 'Import 1 decision' }).click();
  await other.page.getByRole('link', { name: COMPONENT }).click();
  await expect(other.page.getByRole('heading', { level: 1, name: COMPONENT })).toBeVisible();
  await expect(other.page.getByRole('article').getByText(field('Rationale 1')).first()).toBeAttached();
  await expectNoInjection(other.page, 'imported record view');

  // And opened from its share link.
  await other.page.goto(shareUrl);
  await expect(other.page.getByText('Shared decision · read-only')).toBeVisible();
  await expect(other.page.getByRole('heading', { level: 1, name: COMPONENT })).toBeVisible();
  await expectNoInjection(other.page, 'share view');
  expect(other.dialogs).toEqual([]);
  await other.page.context().close();
});

test('a Build: why buying will not do and the owners, with payloads, stay text on the outcome and in the record', async ({ page }) => {
  const dialogs = await arm(page);
  const w = new WizardDriver(page);
  await w.start();
  await w.fill({ componentName: COMPONENT, ...ROOMY_TEAM });
  // A large enterprise names an owner and a backup for what it builds.
  await page.getByLabel('Organisation profile').selectOption({ label: 'Large enterprise' });
  await w.next();
  await w.expectStep(QUESTIONS.differentiator);
  await w.answer('Yes');
  await w.rationale(field('Rationale'));
  await w.next();
  await w.expectStep(QUESTIONS.maintenance);
  await w.next();
  await w.expectOutcome('Build');
  for (const label of ['Why will buying not do? (required to decide)', 'Named owner', 'Backup owner']) {
    await page.getByLabel(label).fill(field(label));
  }
  await expectNoInjection(page, 'Build outcome');
  await page.getByRole('button', { name: 'Save decision' }).click();
  await page.getByRole('link', { name: 'Open it in the library' }).click();
  await expect(page.getByRole('heading', { level: 1, name: COMPONENT })).toBeVisible();
  for (const label of ['Why will buying not do? (required to decide)', 'Named owner']) {
    await expect(page.getByRole('article').getByText(field(label), { exact: false }).first()).toBeAttached();
  }
  await expectNoInjection(page, 'Build record view');
  expect(dialogs).toEqual([]);
});

test('the injection check does see an injected element and a script that ran, so the tests above can fail', async ({ page }) => {
  await arm(page);
  await page.goto('/');
  await page.evaluate(() => {
    // Built by DOM calls that the page's Content-Security-Policy has no reason to block, so the check alone must notice.
    const link = document.createElement('a');
    link.setAttribute('href', 'javascript:void 0');
    document.body.append(link, document.createElement('img'));
    window.__pwned = 1;
  });
  await expect(expectNoInjection(page, 'deliberately injected')).rejects.toThrow(/javascript:void 0[\s\S]*<img>[\s\S]*"pwned": 1/);
});

test.describe('share links', () => {
  /** A real link to a saved Build, and the page that made it. */
  async function shareLink(page: Page): Promise<string> {
    const w = new WizardDriver(page);
    await w.start();
    await w.frame({ componentName: 'Vector store', ...ROOMY_TEAM });
    await w.answer('Yes');
    await w.rationale('Search quality is the product.');
    await w.next();
    await w.next();
    await page.getByLabel('Why will buying not do? (required to decide)').fill('No product ranks our catalogue the way we need.');
    await page.getByRole('button', { name: 'Save decision' }).click();
    await page.getByRole('link', { name: 'Open it in the library' }).click();
    await page.getByRole('button', { name: 'Make a share link' }).click();
    return page.getByLabel(/Read-only link/).inputValue();
  }

  test('tampered, mangled, foreign-version, empty and oversized links are refused with a message and nothing saved', async ({ page, browser }) => {
    // A dozen links, each opened in its own page: triple time on a busy two-core machine.
    test.slow();
    const url = await shareLink(page);
    const [base, payload = ''] = url.split('#share=');
    const data = payload.slice(2);
    const middle = Math.floor(data.length / 2);
    const flipped = `${data.slice(0, middle)}${data[middle] === 'A' ? 'B' : 'A'}${data.slice(middle + 1)}`;
    const cases: [string, string | RegExp][] = [
      [`1.${flipped}`, /altered|incomplete|not hold a readable record/],
      [`9.${data}`, 'not one this version of Forkpoint can read'],
      [`1.${data.slice(0, 40)}<img src=x onerror=window.__pwned=1>`, 'characters a Forkpoint link never has'],
      ['', 'not one this version of Forkpoint can read'],
      [`1.${'A'.repeat(200_000)}`, 'far longer than any Forkpoint makes'],
    ];
    const { page: other, dialogs } = await fresh(browser);
    for (const [fragment, message] of cases) {
      await other.goto(`${base}#share=${fragment}`);
      await other.reload();
      await expect(other.getByRole('heading', { level: 1, name: 'This share link cannot be opened' })).toBeVisible();
      await expect(other.getByRole('alert')).toContainText(message);
      await expect(other.getByRole('alert')).toContainText('Nothing was saved.');
      await expectNoInjection(other, `share link ${fragment.slice(0, 20)}…`);
    }
    await other.getByRole('button', { name: 'Go to Forkpoint' }).click();
    await other.getByRole('navigation', { name: 'Records' }).getByRole('link', { name: 'Decision library' }).click();
    await expect(other.getByText('No decisions saved yet.')).toBeVisible();
    expect(dialogs).toEqual([]);
    await other.context().close();
  });

  test('a share link opened while a decision is in progress shows the shared record; Close returns to the wizard, Save a copy keeps both', async ({ page, browser }) => {
    // A whole session, a share link and a second browser profile: triple time on a busy two-core machine.
    test.slow();
    const url = await shareLink(page);
    const { page: other } = await fresh(browser);
    const w = new WizardDriver(other);
    await w.start();
    await w.frame({ componentName: 'Half-finished pipeline', ...ROOMY_TEAM });
    await w.answer('No');
    await w.next();
    await w.expectStep(QUESTIONS.maturity);

    await other.goto(url);
    await expect(other.getByText('Shared decision · read-only')).toBeVisible();
    await expect(other.getByRole('heading', { level: 1, name: 'Vector store' })).toBeVisible();
    await other.getByRole('button', { name: 'Close' }).click();
    await w.expectStep(QUESTIONS.maturity);
    await expect(other).toHaveURL(/#\/maturity$/);
    await w.back();
    await expect(other.getByRole('radio', { name: 'No', exact: true })).toBeChecked();

    await other.goto(url);
    await expect(other.getByRole('heading', { level: 1, name: 'Vector store' })).toBeVisible();
    await other.getByRole('button', { name: 'Save a copy' }).click();
    await expect(other).toHaveURL(/#\/records\//);
    await expect(other.getByRole('heading', { level: 1, name: 'Vector store' })).toBeVisible();
    await expect(other.getByRole('heading', { name: /^Status: / })).toBeVisible();
    // The decision in progress was kept as a draft, offered in the library.
    await other.getByRole('navigation', { name: 'Records' }).getByRole('link', { name: 'Decision library' }).click();
    await expect(other.getByRole('link', { name: 'Vector store' })).toBeVisible();
    await other.getByRole('button', { name: 'Resume Half-finished pipeline' }).click();
    await expect(w.heading()).toHaveText(QUESTIONS.differentiator);
    await expect(other.getByRole('radio', { name: 'No', exact: true })).toBeChecked();
    await other.context().close();
  });
});

test.describe('every exporter fed generated records whose every string field is a payload', () => {
  // Forkpoint's own text: a text edited outside Forkpoint is the team's Markdown from their file, written back as they left it (src/domain/adr/README.md).
  const records = fc.sample(recordArb, { numRuns: 8, seed: 11 }).map((record) => ({ ...withHostileStrings(record), outsideEdits: [] }));

  /** Elements a format makes itself: anything else in the page was injected by a value. */
  const MARKDOWN_ELEMENTS = ['html', 'head', 'title', 'body', 'section', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'ul', 'ol', 'li', 'pre', 'code', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'a', 'em', 'strong', 'blockquote', 'hr', 'br', 's'];
  const SVG_ELEMENTS = ['svg', 'title', 'defs', 'marker', 'path', 'rect', 'g', 'text', 'tspan', 'line', 'polyline', 'circle', 'ellipse'];

  /** Elements outside `allowed`, event-handler attributes and links that are not http(s), mailto or in-page, each with where it is. */
  async function injected(page: Page, allowed: readonly string[]): Promise<{ bad: string[]; pwned: unknown }> {
    return page.evaluate((allowed) => {
      const bad: string[] = [];
      for (const el of document.querySelectorAll('*')) {
        const where = el.closest('section')?.id ?? 'document';
        if (!allowed.includes(el.localName)) bad.push(`${where}: <${el.localName}>`);
        for (const attr of el.attributes) {
          if (/^on/i.test(attr.name)) bad.push(`${where}: <${el.localName} ${attr.name}>`);
          if (/href$|^src$/i.test(attr.name) && !/^(https?:|mailto:|#)/i.test(attr.value.trim())) bad.push(`${where}: <${el.localName} ${attr.name}="${attr.value}">`);
        }
      }
      return { bad, pwned: (window as unknown as { __pwned?: unknown }).__pwned };
    }, allowed);
  }

  test('the Markdown of each ADR layout, rendered by markdown-it with raw HTML on, holds only the elements Markdown makes', async ({ page }) => {
    const dialogs = await arm(page);
    const md = new MarkdownIt({ html: true, linkify: true });
    const sections = records.flatMap((record, i) =>
      WRITE_FORMATS.map((format) => {
        // The whole file, front matter too: a renderer that does not know front matter shows it as Markdown.
        return `<section id="record-${i}-${format}">${md.render(writeAdr(record, format))}</section>`;
      }),
    );
    // Shown as a page of its own, with no Content-Security-Policy, as a wiki or static site would show it.
    await page.route('**/__rendered', (route) => route.fulfill({ contentType: 'text/html', body: `<!doctype html><title>rendered</title><body>${sections.join('\n')}</body>` }));
    await page.goto('/__rendered');
    expect(await page.locator('section').count()).toBe(records.length * WRITE_FORMATS.length);
    expect(await injected(page, MARKDOWN_ELEMENTS)).toEqual({ bad: [], pwned: undefined });
    // The payloads are there, as text.
    await expect(page.locator('body')).toContainText('<script>window.__pwned=1</script>');
    expect(dialogs).toEqual([]);
  });

  test('the check sees what a value left unescaped would inject, so the two tests above can fail', async ({ page }) => {
    const html = new MarkdownIt({ html: true }).render('<img src=x onerror="void 0"> [a](javascript:void 0) <details open>');
    await page.route('**/__rendered', (route) => route.fulfill({ contentType: 'text/html', body: `<!doctype html><title>rendered</title><body><section id="raw">${html}</section></body>` }));
    await page.goto('/__rendered');
    const found = await injected(page, MARKDOWN_ELEMENTS);
    expect(found.bad).toEqual(['raw: <img>', 'raw: <img src="x">', 'raw: <img onerror>', 'raw: <details>']);
  });

  test('the map’s SVG of each, opened as a page, holds only the shapes and text it draws', async ({ page }) => {
    const dialogs = await arm(page);
    for (const [i, record] of records.entries()) {
      const session = currentRevision(record).session;
      const svg = toSvg(buildFlow(session), `Decision map: ${session.framing.componentName}`, pathLines(describePath(session), decide(session), session));
      await page.route('**/__map.svg', (route) => route.fulfill({ contentType: 'image/svg+xml', body: svg }));
      await page.goto('/__map.svg');
      expect(await page.evaluate(() => document.documentElement.localName), `record ${i}: the SVG is well-formed`).toBe('svg');
      expect(await injected(page, SVG_ELEMENTS), `record ${i}`).toEqual({ bad: [], pwned: undefined });
      expect(await page.evaluate(() => document.querySelector('title')?.textContent ?? '')).toContain('window.__pwned');
      await page.unroute('**/__map.svg');
    }
    expect(dialogs).toEqual([]);
  });
});
