/**
 * Which API to run when the command comes from the palette: the APIs of the active file, as the language
 * server's "Run API Locally" code lenses list them (one per definition), and a pick when there are several.
 */
import * as vscode from 'vscode';
import { Commands, type RunLocalArgs } from '../../../contract/commands';

export function checkRunLocalArgs(raw: unknown): RunLocalArgs | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const a = raw as Record<string, unknown>;
  if (typeof a.documentUri !== 'string' || a.documentUri.length > 4096) return undefined;
  const out: RunLocalArgs = { documentUri: a.documentUri };
  if (typeof a.api === 'string' && /^[A-Za-z0-9]{1,255}$/.test(a.api)) out.api = a.api;
  if (a.apiType === 'REST' || a.apiType === 'HTTP' || a.apiType === 'WEBSOCKET') out.apiType = a.apiType;
  if (typeof a.label === 'string') out.label = a.label.slice(0, 200);
  return out;
}

/** The APIs a document defines, from the code lenses of the language server (empty when it is not ours). */
export async function apisOf(uri: vscode.Uri): Promise<RunLocalArgs[]> {
  const lenses = (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri)) ?? [];
  return lenses.filter((l) => l.command?.command === Commands.runLocal).map((l) => checkRunLocalArgs(l.command?.arguments?.[0])).filter((a): a is RunLocalArgs => !!a);
}

export async function pickApi(document: vscode.TextDocument): Promise<RunLocalArgs | undefined> {
  const apis = await apisOf(document.uri);
  if (apis.length === 0) {
    void vscode.window.showWarningMessage(
      `Run API Locally: ${vscode.workspace.asRelativePath(document.uri)} has no REST or HTTP API definition (an OpenAPI file with API Gateway extensions, or a SAM/CloudFormation template with an API).`,
    );
    return undefined;
  }
  if (apis.length === 1) return apis[0];
  const picked = await vscode.window.showQuickPick(
    apis.map((api) => ({ label: api.label ?? api.api ?? 'API', description: [api.api, api.apiType].filter(Boolean).join(' · '), api })),
    { title: 'Run API Locally: which API of this template?', placeHolder: 'API' },
  );
  return picked?.api;
}
