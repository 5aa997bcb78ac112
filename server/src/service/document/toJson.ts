/** The plain JSON value of a tree node (for validators that want objects, not positions). */
import type { AstNode } from '../parser/ast';

export function toJson(node: AstNode | undefined, depth = 0): unknown {
  if (!node || depth > 500) return null;
  switch (node.type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const p of node.properties) {
        const value = toJson(p.value, depth + 1);
        // An assignment to `__proto__` would set the object's prototype and lose the key (JSON.parse keeps it).
        if (p.key.value === '__proto__')
          Object.defineProperty(out, p.key.value, { value, enumerable: true, writable: true, configurable: true });
        else out[p.key.value] = value;
      }
      return out;
    }
    case 'array':
      return node.items.map((i) => toJson(i, depth + 1));
    default:
      return node.value;
  }
}
