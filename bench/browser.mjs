/** Headless Debian Chromium, driven by Playwright (never a downloaded browser). */
import { chromium } from '@playwright/test';

export const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

const ARGS = ['--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export function launchBrowser() {
  return chromium.launch({ executablePath: CHROME_PATH, headless: true, args: ARGS });
}

/** @param {string} userDataDir */
export function launchPersistent(userDataDir) {
  return chromium.launchPersistentContext(userDataDir, { executablePath: CHROME_PATH, headless: true, args: ARGS });
}
