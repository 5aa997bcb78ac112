import type { CodeAction, Diagnostic, Range } from 'vscode-languageserver-types';
import type { ApiDocument } from '../document/model';

export function codeActions(_doc: ApiDocument, _range: Range, _diagnostics: Diagnostic[]): CodeAction[] {
  return [];
}
