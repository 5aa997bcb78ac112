import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { CreateApiKeyCommand, CreateUsagePlanCommand, CreateUsagePlanKeyCommand } from '@aws-sdk/client-api-gateway';
import type { AwsConnection } from '../../../client/src/aws/connection';
import type { Comparison } from '../../../client/src/compare/compareCore';
import { deployDefinition } from '../../../client/src/deploy/deployCore';
import type { ExplorerApi } from '../../../client/src/explorer/index';
import { describeNode, type ExplorerNode } from '../../../client/src/explorer/treeModel';
import { connectToTestEmulator, openFixture, screenshot, waitFor } from '../../editor/suite/helpers';

const label = (node: ExplorerNode) => describeNode(node).label;

suite('Compare with Deployed, and a stage in the tree', () => {
  const name = `drift-${Date.now().toString(36)}`;
  let seed: AwsConnection;
  let explorer: ExplorerApi;
  let apiId: string;

  suiteSetup(async () => {
    const connected = await connectToTestEmulator<{ explorer: ExplorerApi }>();
    explorer = connected.exports.explorer;
    seed = connected.seed;
    const body = JSON.stringify({
      openapi: '3.0.1',
      info: { title: name, description: 'Deployed by the drift editor test', version: '1' },
      paths: {
        '/health': {
          get: {
            responses: { '200': { description: 'ok' } },
            'x-amazon-apigateway-integration': {
              type: 'http_proxy',
              httpMethod: 'GET',
              uri: 'https://example.com/health',
            },
          },
        },
      },
    });
    apiId = (await deployDefinition(seed, { body, apiType: 'REST', stage: 'dev' })).apiId;
    const v1 = await seed.apiGateway();
    const plan = await v1.send(
      new CreateUsagePlanCommand({
        name: 'Gold',
        apiStages: [{ apiId, stage: 'dev' }],
        throttle: { rateLimit: 50, burstLimit: 100 },
        quota: { limit: 5000, period: 'WEEK' },
      }),
    );
    const key = await v1.send(new CreateApiKeyCommand({ name: 'mobile-app', enabled: true }));
    await v1.send(new CreateUsagePlanKeyCommand({ usagePlanId: plan.id!, keyId: key.id!, keyType: 'API_KEY' }));
  });

  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    seed?.dispose();
  });

  test('the open definition against the stage, in the diff editor, with the drift by operation', async () => {
    const editor = await openFixture('deploy-api.yaml');
    const stageNode = {
      kind: 'stage',
      id: 'x',
      apiId,
      apiType: 'REST',
      stage: 'dev',
      api: { id: apiId, name, type: 'REST' },
      details: { name: 'dev' },
    };
    const comparison = await vscode.commands.executeCommand<Comparison>('apigw.compareWithDeployed', stageNode);
    assert.ok(comparison, 'the command returns the comparison');
    // The fixture has GET /health like the stage; moto exports no integrations, which the comparison says.
    assert.deepEqual(
      comparison.drift.map((d) => [d.operation, d.change]),
      [['GET /health', 'changed']],
    );
    assert.ok(comparison.notes.some((n) => n.includes('no x-amazon-apigateway-integration')));
    const diffTab = await waitFor(
      () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.input instanceof vscode.TabInputTextDiff),
      10_000,
      'a diff editor',
    );
    assert.match(diffTab.label, /deploy-api\.yaml ↔ /);
    assert.ok(editor.document.uri.fsPath.endsWith('deploy-api.yaml'));
    await new Promise((r) => setTimeout(r, 800));
    await screenshot('compare-with-deployed');
  });

  test('a stage expands into its settings and usage plans, with API keys masked', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand('workbench.view.extension.apigw');
    explorer.refresh();
    const api = await waitFor(
      async () => (await explorer.children()).find((n) => label(n) === name),
      20_000,
      `${name} in the explorer`,
    );
    const stages = (await explorer.children(api)).find((n) => label(n) === 'Stages')!;
    const dev = (await explorer.children(stages)).find((n) => label(n) === 'dev')!;
    const facts = await explorer.children(dev);
    assert.deepEqual(facts.map(label), [
      'Stage variables',
      'Cache',
      'Canary',
      'X-Ray tracing',
      'WAF web ACL',
      'Usage plans',
    ]);
    const plans = facts.find((n) => label(n) === 'Usage plans')!;
    const gold = (await explorer.children(plans)).find((n) => label(n) === 'Gold')!;
    const [key] = await explorer.children(gold);
    assert.equal(label(key), 'mobile-app');
    assert.match(describeNode(key).description!, /••••/);
    for (const node of [api, stages, dev, plans, gold]) await explorer.reveal(node);
    await new Promise((r) => setTimeout(r, 800));
    await screenshot('explorer-stage-details');
  });
});
