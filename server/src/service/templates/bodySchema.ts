/**
 * The request model of an operation, for body fields in `$input.path('$.…')` / `$input.json('$.…')`: the JSON
 * schema of its `requestBody` (OpenAPI 3) or `in: body` parameter (Swagger 2), walked along a JSONPath.
 */
import type { Operation } from '../document/definitionIndex';
import type { Definition } from '../document/model';
import { AstNode, ObjectNode, asObject, asString, getValue } from '../parser/ast';
import { derefObject } from '../validation/refs';

export interface BodyField {
  name: string;
  type?: string;
  description?: string;
  required: boolean;
}

export function requestSchema(def: Definition, op: Operation, contentType: string): ObjectNode | undefined {
  const content = asObject(getValue(derefObject(def.root, getValue(op.node, 'requestBody')), 'content'));
  if (content) {
    const media =
      asObject(getValue(content, contentType)) ??
      asObject(getValue(content, 'application/json')) ??
      asObject(content.properties[0]?.value);
    return derefObject(def.root, getValue(media, 'schema'));
  }
  const params = [getValue(op.node, 'parameters'), getValue(op.pathItem, 'parameters')];
  for (const list of params) {
    for (const p of list?.type === 'array' ? list.items : []) {
      const param = derefObject(def.root, p);
      if (asString(getValue(param, 'in')) === 'body') return derefObject(def.root, getValue(param, 'schema'));
    }
  }
  return undefined;
}

/** Segments of a JSONPath after `$`: `.a.b[0]` → ['a', 'b', '[]']. */
export function pathSegments(path: string): string[] {
  const out: string[] = [];
  const re = /\.([A-Za-z0-9_$-]+)|\[(?:\d+|\*)\]|\[['"]([^'"]+)['"]\]/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(path))) out.push(m[1] ?? m[2] ?? '[]');
  return out;
}

/** The properties of the object the segments lead to, through `$ref`, `allOf` and array items. */
export function fieldsAt(root: ObjectNode, schema: ObjectNode | undefined, segments: string[]): BodyField[] {
  let current = schema;
  for (const seg of segments) {
    if (!current) return [];
    if (seg === '[]') current = derefObject(root, getValue(current, 'items'));
    else current = propertiesOf(root, current).get(seg);
  }
  if (current && asString(getValue(current, 'type')) === 'array')
    current = derefObject(root, getValue(current, 'items'));
  if (!current) return [];
  const required = requiredOf(root, current);
  return [...propertiesOf(root, current)].map(([name, s]) => ({
    name,
    required: required.has(name),
    ...(asString(getValue(s, 'type')) ? { type: asString(getValue(s, 'type')) } : {}),
    ...(asString(getValue(s, 'description')) ? { description: asString(getValue(s, 'description')) } : {}),
  }));
}

function propertiesOf(root: ObjectNode, schema: ObjectNode, depth = 0): Map<string, ObjectNode> {
  const out = new Map<string, ObjectNode>();
  if (depth > 8) return out;
  for (const p of asObject(getValue(schema, 'properties'))?.properties ?? []) {
    const s = derefObject(root, p.value);
    if (s) out.set(p.key.value, s);
  }
  for (const part of arrayItems(getValue(schema, 'allOf'))) {
    const s = derefObject(root, part);
    if (s) for (const [k, v] of propertiesOf(root, s, depth + 1)) if (!out.has(k)) out.set(k, v);
  }
  return out;
}

function requiredOf(root: ObjectNode, schema: ObjectNode, depth = 0): Set<string> {
  const out = new Set<string>();
  for (const r of arrayItems(getValue(schema, 'required'))) if (r.type === 'string') out.add(r.value);
  if (depth > 8) return out;
  for (const part of arrayItems(getValue(schema, 'allOf'))) {
    const s = derefObject(root, part);
    if (s) for (const r of requiredOf(root, s, depth + 1)) out.add(r);
  }
  return out;
}

function arrayItems(node: AstNode | undefined): AstNode[] {
  return node?.type === 'array' ? node.items : [];
}
