// Chromium from Debian, driven by playwright-core (never `playwright install`).
import { chromium, type Browser } from 'playwright-core';
import type { TestHost } from './testHost.js';

export function launchChromium(host: TestHost): Promise<Browser> {
  return chromium.launch({
    executablePath: host.chromium,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}
