import * as assert from 'node:assert/strict';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as vscode from 'vscode';
import { activateExtension, screenshot, waitFor } from '../../editor/suite/helpers';

/** The parts of the extension's InvokePanel this suite drives (the command resolves with the panel). */
interface InvokePanelHandle {
  readonly panel: vscode.WebviewPanel;
  readonly lastRendered?: { summary: string; body: string };
  fillForm(form: {
    pathParams?: Record<string, string>;
    query?: [string, string][];
    headers?: [string, string][];
  }): Promise<void>;
  sendFromPage(): Promise<void>;
  dispose(): void;
}

suite('Test invoke panel', () => {
  let server: http.Server;
  let baseUrl: string;
  const received: { method?: string; url?: string; trace?: string | string[] }[] = [];

  suiteSetup(async () => {
    server = http.createServer((req, res) => {
      received.push({ method: req.method, url: req.url, trace: req.headers['x-trace'] });
      res.writeHead(200, { 'content-type': 'application/json', 'x-served-by': 'editor-test' });
      res.end(JSON.stringify({ id: 42, name: 'Rex', note: '<script>alert(1)</script>' }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    await activateExtension();
  });

  suiteTeardown(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  test('sends a request from the panel and shows the response', async () => {
    const panel = await vscode.commands.executeCommand<InvokePanelHandle | undefined>('apigw.testInvoke', {
      path: '/pets/{id}',
      method: 'GET',
      apiType: 'HTTP',
      stage: 'test',
      baseUrl,
    });
    assert.ok(panel && typeof panel.sendFromPage === 'function', 'apigw.testInvoke resolves with the panel');
    try {
      assert.equal(panel.panel.viewType, 'apigw.testInvoke');
      await panel.fillForm({ pathParams: { id: '42' }, query: [['verbose', 'yes']], headers: [['X-Trace', 'editor']] });
      await panel.sendFromPage();
      const shown = await waitFor(() => panel.lastRendered, 20_000, 'the panel to show the response');
      assert.match(shown.summary, /^200 OK · \d+ ms · HTTPS/);
      assert.deepEqual(JSON.parse(shown.body), { id: 42, name: 'Rex', note: '<script>alert(1)</script>' });
      assert.deepEqual(received.at(-1), { method: 'GET', url: '/test/pets/42?verbose=yes', trace: 'editor' });
      await screenshot('invoke-panel');
    } finally {
      panel.dispose();
    }
  });

  test('opening the same operation again reuses its panel', async () => {
    const args = { path: '/owners', method: 'POST', apiType: 'HTTP', stage: 'test', baseUrl };
    const first = await vscode.commands.executeCommand<InvokePanelHandle>('apigw.testInvoke', args);
    const second = await vscode.commands.executeCommand<InvokePanelHandle>('apigw.testInvoke', args);
    try {
      assert.equal(first, second);
    } finally {
      first.dispose();
    }
  });
});
