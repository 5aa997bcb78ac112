/** Go to definition and find references for `$ref`s, request validators, security schemes, SAM authorizers and logical ids. */
import type { Location, Position } from 'vscode-languageserver-types';
import { indexDefinition } from '../document/definitionIndex';
import type { ApiDocument, Definition } from '../document/model';
import { AstNode, asObject, getProperty, getValue, scalarText } from '../parser/ast';
import { resolveLocalRef } from '../validation/refs';
import { declaredAuthorizers } from '../validation/rules/template/samApis';
import { allMentions } from './navigation/logicalIds';
import { NamedSymbol, samAuthorizerUses, symbolAt } from './navigation/symbolAt';

type Span = { offset: number; length: number };

function location(doc: ApiDocument, span: Span): Location {
  return {
    uri: doc.uri,
    range: { start: doc.text.positionAt(span.offset), end: doc.text.positionAt(span.offset + span.length) },
  };
}

/** A node's key when it has one: definitions land on the name, not on the whole value. */
function keyOf(node: AstNode): Span {
  return node.parent?.type === 'property' ? node.parent.key : node;
}

export function definition(doc: ApiDocument, position: Position): Location[] {
  const symbol = symbolAt(doc, doc.text.offsetAt(position));
  return symbol ? declarations(doc, symbol).map((s) => location(doc, s)) : [];
}

export function references(doc: ApiDocument, position: Position, includeDeclaration = true): Location[] {
  const symbol = symbolAt(doc, doc.text.offsetAt(position));
  if (!symbol) return [];
  return [...(includeDeclaration ? declarations(doc, symbol) : []), ...uses(doc, symbol)].map((s) => location(doc, s));
}

function declarations(doc: ApiDocument, symbol: NamedSymbol): Span[] {
  switch (symbol.kind) {
    case 'ref': {
      const target = resolveLocalRef(symbol.def.root, symbol.pointer);
      return target ? [keyOf(target)] : [];
    }
    case 'validator': {
      const prop = getProperty(
        asObject(getValue(symbol.def.root, 'x-amazon-apigateway-request-validators')),
        symbol.name,
      );
      return prop ? [prop.key] : [];
    }
    case 'scheme': {
      const prop = indexDefinition(symbol.def).securitySchemes.get(symbol.name);
      return prop ? [prop.key] : [];
    }
    case 'samAuthorizer':
      return declaredAuthorizers(symbol.api)
        .filter((p) => p.key.value === symbol.name)
        .map((p) => p.key);
    case 'resource': {
      const resource = doc.template?.resources.get(symbol.id);
      return resource ? [resource.keyNode.key] : [];
    }
  }
}

function uses(doc: ApiDocument, symbol: NamedSymbol): Span[] {
  switch (symbol.kind) {
    case 'ref':
      return refUses(symbol.def, symbol.pointer);
    case 'validator':
      return indexDefinition(symbol.def)
        .extensions.filter(
          (e) => e.name === 'x-amazon-apigateway-request-validator' && scalarText(e.property.value) === symbol.name,
        )
        .map((e) => e.property.value!);
    case 'scheme':
      return securityUses(symbol.def, symbol.name);
    case 'samAuthorizer': {
      const inDefinition = doc.definitions
        .filter((d) => d.resource === symbol.api)
        .flatMap((d) => securityUses(d, symbol.name));
      return [...samAuthorizerUses(doc, symbol.api).filter((n) => scalarText(n) === symbol.name), ...inDefinition];
    }
    case 'resource':
      return allMentions(doc).filter((m) => m.id === symbol.id);
  }
}

function refUses(def: Definition, pointer: string): Span[] {
  const out: Span[] = [];
  const walk = (node: AstNode | undefined, depth: number): void => {
    if (!node || depth > 200) return;
    if (node.type === 'array') node.items.forEach((i) => walk(i, depth + 1));
    if (node.type !== 'object') return;
    for (const p of node.properties) {
      if (p.key.value === '$ref' && p.value?.type === 'string' && p.value.value === pointer) out.push(p.value);
      else walk(p.value, depth + 1);
    }
  };
  walk(def.root, 0);
  return out;
}

function securityUses(def: Definition, name: string): Span[] {
  const lists = [
    getValue(def.root, 'security'),
    ...indexDefinition(def).operations.map((op) => getValue(op.node, 'security')),
  ];
  return lists
    .flatMap((list) => (list?.type === 'array' ? list.items : []))
    .flatMap((req) => asObject(req)?.properties ?? [])
    .filter((p) => p.key.value === name)
    .map((p) => p.key);
}
