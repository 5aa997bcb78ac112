/** The integrations of an operation, seeing through `Fn::If` branches and `$ref`s to reusable integrations. */
import { INTEGRATION_TYPES } from '../catalogue/enums';
import type { Operation } from '../document/definitionIndex';
import { ifBranches } from '../document/intrinsics';
import { AstNode, ObjectNode, PropertyNode, asObject, asString, getValue, scalarText } from '../parser/ast';
import { PLACEHOLDER, maskPlaceholders, subTemplate } from '../document/intrinsics';
import { lambdaFunctionArn, lambdaInvocation } from './uriShapes';
import { derefObject, refOf } from './refs';

export interface IntegrationSite {
  /** The integration object (after following a `$ref`). */
  node: ObjectNode;
  property: PropertyNode;
  /** Lower-case integration type, when written literally. */
  type: string | undefined;
}

export function integrationsOf(root: ObjectNode, op: Operation): IntegrationSite[] {
  const property = op.node.properties.find((p) => p.key.value === 'x-amazon-apigateway-integration');
  if (!property) return [];
  const out: IntegrationSite[] = [];
  const visit = (value: AstNode | undefined) => {
    const branches = ifBranches(value);
    if (branches) return branches.forEach(visit);
    const node = refOf(value) ? derefObject(root, value) : asObject(value);
    if (node) out.push({ node, property, type: typeOf(node) });
  };
  visit(property.value);
  return out;
}

const knownTypes = new Set<string>(INTEGRATION_TYPES);
export function isIntegrationType(type: string): boolean {
  return knownTypes.has(type);
}

export function typeOf(integration: ObjectNode): string | undefined {
  return asString(getValue(integration, 'type'))?.toLowerCase();
}

/** Whether an integration calls Lambda: 'unknown' when its URI is computed or starts with a placeholder. */
export function lambdaTarget(integration: ObjectNode): 'lambda' | 'other' | 'unknown' {
  const uri = literalOrSub(getValue(integration, 'uri'));
  if (!uri) return 'unknown';
  const masked = maskPlaceholders(uri.text.trim());
  if (masked.startsWith(PLACEHOLDER)) return 'unknown';
  return lambdaInvocation.test(masked) || lambdaFunctionArn.test(masked) ? 'lambda' : 'other';
}

/** A string value as written, or the template of an `Fn::Sub`; undefined for other computed values. */
export function literalOrSub(node: AstNode | undefined): { text: string; node: AstNode } | undefined {
  if (!node) return undefined;
  const sub = subTemplate(node);
  if (sub) return sub;
  if (node.tag) return undefined;
  const text = scalarText(node);
  return text === undefined ? undefined : { text, node };
}
