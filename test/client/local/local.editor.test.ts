import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, fixtureUri, openFixture, screenshot, waitFor } from '../../editor/suite/helpers';

/** The parts of the extension's API this suite reads (activate() returns them). */
interface LocalApisHandle {
  list(): { label: string; logGroup: string; listening: { url: string; port: number; stage: string } }[];
  stopAll(): Promise<void>;
}

interface InvokePanelHandle {
  readonly lastRendered?: { summary: string; body: string; log?: string };
  fillForm(form: { pathParams?: Record<string, string> }): Promise<void>;
  sendFromPage(): Promise<void>;
  dispose(): void;
}

suite('Run API Locally', () => {
  let local: LocalApisHandle;

  suiteSetup(async () => {
    const extension = await activateExtension();
    local = (extension.exports as { local: LocalApisHandle }).local;
    await vscode.workspace
      .getConfiguration('apigw.invoke')
      .update('preferLocal', true, vscode.ConfigurationTarget.Workspace);
    // Another test run (or npm start) may hold the default port: any free port keeps this test independent.
    await vscode.workspace.getConfiguration('apigw.local').update('port', 0, vscode.ConfigurationTarget.Workspace);
  });

  suiteTeardown(async () => {
    await local?.stopAll();
    await vscode.workspace
      .getConfiguration('apigw.invoke')
      .update('preferLocal', undefined, vscode.ConfigurationTarget.Workspace);
    await vscode.workspace
      .getConfiguration('apigw.local')
      .update('port', undefined, vscode.ConfigurationTarget.Workspace);
  });

  test('runs the open definition from the palette and invokes a route from the panel', async () => {
    await openFixture('local-api.yaml');
    // The command resolves once the gateway listens (the palette passes no arguments: the active editor's API).
    await vscode.commands.executeCommand('apigw.runLocal');
    const running = await waitFor(() => local.list()[0], 30_000, 'the local API to run');
    assert.match(running.listening.url, /^http:\/\/127\.0\.0\.1:\d+$/);
    const answer = await fetch(`${running.listening.url}/${running.listening.stage}/hello/curl`);
    assert.equal(answer.status, 200);

    const panel = await vscode.commands.executeCommand<InvokePanelHandle>('apigw.testInvoke', {
      documentUri: fixtureUri('local-api.yaml').toString(),
      path: '/hello/{name}',
      method: 'GET',
      apiType: 'REST',
    });
    assert.ok(panel && typeof panel.sendFromPage === 'function', 'apigw.testInvoke resolves with the panel');
    try {
      await panel.fillForm({ pathParams: { name: 'editor' } });
      await panel.sendFromPage();
      const shown = await waitFor(() => panel.lastRendered, 20_000, 'the panel to show the response');
      assert.match(shown.summary, /^200 OK · \d+ ms · Local/);
      assert.deepEqual(JSON.parse(shown.body), { greeting: 'hello editor', stage: running.listening.stage });
      assert.match(shown.log ?? '', /^Execution log for request [0-9a-f-]{36}\n/);
      assert.match(shown.log ?? '', / : HTTP Method: GET, Resource Path: \/hello\/editor\n/);
      assert.match(shown.log ?? '', / : Method completed with status: 200$/);
      await screenshot('run-local');
    } finally {
      panel.dispose();
    }
  });

  test("the local API's execution log is a log group of the log tail", async () => {
    const running = await waitFor(() => local.list()[0], 30_000, 'the local API to run');
    const answer = await fetch(`${running.listening.url}/${running.listening.stage}/hello/tail`);
    const requestId = answer.headers.get('x-amzn-requestid');
    const uri = await vscode.commands.executeCommand<vscode.Uri>('apigw.tailLogs', {
      logGroups: [running.logGroup],
      startTime: '15m',
    });
    assert.ok(uri, 'apigw.tailLogs returns the URI of the log view');
    const doc = await waitFor(
      () => vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString()),
      10_000,
      'the log document',
    );
    await waitFor(
      () => doc.getText().includes(`(${requestId}) HTTP Method: GET, Resource Path: /hello/tail`),
      20_000,
      "the request's lines in the tail",
    );
    const later = await fetch(`${running.listening.url}/${running.listening.stage}/hello/later`);
    await waitFor(
      () => doc.getText().includes(`(${later.headers.get('x-amzn-requestid')}) Method completed with status: 200`),
      20_000,
      'a new request while tailing',
    );
    await screenshot('run-local-log-tail');
    await vscode.commands.executeCommand('apigw.stopTail', {
      tailId: Number(new URLSearchParams(uri.query).get('tail')),
    });
  });
});
