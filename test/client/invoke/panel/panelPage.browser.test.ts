import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { panelHtml } from '../../../../client/src/invoke/panel/panelHtml';
import { panelModel, type InvokeTarget } from '../../../../client/src/invoke/core/target';
import { checkPageMessage } from '../../../../client/src/invoke/core/pageMessages';
import type { InvokeResult } from '../../../../client/src/invoke/core/types';
import { startWebviewPages, type WebviewPages } from '../../../support/chromium';

/**
 * The panel page's newer parts in headless Chromium, with the panel's CSP: WebSocket frames (hostile ones shown
 * as text), the messages Connect/Send/Disconnect/@connections post (accepted by the extension's checks),
 * key-value rows, the mode advice said before sending, the "Copy as curl" confirmation, and response headers
 * that keep a readable width in a narrow panel.
 */
declare const window: { postMessage(m: unknown, origin: string): void };
declare const document: any;

const hostile = `<img src=x onerror="window.__pwned=(window.__pwned||0)+1"><script>window.__pwned=(window.__pwned||0)+1</script><b>bold</b>`;

let pages: WebviewPages;
let origin: string;
let browser: Browser;
const errors: string[] = [];

interface PageWindow {
  __posted: { type: string; [k: string]: unknown }[];
  __pwned?: number;
}

before(
  async () => {
    pages = await startWebviewPages((_pathname, origin) =>
      panelHtml({
        cspSource: origin,
        scriptUri: `${origin}/media/invoke/main.js`,
        styleUri: `${origin}/media/invoke/main.css`,
      }),
    );
    ({ origin, browser } = pages);
  },
  { timeout: 60_000 },
);

after(async () => {
  await pages?.close();
});

async function open(target: InvokeTarget, viewport?: { width: number; height: number }): Promise<Page> {
  const page = await browser.newPage(viewport ? { viewport } : {});
  await page.addInitScript(`
    window.__posted = [];
    let state;
    window.acquireVsCodeApi = () => ({ postMessage: (m) => window.__posted.push(m), getState: () => state, setState: (s) => { state = s; } });
  `);
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${origin}/panel`);
  await page.waitForFunction(
    () => (window as unknown as PageWindow).__posted.some((m) => m.type === 'ready'),
    undefined,
    { timeout: 10_000 },
  );
  await page.evaluate((m) => window.postMessage({ type: 'init', model: m }, '*'), panelModel(target));
  return page;
}

const post = (page: Page, message: unknown) => page.evaluate((m) => window.postMessage(m, '*'), message);
async function posted(page: Page, type: string) {
  await page.waitForFunction((t) => (window as unknown as PageWindow).__posted.some((m) => m.type === t), type, {
    timeout: 10_000,
  });
  const raw = await page.evaluate(
    (t) => (window as unknown as PageWindow).__posted.filter((m) => m.type === t).at(-1),
    type,
  );
  const checked = checkPageMessage(raw);
  assert.ok(checked.ok, checked.ok ? '' : `${type}: ${checked.error}`);
  return checked.value;
}

const wsTarget: InvokeTarget = {
  apiType: 'WEBSOCKET',
  pathTemplate: 'sendMessage',
  operationMethod: 'ANY',
  apiId: 'ws1',
  region: 'eu-west-1',
  stages: ['prod'],
  routeSelectionExpression: '$request.body.action',
  operation: { queryParameters: [], headerParameters: [], auth: ['AWS_IAM'] },
};

describe('WebSocket part of the page', () => {
  test('connect, send the prefilled message, see frames (hostile ones as text), close, @connections', async () => {
    const page = await open(wsTarget);
    assert.match(
      (await page.locator('#url').textContent()) ?? '',
      /^\$connect wss:\/\/ws1\.execute-api\.eu-west-1\.amazonaws\.com\/prod$/,
    );
    assert.equal(await page.locator('#body').inputValue(), '{"action":"sendMessage"}');
    assert.equal(await page.locator('#send').isDisabled(), true, 'no sending before the connection is open');
    await page.getByRole('button', { name: 'Connect', exact: true }).click();
    const connect = await posted(page, 'wsConnect');
    assert.equal(connect.type === 'wsConnect' && connect.form.sign, true, 'IAM-authorised $connect: signed by default');
    await post(page, { type: 'wsState', state: 'open', connectionId: 'abc=' });
    await post(page, {
      type: 'wsFrame',
      frame: { direction: 'in', at: Date.UTC(2026, 0, 1, 12, 0, 0, 7), text: hostile },
    });
    await page.getByRole('button', { name: 'Send message' }).click();
    assert.deepEqual(await posted(page, 'wsSend'), { type: 'wsSend', text: '{"action":"sendMessage"}' });
    await page.getByLabel('Reason').fill('done');
    await page.getByRole('button', { name: 'Disconnect', exact: true }).click();
    assert.deepEqual(await posted(page, 'wsClose'), { type: 'wsClose', code: 1000, reason: 'done' });
    assert.equal(
      await page.getByLabel('Connection id').inputValue(),
      'abc=',
      'the id from the connection fills the management API field',
    );
    await page.getByLabel('Message to push to the client').fill('{"hello":1}');
    await page.getByRole('button', { name: 'POST the message below' }).click();
    assert.deepEqual(await posted(page, 'connections'), {
      type: 'connections',
      action: 'POST',
      connectionId: 'abc=',
      stage: 'prod',
      message: '{"hello":1}',
    });
    await post(page, {
      type: 'wsFrame',
      frame: { direction: 'info', at: Date.now(), text: 'Closed: code 1000 (normal closure), reason "done"' },
    });
    await post(page, { type: 'wsState', state: 'closed' });
    await page.waitForLoadState('networkidle');
    const seen = await page.evaluate(() => ({
      pwned: (window as unknown as PageWindow).__pwned ?? 0,
      injected: document.querySelectorAll('img, b, #ws-frames script').length,
      frames: [...document.querySelectorAll('#ws-frames li')].map((li: any) => li.textContent),
      sendDisabled: document.getElementById('send').disabled,
    }));
    assert.equal(seen.pwned, 0);
    assert.equal(seen.injected, 0);
    assert.equal(seen.frames.length, 2);
    assert.ok(seen.frames[0].includes(hostile), 'the frame text is shown as it came');
    assert.match(seen.frames[0], /\d\d:\d\d:\d\d\.007/, 'with its time to the millisecond');
    assert.match(seen.frames[1], /code 1000/);
    assert.equal(seen.sendDisabled, true);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('the extension refuses close codes a client may not send and malformed @connections calls', () => {
    assert.equal(checkPageMessage({ type: 'wsClose', code: 1006, reason: '' }).ok, false);
    assert.equal(checkPageMessage({ type: 'wsClose', code: 4000, reason: 'x'.repeat(124) }).ok, false);
    assert.equal(
      checkPageMessage({ type: 'connections', action: 'PUT', connectionId: 'a', stage: 'p', message: '' }).ok,
      false,
    );
    assert.equal(checkPageMessage({ type: 'wsSend', text: 42 }).ok, false);
  });
});

describe('HTTP part of the page', () => {
  const rest: InvokeTarget = {
    apiType: 'REST',
    pathTemplate: '/pets',
    operationMethod: 'GET',
    apiId: 'abc123',
    region: 'us-east-1',
    stages: ['prod'],
  };

  test('key-value rows: add, edit, remove; the text mode shows the same values', async () => {
    const page = await open(rest);
    await page.getByRole('button', { name: 'Add a query row' }).click();
    await page.getByLabel('query name').nth(0).fill('limit');
    await page.getByLabel('query value').nth(0).fill('5');
    await page.getByRole('button', { name: 'Add a query row' }).click();
    await page.getByLabel('query name').nth(1).fill('drop');
    await page.getByRole('button', { name: 'Add a headers row' }).click();
    await page.getByLabel('headers name').fill('X-Trace');
    await page.getByLabel('headers value').fill('a: b');
    await page.getByRole('button', { name: 'Remove query row' }).nth(1).click();
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    const sent = await posted(page, 'send');
    assert.ok(sent.type === 'send');
    assert.deepEqual(sent.form.query, [['limit', '5']]);
    assert.deepEqual(sent.form.headers, [['X-Trace', 'a: b']]);
    await page.locator('.kv-toggle[data-kv="query"]').click();
    assert.equal(await page.getByLabel(/^Query string/).inputValue(), 'limit=5');
    await page.getByLabel(/^Query string/).fill('limit=7\nq=x');
    await page.locator('.kv-toggle[data-kv="query"]').click();
    assert.deepEqual(await page.getByLabel('query value').evaluateAll((els: any[]) => els.map((e) => e.value)), [
      '7',
      'x',
    ]);
    await page.close();
  });

  test('an emulator without TestInvokeMethod or a data plane: said before sending, and Local offered', async () => {
    const page = await open({
      ...rest,
      endpoint: 'http://127.0.0.1:5000',
      local: { documentUri: 'file:///w/api.yaml' },
    });
    await page.getByLabel('TestInvokeMethod (no auth, execution log)').check();
    assert.match((await page.locator('#mode-note').textContent()) ?? '', /does not implement TestInvokeMethod/);
    await page.getByLabel('HTTPS request to the stage').check();
    assert.match((await page.locator('#mode-note').textContent()) ?? '', /no data plane.*NoSuchBucket/);
    await page.getByRole('button', { name: 'Use the local gateway' }).click();
    assert.equal(await page.getByLabel('Local gateway (127.0.0.1, execution log)').isChecked(), true);
    assert.equal(await page.locator('#mode-advice').isHidden(), true);
    await page.close();
  });

  test('HTTP APIs: the mode choice says there is no TestInvokeMethod', async () => {
    const page = await open({ ...rest, apiType: 'HTTP', stages: ['$default'] });
    assert.match((await page.locator('#mode-note').textContent()) ?? '', /HTTP APIs have no TestInvokeMethod/);
    await page.close();
  });

  test('"Copy as curl" confirms what it copied, as text', async () => {
    const page = await open(rest);
    await post(page, { type: 'copied', text: `curl '${hostile}'` });
    assert.equal(
      await page.locator('#copied').textContent(),
      `Copied to the clipboard (${hostile.length + 7} characters): curl '${hostile}'`,
    );
    assert.equal(await page.evaluate(() => document.querySelectorAll('img, b').length), 0);
    await page.close();
  });

  test('response headers keep a readable width in a narrow panel', async () => {
    const page = await open(rest, { width: 360, height: 700 });
    const result: InvokeResult = {
      mode: 'http',
      method: 'GET',
      url: 'u',
      status: 200,
      statusText: 'OK',
      latencyMs: 1,
      headers: [
        ['x-amzn-remapped-content-length-and-a-very-long-name', 'a'.repeat(200)],
        ['content-type', 'application/json'],
      ],
      body: { kind: 'json', text: '{}', size: 2 },
    };
    await post(page, { type: 'result', result });
    await page.waitForFunction(
      () => (window as unknown as PageWindow).__posted.some((m) => m.type === 'rendered'),
      undefined,
      { timeout: 10_000 },
    );
    const widths = await page.evaluate(() =>
      [...document.querySelectorAll('#resp-headers td')].map((td: any) => td.getBoundingClientRect().width),
    );
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    // One character is about 8 px: a value column of 150 px or more holds whole words, not one letter per line.
    assert.ok(widths[1] >= 150, `value column ${widths[1]} px`);
    assert.ok(scrollWidth <= 360, `no horizontal scrolling (${scrollWidth} px)`);
    await page.close();
  });

  test('a result that names its X-Ray trace offers to open it; one that does not, does not', async () => {
    const page = await open(rest);
    const base: InvokeResult = {
      mode: 'http',
      method: 'GET',
      url: 'u',
      status: 200,
      statusText: 'OK',
      latencyMs: 1,
      headers: [],
      body: { kind: 'json', text: '{}', size: 2 },
    };
    await post(page, { type: 'result', result: base });
    await page.waitForFunction(
      () => (window as unknown as PageWindow).__posted.some((m) => m.type === 'rendered'),
      undefined,
      { timeout: 10_000 },
    );
    assert.equal(await page.evaluate(() => document.getElementById('trace-row')!.classList.contains('hidden')), true);
    const traced = { ...base, headers: [['X-Amzn-Trace-Id', 'Root=1-5F84C7A1-0123456789abcdef01234567;Sampled=1']] };
    await post(page, { type: 'result', result: traced });
    await page.waitForFunction(() => !document.getElementById('trace-row')!.classList.contains('hidden'), undefined, {
      timeout: 10_000,
    });
    await page.click('#trace-link');
    assert.deepEqual(await posted(page, 'openTrace'), {
      type: 'openTrace',
      traceId: '1-5f84c7a1-0123456789abcdef01234567',
    });
    assert.equal(checkPageMessage({ type: 'openTrace', traceId: 'not-a-trace' }).ok, false);
    await page.close();
  });
});
