import type { Hover, Position } from 'vscode-languageserver-types';
import type { ApiDocument } from '../document/model';

export function hover(_doc: ApiDocument, _position: Position): Hover | null {
  return null;
}
