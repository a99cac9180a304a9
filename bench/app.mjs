/**
 * What the bench does to the app: drive the wizard as a user would (by role and
 * label) and seed the library straight into IndexedDB, in the shape src/storage
 * writes it (database `forkpoint`: the record under its id in store `records`,
 * its summary under the same id in store `summaries`, written in one transaction).
 */

/**
 * @typedef {import('@playwright/test').Page} Page
 * @typedef {import('./domain.mjs').DecisionRecord} DecisionRecord
 */

export const ROOMY_TEAM = { engineers: '12', systems: '3', spare: '1' };

/** Waits until the app has opened (and so created or upgraded) its database. */
export async function waitForDatabase(/** @type {Page} */ page) {
  await page.waitForFunction(async () => (await indexedDB.databases()).some((db) => db.name === 'forkpoint' && (db.version ?? 0) >= 2), undefined, {
    timeout: 30_000,
  });
}

/**
 * Writes `count` records into the library: copies of the templates, each with
 * its own id and number (and its summary, made by the domain's `summarize`, with
 * the same id and number), in batches of 1,000 per transaction.
 * @param {Page} page
 * @param {readonly import('./domain.mjs').Seed[]} templates
 * @param {number} count
 */
export async function seedRecords(page, templates, count) {
  await waitForDatabase(page);
  await page.evaluate(
    async ({ templates, count }) => {
      /** @type {IDBDatabase} */
      const database = await new Promise((resolve, reject) => {
        const request = indexedDB.open('forkpoint');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(new Error(`cannot open the database: ${request.error?.message ?? ''}`));
      });
      for (let start = 0; start < count; start += 1000) {
        const tx = database.transaction(['records', 'summaries'], 'readwrite');
        const store = tx.objectStore('records');
        const summaries = tx.objectStore('summaries');
        for (let i = start; i < Math.min(count, start + 1000); i += 1) {
          const template = templates[i % templates.length];
          if (!template) continue;
          const id = `rec_${crypto.randomUUID()}`;
          store.put({ ...structuredClone(template.record), id, number: i + 1, supersedes: null, supersededBy: null }, id);
          summaries.put({ ...structuredClone(template.summary), id, number: i + 1 }, id);
        }
        await new Promise((resolve, reject) => {
          tx.oncomplete = resolve;
          tx.onerror = () => reject(new Error(`seeding failed: ${tx.error?.message ?? ''}`));
          tx.onabort = () => reject(new Error(`seeding aborted: ${tx.error?.message ?? ''}`));
        });
      }
      database.close();
    },
    { templates, count },
  );
}

/**
 * Stores `draft` as the decision in progress, as the app's draft sync writes it (store
 * `drafts`, under its session's id); a reload on a wizard step then opens it.
 * @param {Page} page
 * @param {import('./domain.mjs').Draft} draft
 */
export async function seedDraft(page, draft) {
  await waitForDatabase(page);
  await page.evaluate(async (draft) => {
    /** @type {IDBDatabase} */
    const database = await new Promise((resolve, reject) => {
      const request = indexedDB.open('forkpoint');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(new Error(`cannot open the database: ${request.error?.message ?? ''}`));
    });
    const tx = database.transaction('drafts', 'readwrite');
    tx.objectStore('drafts').put(draft, draft.session.id);
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(new Error(`seeding the draft failed: ${tx.error?.message ?? ''}`));
    });
    database.close();
  }, draft);
}

/** Starts a new decision and fills the framing with a roomy team, one candidate and one requirement. */
export async function frameDecision(/** @type {Page} */ page, componentName = 'Bench vector store') {
  await page.getByRole('button', { name: 'New decision' }).click();
  await page.getByLabel('Component name').fill(componentName);
  await page.getByLabel('What it does in your system').fill('Stores product embeddings and answers hybrid search queries for the shop in under 80 ms.');
  await page.getByLabel('Engineers on the team').fill(ROOMY_TEAM.engineers);
  await page.getByLabel('Production systems they already maintain').fill(ROOMY_TEAM.systems);
  await page.getByLabel('Spare engineer capacity').fill(ROOMY_TEAM.spare);
  await page.getByRole('button', { name: 'Add candidate' }).click();
  await page.getByLabel('Candidate 1 name').fill('Acme Vectors');
  await page.getByRole('button', { name: 'Add requirement' }).click();
  await page.getByLabel('Requirement 1', { exact: true }).fill('Hybrid search');
  await page.getByRole('radiogroup', { name: 'Bucket for requirement 1' }).getByRole('radio', { name: 'Must-have' }).check();
  await page.getByLabel('Date', { exact: true }).fill('2026-11-23');
  await next(page);
  await waitForHeading(page, 'Is this component a core differentiator for your product?');
}

/** Node 1 "Yes" and node 5's suggested "Yes": the Build outcome, ready to save. */
export async function reachBuildOutcome(/** @type {Page} */ page) {
  await page.getByRole('radio', { name: 'Yes', exact: true }).check();
  await page.getByLabel(/^Rationale/).fill('Our ranking quality is what customers pay us for.');
  await next(page);
  await waitForHeading(page, 'Can you maintain it for the long term?');
  await next(page);
  await waitForHeading(page, 'Build');
}

export const next = (/** @type {Page} */ page) => page.getByRole('button', { name: 'Next', exact: true }).click();

/** @param {Page} page @param {string} text */
export const waitForHeading = (page, text) => page.getByRole('heading', { level: 1, name: text, exact: true }).waitFor({ timeout: 30_000 });
