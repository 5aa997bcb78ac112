/**
 * Python's truth value of a parsed YAML/JSON value, as the SAM transform tests its settings (`if value:`): empty
 * texts, lists and mappings, 0, false and null are false. A tagged value is a one-key mapping to SAM's loader, so true.
 */
import type { AstNode } from '../parser/ast';

export function pythonTruthy(node: AstNode | undefined): boolean {
  if (!node) return false;
  if (node.tag) return true;
  switch (node.type) {
    case 'object':
      return node.properties.length > 0;
    case 'array':
      return node.items.length > 0;
    case 'string':
      return node.value.length > 0;
    case 'number':
      return node.value !== 0;
    case 'boolean':
      return node.value;
    default:
      return false;
  }
}
