import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** Every stored draft as JSON text, read straight from IndexedDB as the app stored it. */
export function storedDrafts(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        const open = indexedDB.open('forkpoint');
        open.onerror = () => resolve('');
        open.onsuccess = () => {
          const db = open.result;
          const read = db.transaction('drafts', 'readonly').objectStore('drafts').getAll();
          read.onerror = () => resolve('');
          read.onsuccess = () => {
            resolve(JSON.stringify(read.result));
            db.close();
          };
        };
      }),
  );
}

/**
 * Waits until the stored draft holds `text`: typing is written after a 400 ms pause (or
 * when the page hides), so a reload within that pause on a busy machine can lose it.
 */
export async function draftHolds(page: Page, text: string): Promise<void> {
  await expect.poll(() => storedDrafts(page)).toContain(text);
}
