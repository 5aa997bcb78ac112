import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { CreateLogGroupCommand, CreateLogStreamCommand, PutLogEventsCommand } from '@aws-sdk/client-cloudwatch-logs';
import type { AwsConnection } from '../../../client/src/aws/connection';
import { connectToTestEmulator, screenshot, waitFor } from '../../editor/suite/helpers';

suite('Log tail', () => {
  const group = `/editor-test/orders-${Date.now().toString(36)}`;
  const requestId = '0f6f1c2e-1b2a-4c3d-9e8f-0123456789ab';
  let seed: AwsConnection;

  const put = async (message: string) => {
    const logs = await seed.logs();
    await logs.send(
      new PutLogEventsCommand({
        logGroupName: group,
        logStreamName: 'edge',
        logEvents: [{ timestamp: Date.now(), message }],
      }),
    );
  };

  suiteSetup(async () => {
    ({ seed } = await connectToTestEmulator());
    const logs = await seed.logs();
    await logs.send(new CreateLogGroupCommand({ logGroupName: group }));
    await logs.send(new CreateLogStreamCommand({ logGroupName: group, logStreamName: 'edge' }));
    const t = Date.now() - 60_000;
    await logs.send(
      new PutLogEventsCommand({
        logGroupName: group,
        logStreamName: 'edge',
        logEvents: [
          { timestamp: t, message: `(${requestId}) Method completed with status: 502` },
          {
            timestamp: t + 1,
            message: JSON.stringify({
              requestId,
              httpMethod: 'GET',
              resourcePath: '/orders',
              status: '502',
              responseLength: '36',
            }),
          },
          { timestamp: t + 2, message: '(11111111-2222-4333-8444-555555555555) Method completed with status: 200' },
        ],
      }),
    );
  });

  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    seed?.dispose();
  });

  test('tails a log group into a read-only document that follows new events, then stops', async () => {
    const uri = await vscode.commands.executeCommand<vscode.Uri>('apigw.tailLogs', {
      logGroups: [group],
      startTime: '15m',
    });
    assert.ok(uri, 'apigw.tailLogs returns the URI of the log view');
    const doc = await waitFor(
      () => vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString()),
      10_000,
      'the log document',
    );
    await waitFor(
      () => doc.getText().includes('Method completed with status: 200'),
      20_000,
      'the existing events in the view',
    );
    assert.equal(doc.languageId, 'apigw-log');
    assert.match(doc.getText(), /"resourcePath": "\/orders",/, 'JSON messages are pretty-printed');

    await put('a new event while tailing');
    await waitFor(() => doc.getText().includes('a new event while tailing'), 20_000, 'the new event in the view');
    assert.equal(doc.getText().split('a new event while tailing').length, 2, 'the new event is shown once');

    const links = await vscode.commands.executeCommand<vscode.DocumentLink[]>('vscode.executeLinkProvider', uri);
    assert.ok(
      links.some((l) => doc.getText(l.range) === requestId),
      'request ids are links',
    );

    await screenshot('log-tail');

    await vscode.commands.executeCommand('apigw.showRequestLines', {
      requestId,
      tailId: Number(new URLSearchParams(uri.query).get('tail')),
    });
    const requestDoc = await waitFor(
      () => vscode.workspace.textDocuments.find((d) => d.uri.query.includes(`request=${requestId}`)),
      10_000,
      'the request view',
    );
    await waitFor(() => requestDoc.getText().includes('"httpMethod": "GET"'), 10_000, 'the lines of the request');
    assert.ok(!requestDoc.getText().includes('status: 200'), 'lines of other requests are left out');

    await vscode.commands.executeCommand('apigw.stopTail', {
      tailId: Number(new URLSearchParams(uri.query).get('tail')),
    });
    await waitFor(() => doc.getText().includes('— tail stopped —'), 10_000, 'the tail to stop');
  });
});
