// Writes the app's icons into public/: the favicon and manifest SVGs from the brand mark
// drawn in the app bar (src/app/app.tsx), and PNGs rendered from them by the system Chromium.
// Run once after changing the mark: `node scripts/make-icons.mjs`; the output is committed.
import { writeFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';

const BRAND_MARK = 'M6 3v6a4 4 0 0 0 4 4h4a4 4 0 0 1 4 4v4M18 3v6a4 4 0 0 1-4 4M6 21v-4';
const ACCENT = '#0b4f8a';

/**
 * The mark in white on the accent colour; `scale` shrinks it about the centre.
 * @param {{ rounded: boolean, scale: number }} shape
 */
function iconSvg({ rounded, scale }) {
  const offset = (24 * (1 - scale)) / 2;
  return [
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24">',
    `<rect width="24" height="24"${rounded ? ' rx="5"' : ''} fill="${ACCENT}"/>`,
    `<path transform="translate(${offset} ${offset}) scale(${scale})" d="${BRAND_MARK}" fill="none" stroke="#fff" stroke-width="2.5" stroke-linecap="round"/>`,
    '</svg>\n',
  ].join('');
}

// A maskable icon is cropped to a circle or squircle by the launcher: the mark keeps to the middle 60%.
const plain = iconSvg({ rounded: true, scale: 0.75 });
const maskable = iconSvg({ rounded: false, scale: 0.55 });
const pngs = [
  { file: 'icon-192.png', svg: plain, size: 192 },
  { file: 'icon-512.png', svg: plain, size: 512 },
  { file: 'maskable-icon-512.png', svg: maskable, size: 512 },
  // iOS rounds the corners itself.
  { file: 'apple-touch-icon.png', svg: maskable, size: 180 },
];

await writeFile('public/favicon.svg', plain);
await writeFile('public/icon.svg', plain);
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium' });
try {
  const page = await browser.newPage();
  for (const { file, svg, size } of pngs) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(`<style>*{margin:0}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`);
    await page.screenshot({ path: `public/${file}`, omitBackground: true });
  }
} finally {
  await browser.close();
}
