/**
 * A SAM / CloudFormation template as JSON with every intrinsic in its long form (`!Sub x` → `{"Fn::Sub": "x"}`,
 * `!GetAtt A.B` → `{"Fn::GetAtt": ["A", "B"]}`), for the client to resolve against a deployed stack. Plain `toJson`
 * drops YAML tags; CloudFormation reads them as this long form. Null when the document is not a template.
 */
import type { AstNode } from '../parser/ast';
import type { ApiDocument } from '../document/model';
import { asIntrinsic } from '../document/intrinsics';
import type { TemplateJsonResult } from '../../../../contract/messages';
import { splitGetAtt } from '../../../../common/cloudFormation/intrinsics';

const MAX_DEPTH = 500;

export function templateJson(doc: ApiDocument): TemplateJsonResult | null {
  if (doc.kind !== 'template' || !doc.template) return null;
  return { json: JSON.stringify(longForm(doc.template.root, 0)) };
}

export function longForm(node: AstNode | undefined, depth: number): unknown {
  if (!node || depth > MAX_DEPTH) return null;
  if (node.tag) {
    const intrinsic = asIntrinsic(node);
    const value = longForm({ ...node, tag: undefined }, depth + 1);
    // `!Ref`, `!Sub`, ...: the tag names the function and the node is its argument; unknown tags are left out.
    if (!intrinsic || intrinsic.name.startsWith('!')) return value;
    // `!GetAtt Res.Attr` is `["Res", "Attr"]` in the long form (the only form CloudFormation's JSON syntax has).
    const getAtt = intrinsic.name === 'Fn::GetAtt' && typeof value === 'string' ? splitGetAtt(value) : undefined;
    if (getAtt) return { 'Fn::GetAtt': getAtt };
    return { [intrinsic.name]: value };
  }
  switch (node.type) {
    case 'object': {
      // No prototype: a `__proto__` key is then a key like any other (an assignment on `{}` would drop it).
      const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
      for (const p of node.properties) out[p.key.value] = longForm(p.value, depth + 1);
      return out;
    }
    case 'array':
      return node.items.map((item) => longForm(item, depth + 1));
    default:
      return node.value;
  }
}
