/**
 * The standalone definition as the JSON text an import sends, with what stands in the way of sending it as it is:
 * CloudFormation intrinsics (written for `AWS::Include`, which only CloudFormation resolves) and `$ref`s to other
 * files (which the client bundles in before an import). The server owns parsing; deploy asks it for this.
 */
import type { AstNode } from '../parser/ast';
import type { ApiDocument } from '../document/model';
import { asIntrinsic } from '../document/intrinsics';
import { toJson } from '../document/toJson';
import { longForm } from './templateJson';
import type { DefinitionJsonResult } from '../../../../contract/messages';

const MAX_LISTED = 50;

/** JSON Pointer escaping (RFC 6901). */
const pointer = (path: (string | number)[]) =>
  '/' + path.map((p) => String(p).replace(/~/g, '~0').replace(/\//g, '~1')).join('/');

export function definitionJson(doc: ApiDocument): DefinitionJsonResult | null {
  if (doc.kind !== 'definition' || doc.definitions.length !== 1) return null;
  const definition = doc.definitions[0];
  const intrinsics: DefinitionJsonResult['intrinsics'] = [];
  const externalRefs = new Set<string>();
  const walk = (node: AstNode | undefined, path: (string | number)[], depth: number) => {
    if (!node || depth > 500 || intrinsics.length >= MAX_LISTED) return;
    const intrinsic = asIntrinsic(node);
    if (intrinsic) {
      intrinsics.push({ name: intrinsic.name, path: pointer(path) });
      return;
    }
    if (node.type === 'object') {
      for (const p of node.properties) {
        if (
          p.key.value === '$ref' &&
          p.value?.type === 'string' &&
          !p.value.value.startsWith('#') &&
          externalRefs.size < MAX_LISTED
        )
          externalRefs.add(p.value.value);
        walk(p.value, [...path, p.key.value], depth + 1);
      }
    } else if (node.type === 'array') node.items.forEach((item, i) => walk(item, [...path, i], depth + 1));
  };
  walk(definition.root, [], 0);
  return {
    json: JSON.stringify(toJson(definition.root)),
    intrinsics,
    externalRefs: [...externalRefs],
    // For resolving them against a stack before a deploy (toJson drops the tags of short forms).
    ...(intrinsics.length ? { longFormJson: JSON.stringify(longForm(definition.root, 0)) } : {}),
  };
}
