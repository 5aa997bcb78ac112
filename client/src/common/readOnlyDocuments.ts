/**
 * Read-only documents the extension shows (an exported definition, a deploy bundle, an emulator copy): named after
 * what they are, never "Untitled", never asking to be saved. Content lives in memory under the `apigw-view:` scheme.
 */
import * as vscode from 'vscode';

export const viewScheme = 'apigw-view';
const contents = new Map<string, string>();
const changed = new vscode.EventEmitter<vscode.Uri>();
let counter = 0;

export function registerReadOnlyDocuments(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    changed,
    vscode.workspace.registerTextDocumentContentProvider(viewScheme, { onDidChange: changed.event, provideTextDocumentContent: (uri) => contents.get(uri.toString()) ?? '' }),
    // A closed view's text is not kept.
    vscode.workspace.onDidCloseTextDocument((doc) => doc.uri.scheme === viewScheme && contents.delete(doc.uri.toString())),
  );
}

/** A read-only document's URI for `name`, holding `content` (for views such as a diff). */
export function readOnlyUri(name: string, content: string): vscode.Uri {
  const safe = name.replace(/[\\/:*?"<>|#%]/g, '-').slice(0, 120) || 'view';
  // The counter keeps two views of the same name apart (e.g. the same export before and after a deploy).
  const uri = vscode.Uri.from({ scheme: viewScheme, path: `/${safe}`, query: String(++counter) });
  contents.set(uri.toString(), content);
  changed.fire(uri);
  return uri;
}

/** Opens `name` (e.g. "Pet Store (dev).json") read-only with `content`, in `language`. */
export async function showReadOnly(name: string, content: string, language: string): Promise<vscode.TextDocument> {
  const uri = readOnlyUri(name, content);
  let doc = await vscode.workspace.openTextDocument(uri);
  if (doc.languageId !== language) doc = await vscode.languages.setTextDocumentLanguage(doc, language);
  await vscode.window.showTextDocument(doc, { preview: false });
  return doc;
}
