/**
 * "API Gateway: Compare with Deployed…": the open definition (or one picked) against what a stage runs, in VS Code's
 * diff editor, both sides normalized (compareCore.ts), with a summary of the drift by operation.
 */
import * as vscode from 'vscode';
import { listApis, listStages, type ApiSummary } from '../aws/apis';
import { awsErrorMessage } from '../aws/errors';
import type { ExtensionServices } from '../common/services';
import { readOnlyUri, showReadOnly } from '../common/readOnlyDocuments';
import type { DeployBindings } from '../deploy/bindings';
import type { DefinitionReader } from '../deploy/definitionReader';
import type { ExplorerNode } from '../explorer/treeModel';
import { ExportError } from '../explorer/exportDefinition';
import { compareWithDeployed, type Comparison } from './compareCore';
import { describeDrift } from './operationDiff';
import { checkCompareTemplateArgs, compareTemplateCommand } from './templateCompareCommand';
import type { TemplateReader } from './stack/templateReader';

export interface CompareDependencies {
  bindings: DeployBindings;
  readDefinition: DefinitionReader;
  readTemplate: TemplateReader;
}

type Target = { api: Pick<ApiSummary, 'id' | 'name' | 'type'>; stage: string };

export async function compareWithDeployedCommand(
  services: ExtensionServices,
  deps: CompareDependencies,
  arg?: unknown,
): Promise<Comparison | undefined> {
  const node = arg as ExplorerNode | undefined;
  const stageNode = node && typeof node === 'object' && node.kind === 'stage' ? node : undefined;
  const templateArgs = checkCompareTemplateArgs(arg);
  const document = await localDocument(
    templateArgs ? vscode.Uri.parse(templateArgs.documentUri) : arg instanceof vscode.Uri ? arg : undefined,
  );
  if (!document) return undefined;
  // A SAM / CloudFormation template: its API against the stack it was deployed with.
  if (!stageNode && (templateArgs || /^(yaml|json|jsonc)$/.test(document.languageId))) {
    const template = await deps.readTemplate(document);
    if (template) return compareTemplateCommand(services, deps, document, template, templateArgs?.api);
  }
  const read = await deps.readDefinition(document);
  if (!read) {
    void vscode.window.showErrorMessage(
      'Compare with Deployed works on standalone OpenAPI definitions that the language server has read; open one and try again.',
    );
    return undefined;
  }
  const conn = services.aws.connection;
  try {
    const target = stageNode
      ? { api: stageNode.api, stage: stageNode.stage }
      : await chooseTarget(services, deps, document);
    if (!target) return undefined;
    if (target.api.type === 'WEBSOCKET') {
      void vscode.window.showInformationMessage(
        'API Gateway cannot export WebSocket APIs, so they cannot be compared.',
      );
      return undefined;
    }
    const comparison = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: `Exporting ${target.api.name} (${target.stage})…` },
      () => compareWithDeployed(conn, JSON.parse(read.json), target.api, target.stage),
    );
    const notes = read.intrinsics.length
      ? ['CloudFormation intrinsics are compared as written: the stage holds their resolved values.']
      : [];
    await showComparison(vscode.workspace.asRelativePath(document.uri), target, comparison, notes);
    return comparison;
  } catch (err) {
    const message =
      err instanceof ExportError
        ? err.message
        : awsErrorMessage(err, { region: conn.region, profile: conn.profile, endpoint: conn.endpoint });
    services.log.warn(`Compare with Deployed: ${message}`);
    void vscode.window.showErrorMessage(`Could not compare with the deployed API: ${message}`);
    return undefined;
  }
}

async function localDocument(uri: vscode.Uri | undefined): Promise<vscode.TextDocument | undefined> {
  if (uri) return vscode.workspace.openTextDocument(uri).then(undefined, () => undefined);
  const active = vscode.window.activeTextEditor?.document;
  if (active && /^(yaml|json|jsonc)$/.test(active.languageId)) return active;
  const picked = await vscode.window.showOpenDialog({
    title: 'Compare which OpenAPI definition?',
    openLabel: 'Compare',
    canSelectMany: false,
    filters: { 'OpenAPI definitions': ['yaml', 'yml', 'json'] },
  });
  return picked?.[0] ? vscode.workspace.openTextDocument(picked[0]).then(undefined, () => undefined) : undefined;
}

/** The stage this definition was last deployed to, else the user's choice. */
async function chooseTarget(
  services: ExtensionServices,
  deps: CompareDependencies,
  document: vscode.TextDocument,
): Promise<Target | undefined> {
  const conn = services.aws.connection;
  const binding = deps.bindings.getFor(document.uri.toString(), conn);
  if (binding)
    return {
      api: { id: binding.apiId, name: binding.apiName ?? binding.apiId, type: binding.apiType },
      stage: binding.stage,
    };
  const apis = (await listApis(conn)).filter((a) => a.type !== 'WEBSOCKET');
  const api = await vscode.window.showQuickPick(
    apis.map((a) => ({ label: a.name, description: `${a.type} · ${a.id}`, api: a })),
    { title: `Compare with which API? (${conn.region})` },
  );
  if (!api) return undefined;
  const stages = await listStages(conn, api.api);
  if (stages.length === 0) {
    void vscode.window.showInformationMessage(`${api.api.name} has no stages: deploy it first.`);
    return undefined;
  }
  const stage =
    stages.length === 1
      ? stages[0].name
      : await vscode.window.showQuickPick(
          stages.map((s) => s.name),
          { title: `Compare with which stage of ${api.api.name}?` },
        );
  return stage ? { api: api.api, stage } : undefined;
}

/** VS Code's diff editor on both normalized sides, and the drift by operation in a message with its summary. */
export async function showComparison(
  name: string,
  target: { api: { name: string }; stage: string },
  comparison: Comparison,
  extraNotes: string[] = [],
): Promise<void> {
  const left = readOnlyUri(`${name} (normalized).json`, comparison.local);
  const right = readOnlyUri(`${target.api.name} ${target.stage} (deployed, normalized).json`, comparison.deployed);
  await vscode.commands.executeCommand('vscode.diff', left, right, `${name} ↔ ${target.api.name} (${target.stage})`, {
    preview: false,
  });
  const summary = describeDrift(comparison.drift);
  const notes = [...comparison.notes, ...extraNotes];
  const unresolved = comparison.unresolved.length
    ? `\n\n## Not resolved from the stack (not counted as drift)\n\n${comparison.unresolved
        .map((u) => `- \`${u.path}\`: ${u.expression} (${u.reason})`)
        .join('\n')}`
    : '';
  const count = comparison.drift.length;
  const headline =
    count === 0 ? 'No drift by operation' : count === 1 ? '1 operation differs' : `${count} operations differ`;
  void vscode.window
    .showInformationMessage(
      `${headline} between ${name} and ${target.api.name} (${target.stage}).${notes.length ? ` ${notes[0]}` : ''}`,
      'Show Summary',
    )
    .then(async (choice) => {
      if (choice)
        await showReadOnly(
          `Drift ${target.api.name} ${target.stage}.md`,
          driftSummaryMarkdown(name, target, summary + unresolved, notes),
          'markdown',
        );
    });
}

export function driftSummaryMarkdown(
  name: string,
  target: { api: { name: string }; stage: string },
  body: string,
  notes: string[],
): string {
  return `# ${name} ↔ ${target.api.name} (${target.stage})\n\n${body}\n${notes.map((n) => `\n> ${n}`).join('')}\n`;
}
