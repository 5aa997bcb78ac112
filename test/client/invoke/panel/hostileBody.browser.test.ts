import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { panelHtml } from '../../../../client/src/invoke/panel/panelHtml';
import { panelModel } from '../../../../client/src/invoke/core/target';
import type { InvokeResult } from '../../../../client/src/invoke/core/types';
import { checkPageMessage } from '../../../../client/src/invoke/core/pageMessages';
import { startWebviewPages, type WebviewPages } from '../../../support/chromium';

/**
 * The panel's own page and script (media/invoke/main.js) in headless Chromium, fed a hostile API answer.
 * Served twice: with the panel's CSP, and without it, to show that main.js alone never turns data into markup.
 */
// Used only inside functions that page.evaluate runs in the browser; the project compiles without the DOM library.
declare const window: { postMessage(m: unknown, origin: string): void };
declare const document: any;

const mediaDir = path.resolve(__dirname, '..', '..', '..', '..', 'media', 'invoke');
const hostile = `<img src=x onerror="window.__pwned=(window.__pwned||0)+1"><script>window.__pwned=(window.__pwned||0)+1</script><b>bold</b>`;

let pages: WebviewPages;
let origin: string;
let browser: Browser;

before(
  async () => {
    pages = await startWebviewPages((pathname, origin) => {
      if (pathname !== '/panel' && pathname !== '/panel-without-csp') return undefined;
      const html = panelHtml({
        cspSource: origin,
        scriptUri: `${origin}/media/invoke/main.js`,
        styleUri: `${origin}/media/invoke/main.css`,
      });
      return pathname === '/panel-without-csp'
        ? html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '')
        : html;
    });
    ({ origin, browser } = pages);
  },
  { timeout: 60_000 },
);

after(async () => {
  await pages?.close();
});

interface PageWindow {
  __posted: { type: string; summary?: string; body?: string }[];
  __pwned?: number;
  __dialogs?: number;
}

const errors: string[] = [];

async function openPanel(
  pathname: string,
  model = panelModel({
    apiType: 'REST',
    pathTemplate: '/pets/{id}',
    operationMethod: 'GET',
    apiId: 'abc123',
    region: 'us-east-1',
    stages: ['prod'],
  }),
  viewport?: { width: number; height: number },
): Promise<Page> {
  const page = await browser.newPage(viewport ? { viewport } : {});
  page.on('dialog', (d) => void d.dismiss());
  // Stands in for VS Code's webview API; injected before any page script, like VS Code does.
  // A string, not a function: the test's TypeScript compiler must not add helpers the browser lacks.
  await page.addInitScript(`
    window.__posted = [];
    let state;
    window.acquireVsCodeApi = () => ({ postMessage: (m) => window.__posted.push(m), getState: () => state, setState: (s) => { state = s; } });
  `);
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${origin}${pathname}`);
  await page.waitForFunction(
    () => (window as unknown as PageWindow).__posted.some((m) => m.type === 'ready'),
    undefined,
    { timeout: 10_000 },
  );
  await page.evaluate((m) => window.postMessage({ type: 'init', model: m }, '*'), model);
  return page;
}

async function showResult(page: Page, result: InvokeResult): Promise<void> {
  await page.evaluate((r) => window.postMessage({ type: 'result', result: r }, '*'), result);
  await page.waitForFunction(
    () => (window as unknown as PageWindow).__posted.some((m) => m.type === 'rendered'),
    undefined,
    { timeout: 10_000 },
  );
}

const hostileResult: InvokeResult = {
  mode: 'testInvoke',
  method: 'GET',
  url: '/pets/1',
  status: 200,
  statusText: '<img src=x onerror="window.__pwned=1">',
  latencyMs: 5,
  headers: [['x-evil<script>window.__pwned=1</script>', hostile]],
  body: { kind: 'text', text: hostile, size: hostile.length, contentType: 'text/html' },
  log: hostile,
};

describe('a hostile response body cannot run script in the panel', () => {
  for (const variant of ['/panel', '/panel-without-csp']) {
    test(`markup is shown as text (${variant === '/panel' ? 'with the panel CSP' : 'main.js alone, no CSP'})`, async () => {
      const page = await openPanel(variant);
      await showResult(page, hostileResult);
      // Give a would-be image error handler every chance to fire: wait until the page has settled.
      await page.waitForLoadState('networkidle');
      const seen = await page.evaluate(() => ({
        pwned: (window as unknown as PageWindow).__pwned ?? 0,
        body: document.getElementById('resp-body')!.textContent,
        log: document.getElementById('resp-log')!.textContent,
        headerName: document.querySelector('#resp-headers td')!.textContent,
        injected: document.querySelectorAll('img, b, #result-section script, script:not([src])').length,
        rendered: (window as unknown as PageWindow).__posted.find((m) => m.type === 'rendered'),
      }));
      assert.deepEqual(errors, [], 'no page errors');
      assert.equal(seen.pwned, 0, 'no script ran');
      assert.equal(seen.injected, 0, 'no element was created from the data');
      assert.equal(seen.body, hostile);
      assert.equal(seen.log, hostile);
      assert.equal(seen.headerName, 'x-evil<script>window.__pwned=1</script>');
      assert.equal(seen.rendered?.body, hostile, 'the page reports what it shows');
      await page.close();
    });
  }

  test('control: without the CSP, the same markup parsed as HTML does run (so the check above can fail)', async () => {
    const page = await openPanel('/panel-without-csp');
    await page.evaluate((h) => {
      const div = document.createElement('div');
      div.innerHTML = h;
      document.body.append(div);
    }, hostile);
    await page.waitForFunction(() => ((window as unknown as PageWindow).__pwned ?? 0) > 0, undefined, {
      timeout: 10_000,
    });
    await page.close();
  });

  test('main.js never parses HTML from strings', () => {
    const source = fs.readFileSync(path.join(mediaDir, 'main.js'), 'utf8');
    assert.doesNotMatch(
      source,
      /\.innerHTML|\.outerHTML|insertAdjacentHTML|document\.write|\beval\(|new Function|DOMParser|createContextualFragment/,
    );
  });
});

describe('the panel page, driven by keyboard', () => {
  test('labelled fields; Ctrl+Enter sends a form the extension accepts', async () => {
    const page = await openPanel('/panel');
    await page.getByLabel('{id}').fill('42');
    // The text mode of the key-value rows.
    await page.locator('.kv-toggle[data-kv="query"]').click();
    await page.getByLabel(/^Query string/).fill('verbose=yes');
    await page.locator('.kv-toggle[data-kv="headers"]').click();
    await page.getByLabel(/^Headers/).fill('X-Trace: t1');
    await page.getByLabel('HTTPS request to the stage').check();
    await page.getByLabel(/^Body/).focus();
    await page.keyboard.press('Control+Enter');
    await page.waitForFunction(
      () => (window as unknown as PageWindow).__posted.some((m) => m.type === 'send'),
      undefined,
      { timeout: 10_000 },
    );
    const sent = await page.evaluate(() => (window as unknown as PageWindow).__posted.find((m) => m.type === 'send'));
    const checked = checkPageMessage(sent);
    assert.ok(checked.ok, checked.ok ? '' : checked.error);
    assert.deepEqual(checked.value, {
      type: 'send',
      form: {
        method: 'GET',
        stage: 'prod',
        mode: 'http',
        pathParams: { id: '42' },
        query: [['verbose', 'yes']],
        headers: [['X-Trace', 't1']],
        body: '',
        stageVariables: [],
        sign: false,
        apiKey: '',
      },
    });
    assert.match(
      (await page.locator('#url').textContent()) ?? '',
      /^GET https:\/\/abc123\.execute-api\.us-east-1\.amazonaws\.com\/prod\/pets\/42$/,
    );
    assert.deepEqual(errors, []);
    await page.close();
  });
});
