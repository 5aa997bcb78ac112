/**
 * Mistakes injected into real definitions, at places found through the parsed tree (so a mutation lands where
 * a user would make it): wrong enums, typos in extension names and fields, malformed ARNs, out-of-range numbers,
 * dangling references.
 */
import type { ApiDocument } from '../../server/src/service/document/model';
import { indexDefinition } from '../../server/src/service/document/definitionIndex';
import { AstNode, asObject, getProperty, getValue } from '../../server/src/service/parser/ast';

export interface Mutation {
  kind: string;
  /** Text offset and length replaced, and the new text. */
  offset: number;
  length: number;
  replacement: string;
}

const slice = (text: string, n: { offset: number; length: number }) => text.slice(n.offset, n.offset + n.length);

/** Edits inside a scalar's text, keeping its quotes. */
function editScalar(
  text: string,
  node: { offset: number; length: number },
  edit: (inner: string) => string,
): { offset: number; length: number; replacement: string } {
  const raw = slice(text, node);
  const quoted = /^["']/.test(raw);
  const inner = quoted ? raw.slice(1, -1) : raw;
  return {
    offset: node.offset,
    length: node.length,
    replacement: quoted ? raw[0] + edit(inner) + raw[0] : edit(inner),
  };
}

export function mutationsOf(doc: ApiDocument, text: string): Mutation[] {
  const out: Mutation[] = [];
  const add = (
    kind: string,
    node: AstNode | { offset: number; length: number } | undefined,
    edit: (inner: string) => string,
  ) => {
    if (!node || ('type' in node && node.type !== 'string' && node.type !== 'number')) return;
    if ('tag' in node && node.tag) return;
    const raw = slice(text, node);
    if (raw.includes('\n')) return;
    out.push({ kind, ...editScalar(text, node, edit) });
  };
  for (const def of doc.definitions) {
    const index = indexDefinition(def);
    for (const use of index.extensions) {
      if (use.place === 'other') continue;
      add('extension-name-typo', use.property.key, (k) => {
        const i = 20 + Math.floor((k.length - 20) / 2);
        return k.slice(0, i) + k.slice(i + 1);
      });
    }
    for (const op of index.operations) {
      const integration = asObject(getValue(op.node, 'x-amazon-apigateway-integration'));
      if (!integration || getProperty(integration, '$ref')) continue;
      add('integration-type-enum', getValue(integration, 'type'), (v) => `${v}x`);
      add('passthrough-enum', getValue(integration, 'passthroughBehavior'), () => 'when_no_matchx');
      add('field-typo', getProperty(integration, 'httpMethod')?.key, () => 'httpMetod');
      const uri = getValue(integration, 'uri');
      if (uri?.type === 'string' && /:apigateway:/.test(uri.value))
        add('malformed-arn', uri, (v) => v.replace(':apigateway:', ':apigatway:'));
      if (uri?.type === 'string' && /\/invocations$/.test(uri.value))
        add('malformed-lambda-uri', uri, (v) => v.replace(/\/invocations$/, '/invocation'));
      add('timeout-range', getValue(integration, 'timeoutInMillis'), () => '999999999');
      add('validator-ref', getValue(op.node, 'x-amazon-apigateway-request-validator'), (v) => `${v}Missing`);
    }
    for (const scheme of index.securitySchemes.values()) {
      const authorizer = asObject(getValue(scheme.value, 'x-amazon-apigateway-authorizer'));
      add('authorizer-type-enum', getValue(authorizer, 'type'), (v) => `${v}x`);
      add('ttl-range', getValue(authorizer, 'authorizerResultTtlInSeconds'), () => '86400');
      const authUri = getValue(authorizer, 'authorizerUri');
      if (authUri?.type === 'string' && /\/invocations$/.test(authUri.value))
        add('malformed-authorizer-uri', authUri, (v) => v.replace('/functions/', '/function/'));
    }
    for (const response of asObject(getValue(def.root, 'x-amazon-apigateway-gateway-responses'))?.properties ?? []) {
      add('gateway-response-enum', response.key, (k) => `${k}X`);
    }
    collectRefs(def.root, (ref) => add('dangling-ref', ref, (v) => `${v}Missing`));
  }
  return out;
}

function collectRefs(node: AstNode | undefined, found: (n: AstNode) => void, depth = 0): void {
  if (!node || depth > 100) return;
  if (node.type === 'array') node.items.forEach((i) => collectRefs(i, found, depth + 1));
  if (node.type !== 'object') return;
  for (const p of node.properties) {
    if (p.key.value === '$ref' && p.value?.type === 'string' && p.value.value.startsWith('#/')) found(p.value);
    else collectRefs(p.value, found, depth + 1);
  }
}

export function apply(text: string, m: Mutation): string {
  return text.slice(0, m.offset) + m.replacement + text.slice(m.offset + m.length);
}
