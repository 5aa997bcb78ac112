/**
 * Tells the language server what VS Code's Workspace Trust allows: whether the workspace is trusted and which
 * folders it has. The server reads files named by `$ref`s only within that (see server/src/refFiles/access.ts).
 * Sent at start (initializationOptions) and again when trust is granted or the folders change.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { FileAccessNotification, FileAccessParams } from '../../../contract/messages';

export function currentFileAccess(): FileAccessParams {
  return {
    trusted: vscode.workspace.isTrusted,
    folders: (vscode.workspace.workspaceFolders ?? [])
      .filter((f) => f.uri.scheme === 'file')
      .map((f) => f.uri.toString()),
  };
}

/** Keeps the server told; disposed with the client. */
export function watchFileAccess(client: LanguageClient): vscode.Disposable {
  const send = () => void client.sendNotification(FileAccessNotification, currentFileAccess()).catch(() => undefined);
  return vscode.Disposable.from(
    vscode.workspace.onDidGrantWorkspaceTrust(send),
    vscode.workspace.onDidChangeWorkspaceFolders(send),
  );
}
