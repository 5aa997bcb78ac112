/**
 * YAML → positional tree, on @stoplight/yaml-ast-parser (5× cheaper than `yaml` on large specs; see
 * ../shared/reference/parsers-measured.md). CloudFormation short-form tags (`!Sub`, `!Ref`, ...) are unknown to
 * the parser: it reports them as errors, which we turn into the `tag` of the node that follows.
 */
import * as yaml from '@stoplight/yaml-ast-parser';
import type { AstNode, ObjectNode, ParseResult, PropertyNode, StringNode, SyntaxProblem } from './ast';

const unknownTag = /^unknown tag <(![^>]*)>/;

export function parseYaml(text: string): ParseResult {
  const doc = yaml.load(text, {}) as yaml.YAMLNode | undefined;
  const problems: SyntaxProblem[] = [];
  const tagsAt = new Map<number, string>();
  for (const error of doc?.errors ?? []) {
    const position = error.mark?.position ?? 0;
    const tag = unknownTag.exec(error.reason ?? '');
    if (tag) {
      tagsAt.set(skipSpace(text, position + tag[1].length), tag[1]);
      continue;
    }
    if (error.isWarning) continue;
    const message = capitalise(error.reason ?? error.message);
    // CloudFormation and most YAML readers keep the last of duplicate keys: a likely mistake, not a failure.
    const rule = /duplicate key/i.test(message) ? 'duplicate-key' : undefined;
    problems.push({ message: rule ? `${message}: the last value wins.` : message, offset: Math.min(position, text.length), length: 1, ...(rule ? { rule } : {}) });
  }
  const root = doc ? convert(doc, undefined, tagsAt, 0) : undefined;
  return { root, problems };
}

function skipSpace(text: string, offset: number): number {
  while (offset < text.length && (text[offset] === ' ' || text[offset] === '\t' || text[offset] === '\n' || text[offset] === '\r')) offset++;
  return offset;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Aliases may point back at their own ancestors; stop expanding them at this depth. */
const MAX_ALIAS_DEPTH = 20;

function convert(node: yaml.YAMLNode, parent: AstNode['parent'], tags: Map<number, string>, aliasDepth: number): AstNode | undefined {
  const offset = node.startPosition;
  const length = Math.max(0, node.endPosition - node.startPosition);
  const tag = tags.get(offset);
  switch (node.kind) {
    case yaml.Kind.MAP: {
      const obj: ObjectNode = { type: 'object', offset, length, parent, properties: [] };
      if (tag) obj.tag = tag;
      for (const mapping of (node as yaml.YamlMap).mappings) {
        if (!mapping?.key) continue;
        const keyNode = mapping.key as yaml.YAMLScalar;
        const key: StringNode = {
          type: 'string',
          value: keyText(keyNode),
          quoted: !!(keyNode.doubleQuoted || keyNode.singleQuoted),
          offset: keyNode.startPosition,
          length: keyNode.endPosition - keyNode.startPosition,
          parent: undefined,
        };
        const end = mapping.value ? Math.max(mapping.value.endPosition, keyNode.endPosition) : keyNode.endPosition;
        const prop: PropertyNode = { type: 'property', key, value: undefined, offset: keyNode.startPosition, length: end - keyNode.startPosition, parent: obj };
        key.parent = prop;
        prop.value = mapping.value ? convert(mapping.value, prop, tags, aliasDepth) : undefined;
        // `key:` with nothing after it is a null value in YAML.
        if (!mapping.value) prop.value = { type: 'null', value: null, offset: keyNode.endPosition + 1, length: 0, parent: prop };
        obj.properties.push(prop);
      }
      return obj;
    }
    case yaml.Kind.SEQ: {
      const arr: AstNode = { type: 'array', offset, length, parent, items: [] };
      if (tag) arr.tag = tag;
      for (const item of (node as yaml.YAMLSequence).items) {
        if (!item) continue;
        const converted = convert(item, arr, tags, aliasDepth);
        if (converted) arr.items.push(converted);
      }
      return arr;
    }
    case yaml.Kind.SCALAR:
      return scalar(node as yaml.YAMLScalar, parent, tag);
    case yaml.Kind.ANCHOR_REF: {
      const target = (node as yaml.YAMLAnchorReference).value;
      if (!target || aliasDepth >= MAX_ALIAS_DEPTH) return { type: 'null', value: null, offset, length, parent };
      const converted = convert(target, parent, tags, aliasDepth + 1);
      // The alias stands where it is written: report problems there, not at the anchor.
      if (converted) relocate(converted, offset, length);
      return converted;
    }
    case yaml.Kind.MAPPING:
    case yaml.Kind.INCLUDE_REF:
    default:
      return undefined;
  }
}

function relocate(node: AstNode, offset: number, length: number): void {
  node.offset = offset;
  node.length = length;
}

function keyText(key: yaml.YAMLScalar): string {
  if (key.kind !== yaml.Kind.SCALAR) return '';
  return String(key.value ?? '');
}

/** Plain scalars that start like this can only be strings: skips the parser's type inference (a hot path). */
const surelyString = /^[A-Za-z_/$#@%^&*(=<>|\\`'"\[\]{}!,;:?]/;
const maybeNotString = /^(?:[-+.~0-9]|(?:true|false|null|yes|no|on|off|y|n)$|\.(?:inf|nan))/i;

function scalar(node: yaml.YAMLScalar, parent: AstNode['parent'], tag: string | undefined): AstNode {
  const offset = node.startPosition;
  const length = node.endPosition - node.startPosition;
  const quoted = !!(node.doubleQuoted || node.singleQuoted);
  const raw = String(node.value ?? '');
  let result: AstNode;
  if (quoted || tag || !node.plainScalar || (surelyString.test(raw) && !maybeNotString.test(raw))) {
    result = { type: 'string', value: raw, quoted, offset, length, parent };
  } else {
    switch (yaml.determineScalarType(node)) {
      case yaml.ScalarType.null:
        result = { type: 'null', value: null, offset, length, parent };
        break;
      case yaml.ScalarType.bool:
        result = { type: 'boolean', value: yaml.parseYamlBoolean(raw), offset, length, parent };
        break;
      case yaml.ScalarType.int:
        result = { type: 'number', value: Number(yaml.parseYamlInteger(raw)), raw, offset, length, parent };
        break;
      case yaml.ScalarType.float:
        result = { type: 'number', value: yaml.parseYamlFloat(raw), raw, offset, length, parent };
        break;
      default:
        result = { type: 'string', value: raw, quoted: false, offset, length, parent };
    }
  }
  if (tag) result.tag = tag;
  return result;
}
