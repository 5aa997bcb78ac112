/**
 * Shows API Gateway's import warnings in the definition, as diagnostics from "API Gateway import". Each warning is
 * placed with the language server's `apigw/locate` request when the server is available, else by a text search.
 */
import * as vscode from 'vscode';
import { LocateRequest, type LocateParams } from '../../../contract/messages';
import type { LanguageFeatures } from '../language/languageClient';
import { JsonPath, locateByText, TextRange, warningPath } from './importWarnings';

export const importDiagnosticSource = 'API Gateway import';
/** The server gets this long to answer; the text search is the fallback. */
const LOCATE_TIMEOUT_MS = 2000;

export type Locator = (document: vscode.TextDocument, path: JsonPath) => Promise<TextRange | undefined>;

export function createLocator(language: Pick<LanguageFeatures, 'ready'> | undefined): Locator {
  return async (document, path) => {
    if (language) {
      try {
        const client = await language.ready();
        const params: LocateParams = { uri: document.uri.toString(), path };
        const timeout = new Promise<undefined>((resolve) =>
          setTimeout(() => resolve(undefined), LOCATE_TIMEOUT_MS).unref?.(),
        );
        const located = await Promise.race([client.sendRequest(LocateRequest, params), timeout]);
        if (located) return located;
      } catch {
        /* no server, or it cannot answer: fall back to the text */
      }
    }
    return locateByText(document.getText(), path);
  };
}

export async function showImportWarnings(
  collection: vscode.DiagnosticCollection,
  document: vscode.TextDocument,
  warnings: string[],
  locate: Locator,
  swagger2: boolean,
): Promise<void> {
  const diagnostics: vscode.Diagnostic[] = [];
  for (const warning of warnings) {
    const path = warningPath(warning, { swagger2 });
    const range = path ? await locate(document, path) : undefined;
    const where = range
      ? new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character)
      : document.lineAt(0).range;
    const diagnostic = new vscode.Diagnostic(where, warning, vscode.DiagnosticSeverity.Warning);
    diagnostic.source = importDiagnosticSource;
    diagnostics.push(diagnostic);
  }
  collection.set(document.uri, diagnostics);
}
