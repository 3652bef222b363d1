// Renders the Marketplace icon (media/icon.png, 128×128, required as PNG by vsce) from
// media/icon-marketplace.svg with the Debian Chromium the e2e tests use. Run after editing the SVG.
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const svg = readFileSync(new URL('../media/icon-marketplace.svg', import.meta.url), 'utf8');
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  const page = await browser.newPage({ viewport: { width: 128, height: 128 } });
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
  await page.screenshot({
    path: new URL('../media/icon.png', import.meta.url).pathname,
    omitBackground: true,
  });
} finally {
  await browser.close();
}
