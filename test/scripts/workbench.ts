/**
 * Opens the URL `npm start --headless` printed in Debian's Chromium (playwright-core), as a newcomer would open it
 * in a browser, and drives the workbench by its keyboard shortcuts and views, like a person.
 */
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/chromium';

export async function openWorkbench(url: string): Promise<{ browser: Browser; page: Page }> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    await page.waitForSelector('.monaco-workbench .part.editor', { timeout: 60_000 });
    return { browser, page };
  } catch (e) {
    await browser.close();
    throw e;
  }
}

/**
 * Quick Open (Ctrl+P), the file's name, Enter; resolves when its editor tab is active. On a cold first start the
 * workspace's file search can come up empty while it is still indexing, or Quick Open not open at all: then it is
 * asked again, a few times, as a person would.
 */
export async function openFile(page: Page, name: string): Promise<void> {
  const input = page.locator('.quick-input-widget input');
  const row = page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first();
  for (let attempt = 1; ; attempt++) {
    await page
      .locator('.monaco-workbench')
      .click({ position: { x: 700, y: 400 } })
      .catch(() => undefined);
    await page.keyboard.press('Control+P');
    try {
      // A Ctrl+P pressed while the workbench is still binding its keys is lost: then it is pressed again.
      await input.waitFor({ state: 'visible', timeout: 15_000 });
      await input.fill(name);
      await row.waitFor({ timeout: 15_000 });
      break;
    } catch (e) {
      if (attempt >= 3) throw e;
      await page.keyboard.press('Escape');
    }
  }
  await page.keyboard.press('Enter');
  await page.locator(`.tab.active[aria-label*="${name}"]`).waitFor({ timeout: 15_000 });
}
