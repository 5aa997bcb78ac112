/**
 * Turns OpenAPI schema validation errors (Ajv errors from @apidevtools/swagger-parser, run in a worker) into
 * findings on the right node. The schema's own `oneOf`/`anyOf` branches make Ajv repeat itself: keep the most
 * specific error per place, and a bounded number overall.
 */
import type { Definition } from '../document/model';
import { AstNode, findAtPath } from '../parser/ast';
import { decodePointer } from './refs';
import type { Finding } from './rule';

export interface SchemaError {
  instancePath: string;
  message?: string;
  keyword?: string;
  params?: Record<string, unknown>;
}

export const MAX_SCHEMA_FINDINGS = 100;

export function schemaFindings(def: Definition, errors: readonly SchemaError[]): Finding[] {
  const byPlace = new Map<string, SchemaError>();
  for (const e of errors) {
    // Branch bookkeeping says nothing a person can act on.
    if (
      e.keyword === 'oneOf' ||
      e.keyword === 'anyOf' ||
      e.keyword === 'if' ||
      e.keyword === '$ref' ||
      e.keyword === 'not'
    )
      continue;
    const existing = byPlace.get(e.instancePath);
    if (!existing || (existing.keyword === 'required' && e.keyword !== 'required')) byPlace.set(e.instancePath, e);
  }
  const findings: Finding[] = [];
  for (const [pointer, e] of byPlace) {
    if (findings.length >= MAX_SCHEMA_FINDINGS) break;
    const path = decodePointer(pointer).map((s) => (/^\d+$/.test(s) ? Number(s) : s));
    const node = findAtPath(def.root, path) ?? nearest(def.root, path);
    if (!node) continue;
    const at = e.keyword === 'additionalProperties' ? (additional(node, e) ?? keyOf(node)) : keyOf(node);
    findings.push({
      rule: 'openapi-schema',
      message: `OpenAPI schema: ${describe(pointer, e)}`,
      offset: at.offset,
      length: at.length,
    });
  }
  return findings;
}

/** A schema error's parameter as text: names are strings; anything else is shown as JSON. */
const asText = (value: unknown): string => (typeof value === 'string' ? value : JSON.stringify(value));

function describe(pointer: string, e: SchemaError): string {
  const where = pointer ? decodePointer(pointer).join(' › ') : 'the document';
  if (e.keyword === 'additionalProperties' && e.params?.additionalProperty)
    return `'${asText(e.params.additionalProperty)}' is not allowed in ${where}.`;
  if (e.keyword === 'required' && e.params?.missingProperty)
    return `${where} needs '${asText(e.params.missingProperty)}'.`;
  if (e.keyword === 'enum' && Array.isArray(e.params?.allowedValues))
    return `${where} must be one of ${(e.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}.`;
  return `${where} ${e.message ?? 'is invalid'}.`;
}

function keyOf(node: AstNode): { offset: number; length: number } {
  return node.parent?.type === 'property' ? node.parent.key : { offset: node.offset, length: Math.min(node.length, 1) };
}

function additional(node: AstNode, e: SchemaError): { offset: number; length: number } | undefined {
  const name = e.params?.additionalProperty;
  if (node.type !== 'object' || typeof name !== 'string') return undefined;
  return node.properties.find((p) => p.key.value === name)?.key;
}

function nearest(root: AstNode, path: (string | number)[]): AstNode | undefined {
  for (let i = path.length - 1; i >= 0; i--) {
    const node = findAtPath(root, path.slice(0, i));
    if (node) return node;
  }
  return undefined;
}
