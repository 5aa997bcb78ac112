import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { GetDeploymentsCommand } from '@aws-sdk/client-api-gateway';
import type { AwsConnection } from '../../../client/src/aws/connection';
import { deployDefinition } from '../../../client/src/deploy/deployCore';
import { connectToTestEmulator, openFixture, waitFor } from '../../editor/suite/helpers';

type Window = Record<string, unknown>;

/**
 * Replaces some of vscode.window's dialogs for one run: each call is recorded and answered by `answer`. What the user
 * is told, and what happens on each answer, is then checked directly (no timed clicking on the real dialogs).
 */
async function withDialogs<T>(
  answer: (kind: string, message: string, items: unknown[]) => unknown,
  run: () => Promise<T>,
): Promise<{ result: T; asked: { kind: string; message: string; items: unknown[] }[] }> {
  const win = vscode.window as unknown as Window;
  const kinds = ['showErrorMessage', 'showWarningMessage', 'showInformationMessage', 'showQuickPick'];
  const saved = Object.fromEntries(kinds.map((k) => [k, win[k]]));
  const asked: { kind: string; message: string; items: unknown[] }[] = [];
  for (const kind of kinds) {
    win[kind] = async (first: unknown, ...rest: unknown[]) => {
      const message = kind === 'showQuickPick' ? JSON.stringify(await first) : String(first);
      asked.push({ kind, message, items: rest });
      return answer(kind, message, kind === 'showQuickPick' ? ((await first) as unknown[]) : rest);
    };
  }
  try {
    return { result: await run(), asked };
  } finally {
    for (const kind of kinds) win[kind] = saved[kind];
  }
}

suite('Deploy Stage: what the user is told', () => {
  let seed: AwsConnection;
  let apiId: string;
  const name = `protected-${Date.now().toString(36)}`;

  suiteSetup(async () => {
    ({ seed } = await connectToTestEmulator());
    const body = JSON.stringify({
      openapi: '3.0.1',
      info: { title: name, description: 'x', version: '1' },
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
    apiId = (await deployDefinition(seed, { body, apiType: 'REST', stage: 'prod' })).apiId;
  });

  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    seed?.dispose();
  });

  const deployments = async () =>
    ((await (await seed.apiGateway()).send(new GetDeploymentsCommand({ restApiId: apiId }))).items ?? []).length;

  test('a definition with errors is refused with how many and where, and the way to the problems', async () => {
    await openFixture('rest-api.yaml');
    await waitFor(
      () =>
        vscode.languages
          .getDiagnostics(vscode.window.activeTextEditor!.document.uri)
          .some((d) => d.severity === vscode.DiagnosticSeverity.Error),
      15_000,
      "the fixture's errors",
    );
    const { asked } = await withDialogs(
      () => undefined,
      () => Promise.resolve(vscode.commands.executeCommand('apigw.deployStage')),
    );
    assert.equal(asked.length, 1, JSON.stringify(asked));
    assert.equal(asked[0].kind, 'showErrorMessage');
    assert.match(
      asked[0].message,
      /^Fix the (error|\d+ errors) in rest-api\.yaml before deploying: API Gateway would reject the definition\.$/,
    );
    assert.deepEqual(asked[0].items, ['Show Problems']);
  });

  test('a protected stage asks first: declined, nothing is deployed; confirmed, it is', async () => {
    await openFixture('deploy-api.yaml');
    const stageNode = {
      kind: 'stage',
      id: 'x',
      apiId,
      apiType: 'REST',
      stage: 'prod',
      api: { id: apiId, name, type: 'REST' },
      details: { name: 'prod' },
    };
    const before = await deployments();
    const firstItem = (kind: string, _m: string, items: unknown[]) => (kind === 'showQuickPick' ? items[0] : undefined);

    const declined = await withDialogs(firstItem, () =>
      Promise.resolve(vscode.commands.executeCommand('apigw.deployStage', stageNode)),
    );
    const question = declined.asked.find((a) => a.kind === 'showWarningMessage');
    assert.ok(question, JSON.stringify(declined.asked));
    assert.equal(question.message, `Deploy to the protected stage "prod" of ${name}?`);
    const options = question.items[0] as { modal?: boolean; detail?: string };
    assert.equal(options.modal, true);
    assert.match(options.detail ?? '', /apigw\.deploy\.protectedStages/);
    assert.match(options.detail ?? '', /Overwrite mode deletes everything the definition does not contain/);
    assert.equal(await deployments(), before, 'declining deployed nothing');

    await withDialogs(
      (kind, m, items) =>
        kind === 'showWarningMessage' && m.startsWith('Deploy to the protected stage')
          ? 'Deploy'
          : firstItem(kind, m, items),
      () => Promise.resolve(vscode.commands.executeCommand('apigw.deployStage', stageNode)),
    );
    assert.equal(await deployments(), before + 1, 'confirming deployed once');
  });
});
