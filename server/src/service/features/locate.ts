/** Where a JSON path (from an AWS import warning, say) is in the document. */
import type { Range } from 'vscode-languageserver-types';
import type { ApiDocument } from '../document/model';
import { findAtPath } from '../parser/ast';

export function locate(doc: ApiDocument, path: readonly (string | number)[]): Range | null {
  for (const def of doc.definitions) {
    const node = findAtPath(def.root, path);
    if (!node) continue;
    const at = node.parent?.type === 'property' ? node.parent.key : node;
    return { start: doc.text.positionAt(at.offset), end: doc.text.positionAt(at.offset + at.length) };
  }
  return null;
}
