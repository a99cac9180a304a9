import { expect, expectNoAxeViolations, test } from './fixtures';

test('the app loads and shows its name as a heading', async ({ page }) => {
  await page.goto('/');

  await expect(page).toHaveTitle(/Forkpoint/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectNoAxeViolations(page);
});
