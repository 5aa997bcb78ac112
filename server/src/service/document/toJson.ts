/** The plain JSON value of a tree node (for validators that want objects, not positions). */
import type { AstNode } from '../parser/ast';

export function toJson(node: AstNode | undefined, depth = 0): unknown {
  if (!node || depth > 500) return null;
  switch (node.type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const p of node.properties) out[p.key.value] = toJson(p.value, depth + 1);
      return out;
    }
    case 'array':
      return node.items.map((i) => toJson(i, depth + 1));
    default:
      return node.value;
  }
}
