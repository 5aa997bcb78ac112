/**
 * Hover: what an extension, field or enum value does (from the catalogue, with a link to AWS's page), an
 * integration URI taken apart, and throttle settings set against the account's limits.
 */
import type { Hover, Position } from 'vscode-languageserver-types';
import { MarkupKind } from 'vscode-languageserver-types';
import { findExtension } from '../catalogue';
import type { ApiDocument } from '../document/model';
import { AstNode, nodeAtOffset, pathOf, scalarText } from '../parser/ast';
import { describeEnumValue, describeExtension, describeField } from './describe';
import { explainUri } from './hover/integrationUri';
import { accountLimitsNote, explainThrottle, throttleKind } from './hover/throttle';
import { JsonPath, PathContext, pathContext } from './pathContext';

export function hover(doc: ApiDocument, position: Position): Hover | null {
  if (doc.kind === 'other') return null;
  const node = nodeAtOffset(doc.parsed.root, doc.text.offsetAt(position));
  if (!node || node.type === 'object' || node.type === 'array') return null;
  const isKey = node.parent?.type === 'property' && node.parent.key === node;
  const path =
    isKey && node.parent?.type === 'property'
      ? [...pathOf(node.parent.parent), (node as { value: string }).value]
      : withoutIntrinsic(pathOf(node));
  const ctx = pathContext(doc, path);
  const markdown = isKey ? (mapKeyHover(doc, path) ?? keyHover(path, ctx)) : valueHover(node, path, ctx);
  if (!markdown) return null;
  return {
    contents: { kind: MarkupKind.Markdown, value: markdown },
    range: { start: doc.text.positionAt(node.offset), end: doc.text.positionAt(node.offset + node.length) },
  };
}

/** `uri: {Fn::Sub: ...}` (or `[text, vars]`): the value stands for the key that holds the intrinsic. */
function withoutIntrinsic(path: (string | number)[]): (string | number)[] {
  const i = path.lastIndexOf('Fn::Sub');
  return i > 0 && i >= path.length - 2 ? path.slice(0, i) : path;
}

function keyHover(path: JsonPath, ctx: PathContext): string | undefined {
  const key = path[path.length - 1];
  if (typeof key !== 'string') return undefined;
  if (ctx.extension && ctx.extensionPath?.length === 0) return describeExtension(ctx.extension);
  // The ANY method stands for an operation, so the path resolver does not see it as an extension.
  if (key === 'x-amazon-apigateway-any-method' && ctx.place === 'operation')
    return describeExtension(findExtension(key)!);
  if (!ctx.schema || !(ctx.extension || ctx.resourceSpec)) return undefined;
  const doc = describeField(key, ctx.schema, ctx.extension?.docUrl ?? ctx.resourceSpec?.docUrl);
  const kind = throttleKind(key);
  return kind ? `${doc}\n\n${accountLimitsNote()}` : doc;
}

/** A key of a map whose keys are a fixed set (gateway response types): what that key means. */
function mapKeyHover(doc: ApiDocument, path: JsonPath): string | undefined {
  const key = path[path.length - 1];
  const map = pathContext(doc, path.slice(0, -1));
  const docs = map.schema?.kind === 'map' ? map.schema.keys?.enumDocs : undefined;
  if (typeof key !== 'string' || !docs?.[key]) return undefined;
  const label = map.extension?.name ?? 'key';
  return [
    `**${key}** (${label})`,
    '',
    docs[key],
    ...(map.extension ? ['', `[AWS documentation](${map.extension.docUrl})`] : []),
  ].join('\n');
}

function valueHover(node: AstNode, path: JsonPath, ctx: PathContext): string | undefined {
  const key = path[path.length - 1];
  const isSub = node.tag === '!Sub' || pathOf(node).length !== path.length;
  const text = scalarText(node);
  if (text === undefined) return undefined;
  if (key === 'uri' || key === 'authorizerUri') {
    const explained = explainUri(text, isSub);
    if (explained) return explained;
  }
  const kind = throttleKind(key);
  if (kind && node.type === 'number') return explainThrottle(kind, node.value);
  const schema = ctx.schema;
  if (!schema) return undefined;
  if (schema.enum && typeof key === 'string') {
    const enumDoc = describeEnumValue(text, schema, key, ctx.extension?.docUrl ?? ctx.resourceSpec?.docUrl);
    if (enumDoc) return enumDoc;
  }
  if (typeof key === 'string' && (ctx.extension || ctx.resourceSpec) && ctx.extensionPath?.length !== 0)
    return describeField(key, schema, ctx.extension?.docUrl ?? ctx.resourceSpec?.docUrl);
  if (ctx.extension && ctx.extensionPath?.length === 0) return describeExtension(ctx.extension);
  return undefined;
}
