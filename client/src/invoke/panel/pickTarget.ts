/** Quick picks: which deployed API, stage and route to invoke, read from the account. */
import * as vscode from 'vscode';
import type { APIGatewayClient } from '@aws-sdk/client-api-gateway';
import type { ApiGatewayV2Client } from '@aws-sdk/client-apigatewayv2';
import {
  listDeployedApis,
  listOperations,
  listStageNames,
  type DeployedApi,
  type DeployedOperation,
} from '../core/deployedApis';
import type { ApiType } from '../core/types';

export interface Clients {
  v1: APIGatewayClient;
  v2: ApiGatewayV2Client;
}

/** Runs AWS work behind a cancellable progress notification. */
export function withAwsProgress<T>(title: string, work: (signal: AbortSignal) => Promise<T>): Thenable<T> {
  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title, cancellable: true },
    (_progress, token) => {
      const controller = new AbortController();
      const sub = token.onCancellationRequested(() => controller.abort());
      return work(controller.signal).finally(() => {
        sub.dispose();
      });
    },
  );
}

export async function pickApi(clients: Clients, only?: ApiType): Promise<DeployedApi | undefined> {
  const apis = (
    await withAwsProgress('Reading the APIs of the account…', (signal) =>
      listDeployedApis(clients.v1, clients.v2, signal),
    )
  ).filter((a) => !only || a.apiType === only);
  if (apis.length === 0) {
    void vscode.window.showWarningMessage(
      `No ${only ? `${only} ` : ''}APIs were found in this account and region. Deploy the definition first.`,
    );
    return undefined;
  }
  const picked = await vscode.window.showQuickPick(
    apis.map((api) => ({ label: api.name, description: `${api.apiType} · ${api.id}`, api })),
    { title: 'Test Invoke: choose the deployed API', placeHolder: 'API', matchOnDescription: true },
  );
  return picked?.api;
}

export async function pickStage(
  clients: Clients,
  api: DeployedApi,
): Promise<{ stage: string; stages: string[] } | undefined> {
  const stages = await withAwsProgress('Reading stages…', (signal) =>
    listStageNames(clients.v1, clients.v2, api, signal),
  );
  if (stages.length === 0) {
    void vscode.window.showWarningMessage(`The API "${api.name}" has no stage yet. Deploy it to a stage first.`);
    return undefined;
  }
  const stage =
    stages.length === 1
      ? stages[0]
      : await vscode.window.showQuickPick(stages, { title: `Test Invoke: stage of ${api.name}`, placeHolder: 'Stage' });
  return stage ? { stage, stages } : undefined;
}

export async function pickOperation(clients: Clients, api: DeployedApi): Promise<DeployedOperation | undefined> {
  const operations = await withAwsProgress('Reading routes…', (signal) =>
    listOperations(clients.v1, clients.v2, api, signal),
  );
  if (operations.length === 0) {
    void vscode.window.showWarningMessage(`The API "${api.name}" has no methods or routes.`);
    return undefined;
  }
  const picked = await vscode.window.showQuickPick(
    operations.map((op) => ({
      label: `${op.method} ${op.path}`,
      description: [op.needsIam ? 'IAM' : '', op.needsApiKey ? 'API key' : ''].filter(Boolean).join(' · '),
      op,
    })),
    { title: `Test Invoke: route of ${api.name}`, placeHolder: 'Method and path', matchOnDescription: true },
  );
  return picked?.op;
}
