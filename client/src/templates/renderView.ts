/**
 * The rendered output of a template, as a read-only virtual document (`apigw-render:`), with what API Gateway
 * would reject shown as diagnostics on it. One provider for every render session; each session owns one URI.
 */
import * as vscode from 'vscode';

export const RENDER_SCHEME = 'apigw-render';

export class RenderedDocuments implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly contents = new Map<string, string>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  readonly diagnostics = vscode.languages.createDiagnosticCollection('apigw-render');
  private readonly registration = vscode.workspace.registerTextDocumentContentProvider(RENDER_SCHEME, this);

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.contents.get(uri.toString()) ?? '';
  }

  set(uri: vscode.Uri, text: string, problems: vscode.Diagnostic[]): void {
    this.contents.set(uri.toString(), text);
    this.changed.fire(uri);
    this.diagnostics.set(uri, problems);
  }

  forget(uri: vscode.Uri): void {
    this.contents.delete(uri.toString());
    this.diagnostics.delete(uri);
  }

  dispose(): void {
    this.registration.dispose();
    this.changed.dispose();
    this.diagnostics.dispose();
  }
}
