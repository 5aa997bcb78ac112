/**
 * Debian's Chromium through playwright-core for the tests that drive a browser (*.browser.test.ts): one launcher,
 * and one static server for the webviews' pages, so that every page test loads its page the same way.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';

const repoRoot = path.resolve(__dirname, '..', '..');
const mediaDir = path.join(repoRoot, 'media');

const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
];

export function findChromium(): string {
  const candidates = [
    process.env.APIGW_CHROMIUM,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
  ].filter((c): c is string => !!c);
  const found = candidates.find((c) => fs.existsSync(c));
  if (!found)
    throw new Error(
      'Chromium is not installed; run: sudo bash scripts/install-system-deps.sh (or set APIGW_CHROMIUM to a Chrome/Chromium binary)',
    );
  return found;
}

/** Headless Chromium; the test's own Ctrl-C handling stays in charge (playwright does not install handlers). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: findChromium(),
    args: chromiumFlags,
    headless: true,
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
}

export interface WebviewPages {
  /** `http://127.0.0.1:PORT`: the page's CSP source, and the base of every URL below. */
  origin: string;
  browser: Browser;
  close(): Promise<void>;
}

/**
 * Serves the repository's `media/` at `/media/...` (scripts and styles, as the webview loads them from the
 * extension) and, for any other path, the HTML `render(pathname, origin)` returns (404 when it returns undefined),
 * on 127.0.0.1; and launches Chromium. The page tests render the extension's own HTML with `origin` as the CSP
 * source.
 */
export async function startWebviewPages(
  render: (pathname: string, origin: string) => string | undefined,
): Promise<WebviewPages> {
  let origin = '';
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const file = path.join(repoRoot, path.normalize(url.pathname));
    if (url.pathname.startsWith('/media/') && file.startsWith(mediaDir + path.sep) && fs.existsSync(file)) {
      res.writeHead(200, { 'content-type': file.endsWith('.js') ? 'text/javascript' : 'text/css' });
      res.end(fs.readFileSync(file));
      return;
    }
    const html = render(url.pathname, origin);
    if (html === undefined) {
      res.writeHead(404);
      res.end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const close = async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  };
  let browser: Browser;
  try {
    browser = await launchChromium();
  } catch (e) {
    await close();
    throw e;
  }
  return {
    origin,
    browser,
    close: async () => {
      await browser.close();
      await close();
    },
  };
}
