/**
 * What of a definition embedded in a SAM/CloudFormation template CloudFormation computes before API Gateway imports
 * it: the schema check (check.ts) lets these values match anything, since it cannot know what they become.
 */
import { AstNode, getProperty } from '../parser/ast';
import { isIntrinsic } from '../document/intrinsics';

/**
 * The values of an embedded definition that CloudFormation computes before API Gateway sees the definition:
 * intrinsic functions, long (`Fn::Sub:`, `Ref:`) or short (`!Sub`), wherever they stand, and objects holding an
 * `Fn::Transform` (an `AWS::Include` snippet replaces them). Nothing below them is looked at.
 */
export function computedIn(root: AstNode): Set<AstNode> {
  const computed = new Set<AstNode>();
  const stack: AstNode[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (isIntrinsic(node) || (node.type === 'object' && getProperty(node, 'Fn::Transform'))) {
      computed.add(node);
      continue;
    }
    if (node.type === 'object') {
      for (const p of node.properties) if (p.value) stack.push(p.value);
    } else if (node.type === 'array') for (const item of node.items) stack.push(item);
  }
  return computed;
}
