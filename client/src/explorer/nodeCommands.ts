/** Commands on explorer nodes: copy a stage's invoke URL, open an API's exported definition. */
import * as vscode from 'vscode';
import { listStages } from '../aws/apis';
import { awsErrorMessage } from '../aws/errors';
import { invokeUrl } from '../aws/invokeUrl';
import type { ExtensionServices } from '../common/services';
import { exportDefinition, ExportError } from './exportDefinition';
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
    const doc = await vscode.workspace.openTextDocument({ content: exported.text, language: exported.language });
    await vscode.window.showTextDocument(doc, { preview: false });
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
