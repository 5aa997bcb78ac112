/** `$ref` resolution inside a definition (local JSON pointers); external references are only located, never fetched. */
import { AstNode, ObjectNode, asObject, asString, getValue } from '../parser/ast';
import { decodePercentOrKeep } from '../../../../common/percentDecode';

export function decodePointer(pointer: string): string[] {
  if (pointer === '' || pointer === '/') return [];
  return pointer
    .replace(/^\//, '')
    .split('/')
    .map((s) => {
      return decodePercentOrKeep(s.replace(/~1/g, '/').replace(/~0/g, '~'));
    });
}

/** The node a local reference (`#/components/schemas/Pet`) points at, from the definition's root. */
export function resolveLocalRef(root: AstNode, ref: string): AstNode | undefined {
  if (!ref.startsWith('#')) return undefined;
  let node: AstNode | undefined = root;
  for (const seg of decodePointer(ref.slice(1))) {
    if (!node) return undefined;
    if (node.type === 'array') node = node.items[Number(seg)];
    else node = getValue(node, seg);
  }
  return node;
}

/** An object's `$ref`, if the object is a reference. */
export function refOf(node: AstNode | undefined): string | undefined {
  return asString(getValue(node, '$ref'));
}

/** Follows `$ref`s (at most a few hops, cycles are fine) to the object they name. */
export function derefObject(root: AstNode, node: AstNode | undefined): ObjectNode | undefined {
  let current = node;
  for (let hops = 0; hops < 8; hops++) {
    const ref = refOf(current);
    if (!ref) return asObject(current);
    current = resolveLocalRef(root, ref);
  }
  return undefined;
}
