import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  APIGatewayClient,
  GetDeploymentsCommand,
  GetRestApisCommand,
  GetStagesCommand,
} from '@aws-sdk/client-api-gateway';
import { createConnection } from '../../../client/src/aws/connection';
import type { AwsSession } from '../../../client/src/aws/session';
import { activateExtension, openFixture, screenshot, waitFor } from '../../editor/suite/helpers';

interface ExportedServices {
  aws: AwsSession;
}

const TITLE = 'Deploy dialogs (editor test fixture)';

/**
 * Runs "Deploy Stage…" and answers each of its dialogs (quick picks and input boxes) with what it proposes, the
 * way a user pressing Enter would, until the command has finished.
 */
async function deployAcceptingDefaults(beforeFirstAnswer?: () => Promise<void>): Promise<void> {
  let finished = false;
  let failure: unknown;
  const run = Promise.resolve(vscode.commands.executeCommand('apigw.deployStage')).then(
    () => (finished = true),
    (e) => ((failure = e), (finished = true)),
  );
  await beforeFirstAnswer?.();
  const deadline = Date.now() + 60_000;
  while (!finished) {
    if (Date.now() > deadline) throw new Error('Deploy Stage… did not finish within 60 s');
    // With no dialog open this does nothing; with one open it accepts the proposed item or value.
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    await new Promise((r) => setTimeout(r, 250));
  }
  await run;
  if (failure) throw failure instanceof Error ? failure : new Error(JSON.stringify(failure));
}

suite('Deploy Stage', () => {
  let endpoint: string;
  let region: string;

  suiteSetup(async () => {
    endpoint = process.env.APIGW_TEST_MOTO_ENDPOINT!;
    assert.ok(endpoint, 'the editor test runner passes the moto endpoint in APIGW_TEST_MOTO_ENDPOINT');
    const services = (await activateExtension()).exports as ExportedServices;
    await waitFor(
      () => services.aws.connection.endpoint === endpoint,
      10_000,
      `the extension to use the moto endpoint ${endpoint}`,
    );
    region = services.aws.connection.region;
  });

  /** Reads moto with a connection of the test's own, not the extension's. */
  async function withApiGateway<T>(read: (client: APIGatewayClient) => Promise<T>): Promise<T> {
    const conn = createConnection({ endpoint, region, credentials: { accessKeyId: 'test', secretAccessKey: 'test' } });
    try {
      return await read(await conn.apiGateway());
    } finally {
      conn.dispose();
    }
  }

  const restApis = (client: APIGatewayClient) =>
    client.send(new GetRestApisCommand({ limit: 500 })).then((r) => r.items ?? []);
  const apiNames = () => withApiGateway(async (client) => (await restApis(client)).map((a) => a.name ?? '?'));

  const deployedApi = () =>
    withApiGateway(async (client): Promise<{ id: string; stages: string[]; deployments: number } | undefined> => {
      const api = (await restApis(client)).find((a) => a.name === TITLE);
      if (!api?.id) return undefined;
      const stages =
        (await client.send(new GetStagesCommand({ restApiId: api.id }))).item?.map((s) => s.stageName!) ?? [];
      const deployments = (await client.send(new GetDeploymentsCommand({ restApiId: api.id }))).items?.length ?? 0;
      return { id: api.id, stages, deployments };
    });

  test('refuses to deploy a definition that still has errors, before asking anything', async () => {
    await vscode.commands.executeCommand('notifications.clearAll');
    const editor = await openFixture('rest-api.yaml');
    await waitFor(
      () =>
        vscode.languages
          .getDiagnostics(editor.document.uri)
          .some((d) => d.source === 'apigw' && d.severity === vscode.DiagnosticSeverity.Error),
      15_000,
      "the fixture's deliberate error",
    );
    const before = await apiNames();
    let finished = false;
    const run = Promise.resolve(vscode.commands.executeCommand('apigw.deployStage')).finally(() => (finished = true));
    await screenshot('deploy-refused', { waitForSelector: '.notifications-toasts .notification-toast' });
    // The refusal is a notification: once it is closed the command is over. Had a dialog opened instead, closing
    // notifications would not end it.
    await waitFor(
      async () => {
        await vscode.commands.executeCommand('notifications.clearAll');
        return finished;
      },
      10_000,
      'the command to end when its notification is closed',
    );
    await run;
    assert.deepEqual(await apiNames(), before, 'something was sent to API Gateway');
  });

  test('creates a REST API from the open definition through the dialogs, then deploys again to the remembered stage', async () => {
    assert.equal(await deployedApi(), undefined, 'the fixture API exists before the test');
    await openFixture('deploy-api.yaml');

    // First deploy: "Create a new API from this definition", its name from info.title, stage "dev".
    await deployAcceptingDefaults(() =>
      screenshot('deploy-stage-pick', { waitForSelector: '.quick-input-widget .quick-input-list' }),
    );
    const first = await waitFor(deployedApi, 20_000, 'the new API in moto').catch(async (e: Error) => {
      throw new Error(`${e.message}; the APIs there: ${JSON.stringify(await apiNames())}`);
    });
    assert.deepEqual(first.stages, ['dev']);
    assert.equal(first.deployments, 1);

    // Second deploy: the document remembers its target, offered first as "Deploy to … again".
    await deployAcceptingDefaults();
    const second = await waitFor(
      async () => {
        const api = await deployedApi();
        return api && api.deployments === 2 && api;
      },
      20_000,
      'a second deployment of the same API',
    );
    assert.equal(second.id, first.id, 'the second deploy went to another API');
    assert.deepEqual(second.stages, ['dev']);
  });
});
