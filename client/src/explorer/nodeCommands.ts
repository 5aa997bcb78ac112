/** Commands on explorer nodes: copy a stage's invoke URL, open an API's exported definition. */
import * as vscode from 'vscode';
import { listStages } from '../aws/apis';
import { awsErrorMessage } from '../aws/errors';
import { invokeUrl } from '../aws/invokeUrl';
import { apiKeyValue, flushStageCache } from '../aws/regionResources';
import type { ExtensionServices } from '../common/services';
import { exportDefinition, ExportError } from './exportDefinition';
import { showReadOnly } from '../common/readOnlyDocuments';
import type { ApiNode, ExplorerNode, StageNode } from './treeModel';

export async function copyInvokeUrl(services: ExtensionServices, node: ExplorerNode | undefined): Promise<void> {
  if (node?.kind !== 'stage') {
    void vscode.window.showInformationMessage('Copy Invoke URL works on a stage in the API Gateway explorer.');
    return;
  }
  const conn = services.aws.connection;
  const { url, note } = invokeUrl(node.api, node.stage, conn.region, conn.endpoint);
  await vscode.env.clipboard.writeText(url);
  void vscode.window.showInformationMessage(note ? `Copied ${url}. ${note}` : `Copied ${url}`);
}

export async function openDefinition(services: ExtensionServices, node: ExplorerNode | undefined): Promise<void> {
  if (node?.kind !== 'api' && node?.kind !== 'stage') {
    void vscode.window.showInformationMessage('Open Definition works on an API in the API Gateway explorer.');
    return;
  }
  const api = node.api;
  const conn = services.aws.connection;
  try {
    const stage = node.kind === 'stage' ? node.stage : await chooseExportStage(services, node);
    if (stage === null) return;
    const exported = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: `Exporting ${api.name}…` },
      () => exportDefinition(conn, api, stage),
    );
    // Read-only and named after the API and stage: it is what API Gateway holds, not a file to edit and save.
    await showReadOnly(`${api.name}${stage ? ` (${stage})` : ''}.${exported.language === 'json' ? 'json' : 'yaml'}`, exported.text, exported.language);
  } catch (err) {
    const message =
      err instanceof ExportError
        ? err.message
        : awsErrorMessage(err, { region: conn.region, profile: conn.profile, endpoint: conn.endpoint });
    services.log.warn(`Export of ${api.id} failed: ${message}`);
    void vscode.window.showErrorMessage(`Could not open the definition of ${api.name}: ${message}`);
  }
}

/**
 * REST exports need a stage; HTTP exports take one optionally. Returns null when the user dismissed the pick,
 * undefined for "no stage" (HTTP: the API's latest configuration).
 */
async function chooseExportStage(
  services: ExtensionServices,
  node: ApiNode | StageNode,
): Promise<string | undefined | null> {
  if (node.api.type !== 'REST') return undefined;
  const stages = await listStages(services.aws.connection, node.api);
  if (stages.length <= 1) return stages[0]?.name;
  const pick = await vscode.window.showQuickPick(
    stages.map((s) => ({ label: s.name, description: s.description })),
    {
      title: `Export ${node.api.name} from which stage?`,
      placeHolder: 'API Gateway exports a REST API as deployed to a stage',
    },
  );
  return pick ? pick.label : null;
}

/** Flushes a REST stage's cache, after asking: every cached response is dropped and the next requests hit the backend. */
export async function flushCache(services: ExtensionServices, node: ExplorerNode | undefined): Promise<void> {
  const where = node?.kind === 'info' ? node.data : undefined;
  if (!where?.apiId || !where.stage) {
    void vscode.window.showInformationMessage('Flush Stage Cache works on the Cache of a REST stage in the API Gateway explorer.');
    return;
  }
  const ok = await vscode.window.showWarningMessage(`Flush the cache of stage "${where.stage}"?`, { modal: true, detail: 'Every cached response is dropped; the next requests go to the integrations.' }, 'Flush');
  if (ok !== 'Flush') return;
  const conn = services.aws.connection;
  try {
    await flushStageCache(conn, where.apiId, where.stage);
    void vscode.window.showInformationMessage(`Flushed the cache of stage "${where.stage}".`);
  } catch (err) {
    const message = awsErrorMessage(err, { region: conn.region, profile: conn.profile, endpoint: conn.endpoint, operation: 'FlushStageCache', action: 'apigateway:DELETE' });
    services.log.warn(`Flush Stage Cache ${where.apiId}/${where.stage}: ${message}`);
    void vscode.window.showErrorMessage(`Could not flush the stage cache: ${message}`);
  }
}

/** Copies an API key's value; the tree only ever shows it masked. */
export async function copyApiKey(services: ExtensionServices, node: ExplorerNode | undefined): Promise<void> {
  const key = node?.kind === 'info' ? node.data : undefined;
  if (!key?.apiKeyId) {
    void vscode.window.showInformationMessage('Copy API Key Value works on an API key under a usage plan in the API Gateway explorer.');
    return;
  }
  const conn = services.aws.connection;
  try {
    await vscode.env.clipboard.writeText(await apiKeyValue(conn, key.apiKeyId));
    void vscode.window.showInformationMessage(`Copied the value of API key ${key.apiKeyName ?? key.apiKeyId}.`);
  } catch (err) {
    const message = awsErrorMessage(err, { region: conn.region, profile: conn.profile, endpoint: conn.endpoint, operation: 'GetApiKey', action: 'apigateway:GET' });
    void vscode.window.showErrorMessage(`Could not read the API key: ${message}`);
  }
}
