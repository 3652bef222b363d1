// Drives the code-server workbench the way a person would: quick open, the command palette via
// the keyboard, the mouse over a word, the Problems panel. Selectors are Monaco's and the
// workbench's stable class names (.monaco-workbench, .monaco-editor, .monaco-hover, .markers-panel).
import type { Locator, Page } from 'playwright-core';

export const UI_TIMEOUT_MS = 60_000;

/** Loads the workbench and waits until the explorer shows the workspace. */
export async function openWorkbench(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.locator('.monaco-workbench').waitFor({ timeout: UI_TIMEOUT_MS });
  await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: UI_TIMEOUT_MS });
}

/** Ctrl+P, the file name, Enter; resolves when its editor has focus. */
export async function quickOpen(page: Page, fileName: string): Promise<Locator> {
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ timeout: UI_TIMEOUT_MS });
  await input.fill(fileName);
  await page
    .locator('.quick-input-list .monaco-list-row', { hasText: fileName })
    .first()
    .waitFor({ timeout: UI_TIMEOUT_MS });
  await page.keyboard.press('Enter');
  await page
    .locator(`.tabs-container .tab.active`, { hasText: fileName })
    .waitFor({ timeout: UI_TIMEOUT_MS });
  const editor = page.locator('.editor-group-container.active .monaco-editor').first();
  await editor.locator('.view-lines').waitFor({ timeout: UI_TIMEOUT_MS });
  return editor;
}

/** F1, the command's title, Enter. */
export async function runCommand(page: Page, title: string): Promise<void> {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ timeout: UI_TIMEOUT_MS });
  await input.fill(`>${title}`);
  await page
    .locator('.quick-input-list .monaco-list-row', { hasText: title })
    .first()
    .waitFor({ timeout: UI_TIMEOUT_MS });
  await page.keyboard.press('Enter');
}

/** Waits for any diagnostic decoration (error/warning/info squiggle or hint dots) in the editor. */
export async function waitForSquiggle(editor: Locator): Promise<void> {
  await editor
    .locator('.squiggly-error, .squiggly-warning, .squiggly-info, .squiggly-hint')
    .first()
    .waitFor({ state: 'attached', timeout: UI_TIMEOUT_MS });
}

/** Opens the Problems panel (Ctrl+Shift+M) and returns the text of its rows once one matches. */
export async function problemsText(page: Page, expected: RegExp): Promise<string> {
  await page.keyboard.press('Control+Shift+M');
  const rows = page.locator('.markers-panel .monaco-list-row');
  await rows.filter({ hasText: expected }).first().waitFor({ timeout: UI_TIMEOUT_MS });
  return (await rows.allInnerTexts()).join('\n');
}

interface PageDocument {
  createTreeWalker(root: unknown, whatToShow: number): { nextNode(): { textContent: string | null } | null };
  createRange(): {
    setStart(node: unknown, offset: number): void;
    setEnd(node: unknown, offset: number): void;
    getBoundingClientRect(): { left: number; top: number; width: number; height: number };
  };
}

/** Screen coordinates of the centre of the first rendered occurrence of `word` in the editor. */
async function wordCentre(editor: Locator, word: string): Promise<{ x: number; y: number }> {
  const handle = await editor.locator('.view-lines').elementHandle({ timeout: UI_TIMEOUT_MS });
  const point = await handle.evaluate((root, target) => {
    // Runs in the page; typed loosely because this project compiles without the DOM library.
    const doc = (globalThis as unknown as { document: PageDocument }).document;
    const SHOW_TEXT = 4;
    const walker = doc.createTreeWalker(root, SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      // Monaco renders spaces as non-breaking spaces.
      const index = (node.textContent ?? '').replace(/\u00a0/g, ' ').search(new RegExp(`\\b${target}\\b`));
      if (index < 0) continue;
      const range = doc.createRange();
      range.setStart(node, index);
      range.setEnd(node, index + target.length);
      const rect = range.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }
    return undefined;
  }, word);
  if (!point) throw new Error(`"${word}" is not visible in the editor`);
  return point;
}

/** Moves the mouse over `word` and returns the text of the hover that appears. */
export async function hoverWord(
  page: Page,
  editor: Locator,
  word: string,
  expected: RegExp,
): Promise<string> {
  const hover = page.locator('.monaco-hover:visible', { hasText: expected }).first();
  for (let attempt = 0; attempt < 3; attempt++) {
    const { x, y } = await wordCentre(editor, word);
    await page.mouse.move(x - 30, y - 40);
    await page.mouse.move(x, y, { steps: 5 });
    try {
      await hover.waitFor({ timeout: UI_TIMEOUT_MS / 3 });
      return await hover.innerText();
    } catch {
      // The first hover can arrive before the extension's provider answers; move away and retry.
    }
  }
  const seen = await page.locator('.monaco-hover:visible').allInnerTexts();
  throw new Error(
    `no hover matching ${String(expected)} over "${word}"; visible hovers: ${JSON.stringify(seen)}`,
  );
}
