import type { Location, Position } from 'vscode-languageserver-types';
import type { ApiDocument } from '../document/model';

export function definition(_doc: ApiDocument, _position: Position): Location[] {
  return [];
}

export function references(_doc: ApiDocument, _position: Position): Location[] {
  return [];
}
