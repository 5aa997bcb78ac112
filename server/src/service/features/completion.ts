import type { CompletionList, Position } from 'vscode-languageserver-types';
import type { ApiDocument } from '../document/model';

export function complete(_doc: ApiDocument, _position: Position): CompletionList {
  return { isIncomplete: false, items: [] };
}
