/**
 * CloudFormation intrinsic functions (`Ref`, `Fn::Sub`, `!GetAtt`, ...), in long and short (YAML tag) form.
 * Where a value may be computed, an intrinsic is accepted; `Fn::Sub` strings are still checked for shape with
 * their `${...}` placeholders treated as unknown text.
 */
import type { AstNode } from '../parser/ast';

const shortForms: Record<string, string> = {
  '!Ref': 'Ref',
  '!Sub': 'Fn::Sub',
  '!GetAtt': 'Fn::GetAtt',
  '!If': 'Fn::If',
  '!Join': 'Fn::Join',
  '!Select': 'Fn::Select',
  '!Split': 'Fn::Split',
  '!FindInMap': 'Fn::FindInMap',
  '!ImportValue': 'Fn::ImportValue',
  '!Base64': 'Fn::Base64',
  '!GetAZs': 'Fn::GetAZs',
  '!Cidr': 'Fn::Cidr',
  '!Equals': 'Fn::Equals',
  '!And': 'Fn::And',
  '!Or': 'Fn::Or',
  '!Not': 'Fn::Not',
  '!Condition': 'Condition',
  '!Transform': 'Fn::Transform',
  '!ToJsonString': 'Fn::ToJsonString',
  '!Length': 'Fn::Length',
};

export interface Intrinsic {
  name: string;
  /** The function's argument (for a short form, the tagged node itself without the tag's meaning). */
  argument: AstNode | undefined;
}

export function asIntrinsic(node: AstNode | undefined): Intrinsic | undefined {
  if (!node) return undefined;
  if (node.tag) {
    const name = shortForms[node.tag];
    return name ? { name, argument: node } : { name: node.tag, argument: node };
  }
  if (node.type === 'object' && node.properties.length === 1) {
    const key = node.properties[0].key.value;
    if (key === 'Ref' || key === 'Condition' || key.startsWith('Fn::'))
      return { name: key, argument: node.properties[0].value };
  }
  return undefined;
}

export function isIntrinsic(node: AstNode | undefined): boolean {
  return asIntrinsic(node) !== undefined;
}

/** The template string of an `Fn::Sub` (plain or with a variables map), if the node is one. */
export function subTemplate(node: AstNode | undefined): { text: string; node: AstNode } | undefined {
  const fn = asIntrinsic(node);
  if (!fn || fn.name !== 'Fn::Sub') return undefined;
  const arg = fn.argument;
  if (arg?.type === 'string') return { text: arg.value, node: arg };
  if (arg?.type === 'array' && arg.items[0]?.type === 'string') return { text: arg.items[0].value, node: arg.items[0] };
  return undefined;
}

/** The two value branches of an `Fn::If`, which both stand where the `Fn::If` is. */
export function ifBranches(node: AstNode | undefined): AstNode[] | undefined {
  const fn = asIntrinsic(node);
  if (!fn || fn.name !== 'Fn::If') return undefined;
  const arg = fn.argument;
  if (arg?.type !== 'array' || arg.items.length !== 3) return undefined;
  return [arg.items[1], arg.items[2]];
}

/** `AWS::NoValue`: the property is removed. */
export function isNoValue(node: AstNode | undefined): boolean {
  const fn = asIntrinsic(node);
  return fn?.name === 'Ref' && fn.argument?.type === 'string' && fn.argument.value === 'AWS::NoValue';
}

const placeholder = /\$\{[^}]*\}/g;
/** Replaces `${...}` placeholders by a marker character that patterns treat as "some text". */
export const PLACEHOLDER = '\u00a7';
export function maskPlaceholders(text: string): string {
  return text.includes('${') ? text.replace(placeholder, PLACEHOLDER) : text;
}
