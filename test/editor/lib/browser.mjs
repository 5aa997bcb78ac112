// Opens the VS Code web workbench in Debian's Chromium through playwright-core and listens to what the
// workbench reports while the extension tests run.
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';

const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
];
/** `[[apigw-screenshot:NAME]]` or `[[apigw-screenshot:NAME|CSS selector to wait for]]`, logged by helpers.ts. */
export const screenshotMarker = /\[\[apigw-screenshot:([\w.-]{1,80})(?:\|([^\]]{1,200}))?\]\]/;

export function findChromium() {
  const candidates = [
    process.env.APIGW_CHROMIUM,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
  ].filter(Boolean);
  const found = candidates.find((c) => fs.existsSync(c));
  if (!found)
    throw new Error(
      'Chromium is not installed; run: sudo bash scripts/install-system-deps.sh (or set APIGW_CHROMIUM to a Chrome/Chromium binary)',
    );
  return found;
}

/**
 * Resolves `exitCode` when the tests' run() settles. `onLog(level, message)` receives the extension host's
 * console; a screenshot marker in it makes the page take a screenshot into `screenshotDir`.
 */
export async function openTestWorkbench({ url, screenshotDir, onLog }) {
  const browser = await chromium.launch({
    executablePath: findChromium(),
    args: chromiumFlags,
    headless: true,
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
  const close = () => browser.close().catch(() => undefined);
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    let settle;
    const exitCode = new Promise((resolve) => (settle = resolve));
    // Screenshots are taken one at a time, in the order asked.
    let shots = Promise.resolve();
    await page.exposeFunction('codeAutomationLog', (level, args) => {
      const text = (Array.isArray(args) ? args : [args])
        .map((a) => (typeof a === 'string' ? a : JSON.stringify(a)))
        .join(' ');
      onLog(String(level), text);
      const shot = screenshotMarker.exec(text);
      if (shot) shots = shots.then(() => takeScreenshot(page, screenshotDir, shot[1], shot[2], onLog));
    });
    await page.exposeFunction('codeAutomationExit', (code) => settle(Number(code)));
    page.on('crash', () => settle(1));
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    return { exitCode, close, page };
  } catch (e) {
    await close();
    throw e;
  }
}

async function takeScreenshot(page, dir, name, selector, onLog) {
  const file = path.join(dir, `${name}.png`);
  const temp = `${file}.part`;
  try {
    if (selector) {
      await page
        .waitForSelector(selector, { state: 'visible', timeout: 5000 })
        .catch(() => onLog('warn', `screenshot ${name}: "${selector}" did not show within 5 s`));
    }
    fs.mkdirSync(dir, { recursive: true });
    await page.screenshot({ path: temp, type: 'png' });
    // The test polls for the file: it must appear complete.
    fs.renameSync(temp, file);
  } catch (e) {
    onLog('error', `screenshot ${name} failed: ${e.message}`);
  }
}
