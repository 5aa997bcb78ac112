/**
 * "Render Template…": the `apigw.renderTemplate` command that the server's CodeLens runs. It opens the template's
 * sample request (a JSON file kept under `.vscode/apigateway/requests/`, prefilled by the server from the
 * operation's examples) and the rendered output beside the template, and renders again as either is edited.
 */
import * as vscode from 'vscode';
import type { RenderTemplateArgs } from '../../../contract/commands';
import { SampleTemplateRequest } from '../../../contract/messages';
import { Commands, registerCommand } from '../common/commands';
import type { ExtensionServices } from '../common/services';
import type { LanguageFeatures } from '../language/languageClient';
import { REQUESTS_FOLDER, initialRequestText, requestFileName } from './core/requestFile';
import { RenderedDocuments } from './renderView';
import { RenderSession } from './renderSession';

export interface TemplateFeatures {
  /** Open sessions by output URI, for the editor tests. */
  readonly sessions: ReadonlyMap<string, RenderSession>;
}

export function registerTemplateFeatures(
  services: ExtensionServices,
  language: Pick<LanguageFeatures, 'ready'>,
): TemplateFeatures {
  const view = new RenderedDocuments();
  const sessions = new Map<string, RenderSession>();
  services.context.subscriptions.push(
    view,
    { dispose: () => sessions.forEach((s) => s.dispose()) },
    vscode.workspace.onDidCloseTextDocument((d) => {
      const session = sessions.get(d.uri.toString());
      if (session) {
        session.dispose();
        sessions.delete(d.uri.toString());
      }
    }),
    registerCommand(Commands.renderTemplate, async (args?: unknown) => {
      if (!isArgs(args)) {
        void vscode.window.showErrorMessage(
          'Render Template needs a template: use the "Render Template…" CodeLens above a mapping template.',
        );
        return undefined;
      }
      try {
        return await openSession(services, language, view, sessions, args);
      } catch (e) {
        const message = `Could not render the template: ${(e as Error).message ?? e}`;
        services.log.error(message);
        void vscode.window.showErrorMessage(message);
        return undefined;
      }
    }),
    registerCommand(Commands.compareTemplate, async (uri?: unknown) => {
      const key = uri instanceof vscode.Uri ? uri.toString() : vscode.window.activeTextEditor?.document.uri.toString();
      const session = (key && sessions.get(key)) || (sessions.size === 1 ? [...sessions.values()][0] : undefined);
      if (!session) {
        void vscode.window.showWarningMessage(
          'Open a rendered template first ("Render Template…" above a mapping template), then compare it with API Gateway.',
        );
        return undefined;
      }
      // The AWS SDK loads with the first comparison, not at activation.
      const { compareSession } = await import('./compareCommand');
      return compareSession(services, view, session);
    }),
  );
  return { sessions };
}

function isArgs(value: unknown): value is RenderTemplateArgs {
  const a = value as RenderTemplateArgs | undefined;
  return (
    !!a &&
    typeof a.documentUri === 'string' &&
    Array.isArray(a.templatePath) &&
    a.templatePath.every((s) => typeof s === 'string' || typeof s === 'number') &&
    typeof a.label === 'string'
  );
}

async function openSession(
  services: ExtensionServices,
  language: Pick<LanguageFeatures, 'ready'>,
  view: RenderedDocuments,
  sessions: Map<string, RenderSession>,
  args: RenderTemplateArgs,
): Promise<RenderSession> {
  const client = await language.ready();
  const sample = await client.sendRequest(SampleTemplateRequest, {
    uri: args.documentUri,
    templatePath: args.templatePath,
  });
  if (!sample) throw new Error('no template at that place of the document any more');
  const requestUri = await requestFile(
    vscode.Uri.parse(args.documentUri),
    args.label,
    initialRequestText(sample.request),
  );
  const existing = [...sessions.values()].find((s) => s.requestUri.toString() === requestUri.toString());
  const session = existing ?? new RenderSession(args, requestUri, sample, () => language.ready(), view, services.log);
  if (!existing) sessions.set(session.outputUri.toString(), session);
  await session.render();
  // Template, request and output side by side, in the columns right of the template.
  const base =
    vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === args.documentUri)?.viewColumn ??
    vscode.ViewColumn.One;
  await vscode.window.showTextDocument(requestUri, { viewColumn: base + 1, preview: false, preserveFocus: true });
  const output = await vscode.workspace.openTextDocument(session.outputUri);
  await vscode.window.showTextDocument(output, { viewColumn: base + 2, preview: false, preserveFocus: true });
  return session;
}

/**
 * The request file of a template in the document's workspace folder, created with `initial` when missing (an
 * edited request is never overwritten). Outside a workspace: an untitled JSON document.
 */
async function requestFile(documentUri: vscode.Uri, label: string, initial: string): Promise<vscode.Uri> {
  const folder = vscode.workspace.getWorkspaceFolder(documentUri) ?? vscode.workspace.workspaceFolders?.[0];
  if (!folder || documentUri.scheme !== 'file') {
    const doc = await vscode.workspace.openTextDocument({ language: 'json', content: initial });
    return doc.uri;
  }
  const uri = vscode.Uri.joinPath(folder.uri, REQUESTS_FOLDER, requestFileName(documentUri.path, label));
  try {
    await vscode.workspace.fs.stat(uri);
  } catch {
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(folder.uri, REQUESTS_FOLDER));
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(initial));
  }
  return uri;
}
