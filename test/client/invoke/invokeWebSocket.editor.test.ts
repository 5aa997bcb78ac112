import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { startWsTestServer, type WsTestServer } from './core/wsTestServer';
import { activateExtension, screenshot, waitFor } from '../../editor/suite/helpers';

/** The parts of the extension's InvokePanel this suite drives (the command resolves with the panel). */
interface WsPanelHandle {
  readonly panel: vscode.WebviewPanel;
  readonly wsFrames: { direction: string; text: string }[];
  fillForm(form: { body?: string; query?: [string, string][]; headers?: [string, string][] }): Promise<void>;
  connectFromPage(): Promise<void>;
  sendFromPage(): Promise<void>;
  dispose(): void;
}

suite('Test invoke: WebSocket routes and panel placement', () => {
  let server: WsTestServer;

  suiteSetup(async () => {
    // The signature check is the unit tests' job (test/client/invoke/core/websocket.test.ts): here, the panel's round
    // trip.
    server = await startWsTestServer({ requireSignature: false });
    await activateExtension();
  });

  suiteTeardown(() => server.close());

  test('connects to a WebSocket route, sends the prefilled message and shows the frames', async () => {
    const panel = await vscode.commands.executeCommand<WsPanelHandle | undefined>('apigw.testInvoke', {
      path: 'sendMessage',
      method: 'ANY',
      apiType: 'WEBSOCKET',
      stage: 'prod',
      baseUrl: server.baseUrl,
    });
    assert.ok(panel && typeof panel.connectFromPage === 'function', 'apigw.testInvoke resolves with the panel');
    try {
      assert.equal(panel.panel.title, 'WebSocket sendMessage');
      await panel.fillForm({ query: [['room', 'blue']], headers: [['X-Client', 'editor']] });
      await panel.connectFromPage();
      await waitFor(
        () => panel.wsFrames.some((f) => f.direction === 'info' && f.text.startsWith('Connected')),
        20_000,
        'the connection to open',
      );
      assert.deepEqual(server.connects.at(-1)?.query, { room: 'blue' });
      assert.equal(server.connects.at(-1)?.headers['x-client'], 'editor');
      await waitFor(
        () => panel.wsFrames.some((f) => f.direction === 'in' && f.text === '{"message":"welcome"}'),
        20_000,
        'the pushed welcome',
      );
      await panel.sendFromPage();
      await waitFor(
        () => panel.wsFrames.some((f) => f.direction === 'in' && f.text === 'echo: {"action":"sendMessage"}'),
        20_000,
        'the echo of the prefilled message',
      );
      assert.ok(panel.wsFrames.some((f) => f.direction === 'out' && f.text === '{"action":"sendMessage"}'));
      await new Promise((r) => setTimeout(r, 500));
      await screenshot('invoke-websocket');
    } finally {
      panel.dispose();
    }
  });

  test('three invokes of three routes open three tabs in one column, not three columns', async () => {
    const groupsBefore = vscode.window.tabGroups.all.length;
    const panels: WsPanelHandle[] = [];
    try {
      for (const path of ['/a', '/b', '/c']) {
        const p = await vscode.commands.executeCommand<WsPanelHandle>('apigw.testInvoke', {
          path,
          method: 'GET',
          apiType: 'HTTP',
          stage: 'test',
          baseUrl: server.baseUrl,
        });
        panels.push(p);
        // The panel takes the focus, as when a user has just looked at a result: "Beside" the active group would
        // then open the next panel in a new column.
        p.panel.reveal(p.panel.viewColumn, false);
        await waitFor(
          () => p.panel.active && vscode.window.tabGroups.activeTabGroup.viewColumn === p.panel.viewColumn,
          10_000,
          'the panel to have the focus',
        );
      }
      const columns = new Set(panels.map((p) => p.panel.viewColumn));
      assert.equal(columns.size, 1, `all in one column (got ${[...columns].join(', ')})`);
      assert.ok(
        vscode.window.tabGroups.all.length <= Math.max(groupsBefore, 1) + 1,
        `at most one new editor group (${vscode.window.tabGroups.all.length})`,
      );
      const again = await vscode.commands.executeCommand<WsPanelHandle>('apigw.testInvoke', {
        path: '/b',
        method: 'GET',
        apiType: 'HTTP',
        stage: 'test',
        baseUrl: server.baseUrl,
      });
      assert.equal(again, panels[1], 'the same route reuses its panel');
    } finally {
      for (const p of panels) p.dispose();
    }
  });
});
