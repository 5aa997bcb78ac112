/**
 * `npm start` end to end: the headless start builds, seeds a local emulator, serves VS Code with the extension on
 * the examples, and stops everything on Ctrl-C. The seeded APIs are read through the extension's own explorer code;
 * the workbench is opened in Chromium as a newcomer would, and its picture saved for the README.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { FilterLogEventsCommand } from '@aws-sdk/client-cloudwatch-logs';
import { createConnection, type AwsConnection } from '../../client/src/aws/connection';
import { describeNode, loadChildren, type ExplorerNode } from '../../client/src/explorer/treeModel';
import { findStageLogGroups } from '../../client/src/logs/logGroups';
import {
  acceptsConnections,
  descendants,
  isAlive,
  startHeadless,
  waitUntil,
  type StartedSession,
} from './startProcess';
import { openFile, openWorkbench } from './workbench';

const root = path.resolve(__dirname, '..', '..');
const screenshotFile = path.join(root, 'test-artifacts', 'screenshots', 'start-overview.png');
// The first run on a machine may install code-server (about two minutes); later runs are ready in seconds.
const readyTimeoutMs = 6 * 60_000;

describe('npm start --headless', { timeout: readyTimeoutMs + 3 * 60_000 }, () => {
  let session: StartedSession;
  let conn: AwsConnection;
  let stopped = false;

  before(async () => {
    session = await startHeadless(readyTimeoutMs);
    conn = createConnection({
      endpoint: session.ready.emulator.endpoint,
      region: session.ready.emulator.region,
      credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
    });
  });

  after(async () => {
    conn?.dispose();
    // A failed test must not leave the session running.
    if (session && !stopped) {
      session.child.kill('SIGINT');
      await Promise.race([session.exited, new Promise((r) => setTimeout(r, 20_000).unref())]);
      for (const pid of [session.child.pid!, ...descendants(session.child.pid!)]) {
        try {
          process.kill(pid, 'SIGKILL');
        } catch {
          /* gone */
        }
      }
    }
  });

  const label = (n: ExplorerNode) => describeNode(n).label;
  const child = async (parent: ExplorerNode, name: string) => {
    const nodes = await loadChildren(conn, parent);
    const node = nodes.find((n) => label(n) === name);
    assert.ok(node, `"${name}" under "${label(parent)}" in: ${nodes.map(label).join(', ')}`);
    return node;
  };

  test('the ready line names the web editor, the examples and the emulator', () => {
    const { ready } = session;
    assert.equal(ready.editor, 'web');
    assert.match(ready.url, /^http:\/\/127\.0\.0\.1:\d+\/\?folder=/);
    assert.equal(ready.workspace, path.join(root, 'examples'));
    assert.match(ready.emulator.endpoint, /^http:\/\/127\.0\.0\.1:\d+$/);
    assert.ok(ready.startMs > 0);
  });

  test('the emulator answers and the explorer code lists the seeded REST and HTTP APIs with their stages', async () => {
    const { emulator } = session.ready;
    assert.ok((await fetch(`${emulator.endpoint}/moto-api/`)).status < 500);
    const roots = (await loadChildren(conn)).filter((n) => n.kind === 'api');
    assert.deepEqual(
      roots.map((n) => [label(n), describeNode(n).description]),
      [
        ['Pet Store (REST example)', `REST · ${emulator.restApiId}`],
        ['Orders (HTTP example)', `HTTP · ${emulator.httpApiId}`],
      ],
    );
    const rest = roots[0];
    const restStages = await child(rest, 'Stages');
    const dev = await child(restStages, 'dev');
    assert.match(describeNode(dev).description ?? '', /throttle 100 rps \/ 200 burst · logs INFO/);
    await child(restStages, 'prod');
    const pets = await child(await child(rest, 'Resources & methods'), '/pets');
    assert.deepEqual((await loadChildren(conn, pets)).map(label), ['GET', 'POST']);
    await child(await child(rest, 'Authorizers'), 'TokenAuthorizer');

    const http = roots[1];
    const prod = await child(await child(http, 'Stages'), 'prod');
    assert.match(describeNode(prod).description ?? '', /throttle 50 rps \/ 100 burst/);
    assert.deepEqual((await loadChildren(conn, await child(http, 'Routes'))).map(label), [
      'GET /orders',
      'POST /orders',
      'GET /orders/{orderId}',
      'GET /status',
    ]);
  });

  test("the log tail finds the stages' log groups, and they hold recent lines", async () => {
    const { emulator } = session.ready;
    const clients = { apiGateway: await conn.apiGateway(), apiGatewayV2: await conn.apiGatewayV2() };
    const restGroups = await findStageLogGroups(clients, { apiId: emulator.restApiId, apiType: 'REST', stage: 'dev' });
    const found = restGroups.groups.map((g) => `${g.kind} ${g.name}`);
    // The authorizer's function (check-token) is found too, though the samples write nothing for it.
    for (const expected of [
      `execution ${emulator.logGroups.execution}`,
      `access ${emulator.logGroups.restAccess}`,
      `lambda ${emulator.logGroups.lambda}`,
    ]) {
      assert.ok(found.includes(expected), `${expected} in: ${found.join(', ')}`);
    }
    const httpGroups = await findStageLogGroups(clients, { apiId: emulator.httpApiId, apiType: 'HTTP', stage: 'prod' });
    assert.ok(httpGroups.groups.some((g) => g.kind === 'access' && g.name === emulator.logGroups.httpAccess));
    const logs = await conn.logs();
    // Inside the tail's default look-back of five minutes.
    const since = Date.now() - 5 * 60_000;
    for (const group of Object.values(emulator.logGroups)) {
      const page = await logs.send(new FilterLogEventsCommand({ logGroupName: group, startTime: since }));
      assert.ok((page.events ?? []).length > 0, `events in ${group}`);
    }
  });

  test('VS Code answers on the printed URL and shows the extension on the examples (screenshot start-overview.png)', async () => {
    const { url } = session.ready;
    const origin = new URL(url).origin;
    assert.equal((await fetch(`${origin}/healthz`)).status, 200);
    assert.equal((await fetch(url)).status, 200);

    const { browser, page } = await openWorkbench(url);
    try {
      // The extension's own view container, then its tree of the emulator's APIs.
      await page.locator('.activitybar a.action-label[aria-label="API Gateway"]').click({ timeout: 60_000 });
      const tree = page.locator('.pane-body .monaco-list-row');
      await tree.filter({ hasText: 'Pet Store (REST example)' }).waitFor({ timeout: 60_000 });
      await tree.filter({ hasText: 'Orders (HTTP example)' }).waitFor({ timeout: 10_000 });

      await openFile(page, 'rest-api.yaml');
      await page.keyboard.press('Control+Shift+M');
      const problem = page.locator('.markers-panel .monaco-list-row', { hasText: 'request-validator-ref' }).first();
      await problem.waitFor({ timeout: 60_000 });
      // Opening the problem scrolls the editor to it: the underline is on screen for the picture.
      await problem.dblclick();
      // An undeclared validator is a warning: the import goes through and validates nothing (issue 13).
      await page.locator('.monaco-editor .squiggly-warning').first().waitFor({ state: 'attached', timeout: 20_000 });
      // The deliberate mistakes of rest-api.yaml (2 errors, 3 warnings; see examples.test.ts), and nothing more.
      const problems = page.locator('.statusbar-item[id="status.problems"]');
      await waitUntil(
        async () => /Errors: 2, Warnings: 3/.test((await problems.getAttribute('aria-label')) ?? ''),
        30_000,
        'the Problems count of rest-api.yaml',
      );

      fs.mkdirSync(path.dirname(screenshotFile), { recursive: true });
      await page.screenshot({ path: screenshotFile });
      assert.ok(fs.statSync(screenshotFile).size > 10_000);
    } catch (e) {
      // What the page showed when it failed, next to the screenshots, to see why.
      fs.mkdirSync(path.dirname(screenshotFile), { recursive: true });
      await page.screenshot({ path: screenshotFile.replace('.png', '-failure.png') }).catch(() => undefined);
      throw e;
    } finally {
      await browser.close();
    }
  });

  test('Ctrl-C stops everything: exit code 0, ports closed, no process left', async () => {
    const { ready, child: start } = session;
    const ports = [Number(new URL(ready.url).port), Number(new URL(ready.emulator.endpoint).port)];
    const started = descendants(start.pid!);
    assert.ok(started.length >= 2, `moto and code-server run below start.mjs (found ${started.length})`);
    start.kill('SIGINT');
    const code = await Promise.race([
      session.exited,
      new Promise((r) => setTimeout(() => r('still running after 20 s'), 20_000).unref()),
    ]);
    stopped = code !== 'still running after 20 s';
    assert.equal(code, 0, session.output().slice(-2000));
    for (const port of ports)
      await waitUntil(async () => !(await acceptsConnections(port)), 5_000, `port ${port} to close`);
    const left = started.filter(isAlive);
    assert.deepEqual(left, [], `processes still running: ${left.join(', ')}`);
  });
});
