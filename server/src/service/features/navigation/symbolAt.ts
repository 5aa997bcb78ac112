/**
 * What named thing the cursor is on, for go to definition and find references: a local `$ref` (or the
 * component it names), a request validator, a security scheme, a SAM authorizer, or a template resource.
 */
import { indexDefinition } from '../../document/definitionIndex';
import type { ApiDocument, Definition, TemplateResource } from '../../document/model';
import { AstNode, asObject, getValue, nodeAtOffset, pathOf } from '../../parser/ast';
import { apiEvents } from '../../validation/rules/template/samApis';
import { mentionsIn } from './logicalIds';

export type NamedSymbol =
  | { kind: 'ref'; def: Definition; pointer: string }
  | { kind: 'validator'; def: Definition; name: string }
  | { kind: 'scheme'; def: Definition; name: string }
  | { kind: 'samAuthorizer'; api: TemplateResource; name: string }
  | { kind: 'resource'; id: string };

export function pointerOf(path: readonly (string | number)[]): string {
  return `#/${path.map((s) => String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('/')}`;
}

export function symbolAt(doc: ApiDocument, offset: number): NamedSymbol | undefined {
  const node = nodeAtOffset(doc.parsed.root, offset);
  if (!node) return undefined;
  const prop = node.parent?.type === 'property' ? node.parent : undefined;
  const isKey = prop?.key === node;
  const path = isKey ? [...pathOf(prop.parent), prop.key.value] : pathOf(node);
  if (doc.template) {
    const templateSymbol = templateSymbolAt(doc, node, path, offset, isKey);
    if (templateSymbol) return templateSymbol;
  }
  const def = doc.definitions.find((d) => node.offset >= d.root.offset && node.offset <= d.root.offset + d.root.length);
  if (!def) return undefined;
  const defPath = path.slice(pathOf(def.root).length);
  const last = defPath[defPath.length - 1];
  const text = node.type === 'string' ? node.value : undefined;
  if (!isKey && last === '$ref' && text?.startsWith('#')) return { kind: 'ref', def, pointer: text };
  if (!isKey && last === 'x-amazon-apigateway-request-validator' && text) return { kind: 'validator', def, name: text };
  if (isKey && defPath.length === 2 && defPath[0] === 'x-amazon-apigateway-request-validators')
    return { kind: 'validator', def, name: String(last) };
  const inSecurity =
    isKey && defPath[defPath.length - 3] === 'security' && typeof defPath[defPath.length - 2] === 'number';
  const isSchemeKey =
    isKey &&
    ((defPath.length === 3 && defPath[0] === 'components' && defPath[1] === 'securitySchemes') ||
      (defPath.length === 2 && defPath[0] === 'securityDefinitions'));
  if (inSecurity || isSchemeKey) {
    const name = String(last);
    if (!indexDefinition(def).securitySchemes.has(name) && def.resource)
      return { kind: 'samAuthorizer', api: def.resource, name };
    return { kind: 'scheme', def, name };
  }
  if (isKey && isComponentPath(def, defPath)) return { kind: 'ref', def, pointer: pointerOf(defPath) };
  return undefined;
}

function isComponentPath(def: Definition, path: readonly (string | number)[]): boolean {
  if (def.version === 'swagger2')
    return path.length === 2 && ['definitions', 'parameters', 'responses'].includes(String(path[0]));
  return path.length === 3 && path[0] === 'components';
}

function templateSymbolAt(
  doc: ApiDocument,
  node: AstNode,
  path: (string | number)[],
  offset: number,
  isKey: boolean,
): NamedSymbol | undefined {
  const template = doc.template!;
  if (isKey && path.length === 2 && path[0] === 'Resources') return { kind: 'resource', id: String(path[1]) };
  // The intrinsic may be the node itself (`!Ref X`) or hold it (`{Ref: X}`, `Fn::GetAtt: [X, Arn]`).
  for (let n: AstNode | undefined = node, hops = 0; n && hops < 3; hops++) {
    const hit = mentionsIn(doc, n).find(
      (m) => offset >= m.offset && offset <= m.offset + m.length && template.resources.has(m.id),
    );
    if (hit) return { kind: 'resource', id: hit.id };
    const parent: AstNode['parent'] = n.parent;
    n = parent?.type === 'property' ? parent.parent : parent;
  }
  if (path[0] !== 'Resources' || typeof path[1] !== 'string') return undefined;
  const resource = template.resources.get(path[1]);
  if (!resource) return undefined;
  const text = node.type === 'string' ? node.value : undefined;
  if (isKey && path.length === 6 && path[3] === 'Auth' && path[4] === 'Authorizers')
    return { kind: 'samAuthorizer', api: resource, name: String(path[5]) };
  if (!isKey && text && path.length === 5 && path[3] === 'Auth' && path[4] === 'DefaultAuthorizer')
    return { kind: 'samAuthorizer', api: resource, name: text };
  if (!isKey && text && path.length === 8 && path[3] === 'Events' && path[6] === 'Auth' && path[7] === 'Authorizer') {
    const event = apiEvents(template).find((e) => e.function === resource && e.name.key.value === path[4]);
    if (event?.api) return { kind: 'samAuthorizer', api: event.api, name: text };
  }
  return undefined;
}

/** The value nodes naming a SAM authorizer of `api`: its DefaultAuthorizer and the Auth.Authorizer of events bound to it. */
export function samAuthorizerUses(doc: ApiDocument, api: TemplateResource): AstNode[] {
  const uses: AstNode[] = [];
  const def = getValue(asObject(getValue(api.properties, 'Auth')), 'DefaultAuthorizer');
  if (def) uses.push(def);
  for (const event of apiEvents(doc.template!)) {
    if (event.api !== api) continue;
    const use = getValue(asObject(getValue(event.properties, 'Auth')), 'Authorizer');
    if (use) uses.push(use);
  }
  return uses;
}
