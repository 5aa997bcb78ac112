import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { DashboardModel } from '../../../client/src/metrics/dashboardData';
import { checkDashboardMessage, checkTraceMessage } from '../../../client/src/monitor/pageMessages';
import { dashboardHtml, traceHtml } from '../../../client/src/monitor/pages';
import { buildTraceModel } from '../../../client/src/traces/traceModel';
import { startWebviewPages, type WebviewPages } from '../../support/chromium';

/**
 * The stage dashboard's and the trace view's pages (media/dashboard, media/trace, uPlot from media/vendor) in
 * headless Chromium under the webview's CSP: they draw what they are sent, break no CSP rule, run nothing that
 * comes from AWS, and send only messages the extension accepts. Screenshots go to test-artifacts/screenshots.
 */
declare const window: any;
declare const document: any;

const root = path.resolve(__dirname, '..', '..', '..');
const media = path.join(root, 'media');
const shots = path.join(root, 'test-artifacts', 'screenshots');
const hostile = `<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>`;

let pages: WebviewPages;
let origin: string;
let browser: Browser;

before(
  async () => {
    assert.ok(
      fs.existsSync(path.join(media, 'vendor', 'uplot', 'uPlot.iife.min.js')),
      'media/vendor/uplot is missing: run node scripts/build.mjs first',
    );
    pages = await startWebviewPages((pathname, origin) => {
      const page = pathname === '/dashboard' ? dashboardHtml : pathname === '/trace' ? traceHtml : undefined;
      return page?.({
        cspSource: origin,
        scripts:
          pathname === '/dashboard'
            ? [`${origin}/media/vendor/uplot/uPlot.iife.min.js`, `${origin}/media/dashboard/main.js`]
            : [`${origin}/media/trace/main.js`],
        styles: [`${origin}/media/vendor/uplot/uPlot.min.css`, `${origin}/media/dashboard/main.css`],
      });
    });
    ({ origin, browser } = pages);
    fs.mkdirSync(shots, { recursive: true });
  },
  { timeout: 60_000 },
);

after(async () => {
  await pages?.close();
});

async function open(pathname: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // VS Code's webview API and a dark theme's variables, set the way VS Code sets them (not as inline markup).
  await page.addInitScript(`
    window.__posted = [];
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));
    window.acquireVsCodeApi = () => ({ postMessage: (m) => window.__posted.push(m), getState: () => undefined, setState: () => undefined });
    const theme = { '--vscode-foreground': '#cccccc', '--vscode-editor-background': '#1e1e1e', '--vscode-descriptionForeground': '#9d9d9d',
      '--vscode-charts-blue': '#3794ff', '--vscode-charts-orange': '#d18616', '--vscode-charts-purple': '#b180d7', '--vscode-charts-red': '#f14c4c',
      '--vscode-button-background': '#0e639c', '--vscode-button-foreground': '#ffffff', '--vscode-font-family': 'sans-serif', '--vscode-font-size': '13px' };
    document.addEventListener('DOMContentLoaded', () => { for (const [k, v] of Object.entries(theme)) document.body.style.setProperty(k, v); });
  `);
  await page.goto(`${origin}${pathname}`);
  await page.waitForFunction(() => window.__posted.some((m: { type: string }) => m.type === 'ready'), undefined, {
    timeout: 10_000,
  });
  return { page, errors };
}

const t0 = Date.UTC(2026, 10, 28, 9, 0);
const wave = (n: number, f: (i: number) => number): [number, number][] =>
  Array.from({ length: n }, (_, i) => [t0 + i * 60_000, f(i)]);

function model(overrides: Partial<DashboardModel> = {}): DashboardModel {
  return {
    title: `pets ${hostile} · dev`,
    apiType: 'REST',
    range: '3h',
    rangeLabel: 'Last 3 hours',
    periodSeconds: 60,
    from: t0,
    to: t0 + 180 * 60_000,
    charts: [
      {
        id: 'Count',
        label: 'Requests',
        unit: 'count',
        series: [{ label: 'Count', points: wave(180, (i) => 20 + Math.round(10 * Math.sin(i / 15))) }],
      },
      {
        id: '5XXError',
        label: '5XX errors',
        unit: 'count',
        series: [{ label: 'Sum', points: wave(180, (i) => (i % 30 === 0 ? 3 : 0)) }],
      },
      {
        id: 'Latency',
        label: 'Latency',
        unit: 'ms',
        series: [
          { label: 'Average', points: wave(180, (i) => 40 + (i % 7)) },
          { label: 'p99', points: wave(180, (i) => 200 + (i % 13) * 5) },
        ],
      },
      { id: 'CacheHitCount', label: 'Cache hits', unit: 'count', series: [{ label: 'Sum', points: [] }] },
    ],
    hasTraffic: true,
    busiest: [{ route: `GET /pets/${hostile}`, requests: 1200, errorRate: 0.012, p50: 30, p90: 80, p99: 210 }],
    slowest: [{ route: 'POST /pets', requests: 90, errorRate: 0, averageLatency: 150 }],
    routesState: 'ok',
    detailedMetricsHint: 'Turn on detailed metrics.',
    notes: [`A note with ${hostile}`],
    routes: [`GET /pets/${hostile}`, 'POST /pets'],
    ...overrides,
  };
}

describe('stage dashboard page in Chromium', () => {
  test('draws a chart per metric with data, the route tables, and the notes, as text and within the CSP', async () => {
    const { page, errors } = await open('/dashboard');
    await page.evaluate((m: DashboardModel) => window.postMessage({ type: 'model', model: m }, '*'), model());
    await page.waitForSelector('.uplot canvas');
    await page.waitForLoadState('networkidle');
    const seen = await page.evaluate(() => ({
      figures: document.querySelectorAll('figure.chart').length,
      canvases: document.querySelectorAll('figure.chart .uplot canvas').length,
      noData: [...document.querySelectorAll('figure.chart')]
        .filter((f: any) => f.querySelector('.nodata'))
        .map((f: any) => f.getAttribute('data-metric')),
      title: document.getElementById('title').textContent,
      firstRoute: document.querySelector('#busiest td.route').textContent,
      p99: [...document.querySelectorAll('#busiest td')].map((td: any) => td.textContent).slice(-1)[0],
      slowestP50: [...document.querySelectorAll('#slowest td')].map((td: any) => td.textContent)[3],
      note: document.querySelector('#notes li').textContent,
      injected: document.querySelectorAll('img, body script:not([src])').length,
      pwned: window.__pwned ?? 0,
      csp: window.__csp,
      routeOptions: [...document.querySelectorAll('#route option')].map((o: any) => o.textContent),
      legend: [...document.querySelectorAll('figure[data-metric="Latency"] .u-legend th')]
        .map((th: any) => th.textContent.trim())
        .filter(Boolean),
    }));
    await page.screenshot({ path: path.join(shots, 'stage-dashboard-page.png'), fullPage: true });
    assert.deepEqual(errors, []);
    assert.deepEqual(seen.csp, [], 'no CSP violation');
    assert.equal(seen.pwned, 0);
    assert.equal(seen.injected, 0);
    assert.equal(seen.figures, 4);
    assert.equal(seen.canvases, 3, 'one canvas per chart with data');
    assert.deepEqual(seen.noData, ['CacheHitCount']);
    assert.equal(seen.title, `pets ${hostile} · dev`);
    assert.equal(seen.firstRoute, `GET /pets/${hostile}`);
    assert.equal(seen.p99, '210 ms');
    assert.equal(seen.slowestP50, '150 ms', 'the average stands in where no percentile is known');
    assert.equal(seen.note, `A note with ${hostile}`);
    assert.deepEqual(seen.routeOptions, ['Whole stage', `GET /pets/${hostile}`, 'POST /pets']);
    assert.ok(
      seen.legend.some((l: string) => l.includes('p99')),
      `legend: ${seen.legend.join(', ')}`,
    );
    await page.close();
  });

  test('no traffic: the empty state instead of charts; detailed metrics off: the hint instead of tables', async () => {
    const { page } = await open('/dashboard');
    await page.evaluate(
      (m: DashboardModel) => window.postMessage({ type: 'model', model: m }, '*'),
      model({ hasTraffic: false, charts: [], busiest: [], slowest: [], routesState: 'no-traffic', notes: [] }),
    );
    await page.waitForFunction(() => !document.getElementById('empty').hidden);
    assert.equal(await page.evaluate(() => document.getElementById('charts').hidden), true);
    await page.evaluate(
      (m: DashboardModel) => window.postMessage({ type: 'model', model: m }, '*'),
      model({ routesState: 'detailed-metrics-off', busiest: [], slowest: [] }),
    );
    await page.waitForFunction(() => document.getElementById('empty').hidden);
    const note = await page.evaluate(() => document.getElementById('routes-note').textContent);
    assert.match(note, /detailed metrics are off\. Turn on detailed metrics\./);
    assert.equal(await page.evaluate(() => document.querySelector('#routes .tables').hidden), true);
    await page.close();
  });

  test('its controls send messages the extension accepts', async () => {
    const { page } = await open('/dashboard');
    await page.evaluate((m: DashboardModel) => window.postMessage({ type: 'model', model: m }, '*'), model());
    await page.selectOption('#route', 'POST /pets');
    await page.selectOption('#range', '24h');
    await page.click('#refresh');
    await page.check('#auto');
    await page.click('#traces');
    const posted = await page.evaluate(() => window.__posted);
    const checked = posted.map(checkDashboardMessage);
    assert.ok(checked.every(Boolean), JSON.stringify(posted));
    assert.deepEqual(
      checked.map((m: { type: string } | undefined) => m!.type),
      ['ready', 'route', 'range', 'refresh', 'autoRefresh', 'recentTraces'],
    );
    assert.deepEqual(checked[1], { type: 'route', route: 'POST /pets' });
    assert.deepEqual(checked[2], { type: 'range', range: '24h' });
    assert.equal(checkDashboardMessage({ type: 'range', range: '99y' }), undefined);
    await page.close();
  });
});

describe('trace view page in Chromium', () => {
  test('draws the waterfall with nesting and proportional bars, shows details on click, and asks for log lines', async () => {
    const s = 1_795_000_000;
    const trace = buildTraceModel('1-6b0a0000-0123456789abcdef01234567', [
      {
        Document: JSON.stringify({
          id: 'gw',
          name: `pets/dev ${hostile}`,
          start_time: s,
          end_time: s + 1,
          origin: 'AWS::ApiGateway::Stage',
          http: { response: { status: 502 } },
          fault: true,
          aws: { api_gateway: { rest_api_id: 'a1', stage: 'dev', request_id: '11111111-2222-3333-4444-555555555555' } },
          subsegments: [{ id: 'in', name: 'Lambda', start_time: s + 0.1, end_time: s + 0.6 }],
        }),
      },
      {
        Document: JSON.stringify({
          id: 'fn',
          parent_id: 'in',
          name: 'pets-fn',
          start_time: s + 0.2,
          end_time: s + 0.5,
          origin: 'AWS::Lambda::Function',
          annotations: { note: hostile },
        }),
      },
    ]);
    const { page, errors } = await open('/trace');
    await page.evaluate((t: unknown) => window.postMessage({ type: 'trace', trace: t }, '*'), trace);
    await page.waitForSelector('.row');
    const bars = await page.evaluate(() =>
      [...document.querySelectorAll('.row')].map((r: any) => ({
        name: r.querySelector('.name span').textContent,
        indent: r.querySelector('.name').style.paddingLeft,
        left: r.querySelector('.bar').style.left,
        width: r.querySelector('.bar').style.width,
      })),
    );
    assert.deepEqual(
      bars.map((b: { name: string }) => b.name),
      [`pets/dev ${hostile}`, 'Lambda', 'pets-fn'],
    );
    assert.deepEqual(
      bars.map((b: { indent: string }) => b.indent),
      ['0px', '14px', '28px'],
    );
    assert.equal(bars[2].left, '20%');
    assert.equal(bars[2].width, '30%');
    await page.click('.row:nth-child(3)');
    const detail = await page.evaluate(() => document.getElementById('detail-list').textContent);
    assert.ok(detail.includes(hostile), 'annotations shown as text');
    await page.click('#links button');
    await page.screenshot({ path: path.join(shots, 'trace-page.png'), fullPage: true });
    const posted = await page.evaluate(() => window.__posted);
    assert.deepEqual(posted.map(checkTraceMessage), [
      { type: 'ready' },
      { type: 'showLogLines', requestId: '11111111-2222-3333-4444-555555555555' },
    ]);
    assert.equal(await page.evaluate(() => window.__pwned ?? 0), 0);
    assert.deepEqual(await page.evaluate(() => window.__csp), []);
    assert.deepEqual(errors, []);
    await page.close();
  });
});
