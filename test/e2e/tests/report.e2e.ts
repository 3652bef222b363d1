// A person estimates the fixture dataset from the command palette: confirms the column mapping,
// answers the four questions with the defaults, and reads the report webview. A column header
// of the dataset is `mobile <img src=x onerror=alert(1)>`: the report must show it as text,
// create no <img> element and run no script.
import * as assert from 'node:assert/strict';
import type { FrameLocator, Page } from 'playwright-core';
import type { E2ETest } from '../types.js';
import { quickOpen, runCommand, UI_TIMEOUT_MS } from '../workbench.js';

const XSS = '<img src=x onerror=alert(1)>';

/** Waits for the quick input whose title matches, then accepts its first (default) entry. */
async function acceptQuickInput(page: Page, title: RegExp): Promise<string> {
  const widget = page.locator('.quick-input-widget:visible');
  await widget.locator('.quick-input-title', { hasText: title }).waitFor({ timeout: UI_TIMEOUT_MS });
  const text = await widget.innerText();
  await page.keyboard.press('Enter');
  return text;
}

/** The report page inside the webview's two iframes (the workbench's host frame, then the page). */
function reportFrame(page: Page): FrameLocator {
  return page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
}

export const tests: E2ETest[] = [
  {
    name: 'estimate report: dataset text is shown as text, never as markup',
    async run({ page, screenshot }) {
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      await quickOpen(page, 'customers-export.csv');
      await runCommand(page, 'Estimate Risk Tier of a Dataset');

      const mapping = await acceptQuickInput(page, /columns and their categories/);
      assert.ok(mapping.includes('身份证号'), `the mapping pick lists the columns:\n${mapping}`);
      await screenshot('mapping');
      // Holding data: the conduct and the Art. 5(1)(8) question; gains and a prior record cannot matter.
      for (const step of [/what is done with the data/, /performing duties or providing services/])
        await acceptQuickInput(page, step);

      const report = reportFrame(page);
      const header = report.locator('td', { hasText: `mobile ${XSS}` }).first();
      await header.waitFor({ timeout: UI_TIMEOUT_MS });
      assert.equal(await header.textContent(), `mobile ${XSS}`);
      assert.equal(await report.locator('img').count(), 0, 'an <img> element was created from dataset text');
      await screenshot('report');

      const body = report.locator('#report');
      const text = await body.innerText();
      // The tier line names the standard, as an estimate (audit L5); holding is conditional.
      assert.match(text, /Below every quantity standard \(estimate\)|未达到任何数量标准（估算）/);
      assert.match(text, /R = A\/50 \+ B\/500 \+ C\/5000 = /);
      assert.match(text, /5,000/, 'the class C threshold is drawn');
      assert.match(text, /Ningbo|宁波/);
      for (const raw of ['13910000000', '33020319700101100X'])
        assert.ok(!text.includes(raw), 'raw data in the report');
      assert.deepEqual(dialogs, [], 'no script from the dataset ran');
    },
  },
];
