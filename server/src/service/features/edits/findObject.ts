/** The object (or the definition) a diagnostic's fix data points at by offset. */
import type { ApiDocument, Definition } from '../../document/model';
import { AstNode, ObjectNode, nodeAtOffset } from '../../parser/ast';

export function objectStartingAt(doc: ApiDocument, offset: number): ObjectNode | undefined {
  let node: AstNode | undefined = nodeAtOffset(doc.parsed.root, offset);
  while (node) {
    if (node.type === 'object' && node.offset === offset) return node;
    const parent: AstNode['parent'] = node.parent;
    node = parent?.type === 'property' ? parent.parent : parent;
  }
  return undefined;
}

export function definitionAt(doc: ApiDocument, offset: number): Definition | undefined {
  return doc.definitions.find((d) => offset >= d.root.offset && offset <= d.root.offset + d.root.length);
}
