/**
 * YAML → positional tree, on @stoplight/yaml-ast-parser (5× cheaper than `yaml` on large specs; see
 * ../shared/reference/parsers-measured.md). CloudFormation short-form tags (`!Sub`, `!Ref`, ...) are unknown to
 * the parser: it reports them as errors, which we turn into the `tag` of the node that follows.
 */
import * as yaml from '@stoplight/yaml-ast-parser';
import type { AstNode, ObjectNode, ParseResult, PropertyNode, StringNode, SyntaxProblem } from './ast';
import { parseYamlFast } from './fastYaml';
import { plainScalar } from './scalars';
import { TAG_KEEPING_SCHEMA, taggedScalar, type TaggedYamlScalar } from './yamlTags';

const unknownTag = /^unknown tag <(![^>]*)>/;

/** Deeper documents are not real definitions; stop before the stack does. */
export const MAX_DEPTH = 400;

export function parseYaml(text: string): ParseResult {
  return parseYamlFast(text) ?? parseYamlFull(text);
}

/** The full parser: any YAML, with its errors. */
export function parseYamlFull(text: string): ParseResult {
  const problems: SyntaxProblem[] = [];
  let doc: yaml.YAMLNode | undefined;
  try {
    // The parser's own duplicate-key check compares every key with every other (and reports each pair):
    // quadratic. We find duplicates ourselves while converting.
    doc = yaml.load(text, { ignoreDuplicateKeys: true, schema: TAG_KEEPING_SCHEMA });
  } catch (e) {
    // The parser recurses per level of nesting: thousands of levels overflow the stack.
    const message =
      e instanceof RangeError
        ? `Nesting deeper than ${MAX_DEPTH} levels is not read; the document is not checked.`
        : `The document could not be read: ${(e as Error).message}`;
    return { root: undefined, problems: [{ message, offset: 0, length: 1 }] };
  }
  const tagsAt = new Map<number, string>();
  for (const error of doc?.errors ?? []) {
    const position = error.mark?.position ?? 0;
    const tag = unknownTag.exec(error.reason ?? '');
    if (tag) {
      tagsAt.set(skipSpace(text, position + tag[1].length), tag[1]);
      continue;
    }
    if (error.isWarning) continue;
    problems.push({
      message: capitalise(error.reason ?? error.message),
      offset: Math.min(position, text.length),
      length: 1,
    });
  }
  const state: ConvertState = { text, tags: tagsAt, problems, depthReported: false, aliasNodes: 0 };
  const root = doc ? convert(doc, undefined, state, 0, 0) : undefined;
  if (state.aliasBomb) {
    // A half-expanded tree would only produce echoes of the one real problem: report that alone.
    // The parser's alias node starts after its `*`.
    const star = text[state.aliasBomb.offset - 1] === '*' ? 1 : 0;
    const at = { offset: state.aliasBomb.offset - star, length: state.aliasBomb.length + star };
    problems.push({
      message: `Aliases here expand to more than ${MAX_ALIAS_NODES.toLocaleString('en-US')} values (an "alias bomb"); the document is not checked.`,
      ...at,
    });
    return { root: undefined, problems, aliases: true };
  }
  return state.aliases ? { root, problems, aliases: true } : { root, problems };
}

function skipSpace(text: string, offset: number): number {
  while (
    offset < text.length &&
    (text[offset] === ' ' || text[offset] === '\t' || text[offset] === '\n' || text[offset] === '\r')
  )
    offset++;
  return offset;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Aliases may point back at their own ancestors; stop expanding them at this depth. */
const MAX_ALIAS_DEPTH = 20;
/**
 * Every alias is copied into the tree (it stands at its own place, with its own offsets), so ten levels of ten
 * aliases in a few hundred bytes would make 10^10 nodes. Real definitions that use anchors copy a few thousand
 * values; past this many the document is refused with one diagnostic.
 */
export const MAX_ALIAS_NODES = 100_000;

interface ConvertState {
  text: string;
  tags: Map<number, string>;
  problems: SyntaxProblem[];
  depthReported: boolean;
  aliases?: boolean;
  /** Nodes made by copying aliases so far, against MAX_ALIAS_NODES. */
  aliasNodes: number;
  /** Where the alias stands that went over MAX_ALIAS_NODES. */
  aliasBomb?: { offset: number; length: number };
}

function convert(
  node: yaml.YAMLNode,
  parent: AstNode['parent'],
  state: ConvertState,
  aliasDepth: number,
  depth: number,
): AstNode | undefined {
  const tags = state.tags;
  if (state.aliasBomb) return undefined;
  if (aliasDepth > 0 && ++state.aliasNodes > MAX_ALIAS_NODES) {
    // Placed by the outermost alias being expanded, where the user wrote it (see ANCHOR_REF below).
    state.aliasBomb = { offset: -1, length: 1 };
    return undefined;
  }
  if (depth > MAX_DEPTH) {
    if (!state.depthReported)
      state.problems.push({
        message: `Nesting deeper than ${MAX_DEPTH} levels is not read.`,
        offset: node.startPosition,
        length: 1,
      });
    state.depthReported = true;
    return undefined;
  }
  const offset = node.startPosition;
  const length = Math.max(0, node.endPosition - node.startPosition);
  const tag = tags.size ? tags.get(offset) : undefined;
  switch (node.kind) {
    case yaml.Kind.MAP: {
      const obj: ObjectNode = { type: 'object', offset, length, parent, properties: [] };
      if (tag) obj.tag = tag;
      const mappings = (node as yaml.YamlMap).mappings;
      // Small mappings (most of them) are checked for duplicates by a scan; large ones through a set.
      const seen = mappings.length > 16 ? new Set<string>() : undefined;
      for (const mapping of mappings) {
        if (!mapping?.key) continue;
        const keyNode = mapping.key;
        const key: StringNode = {
          type: 'string',
          value: keyText(keyNode),
          quoted: !!(keyNode.doubleQuoted || keyNode.singleQuoted),
          offset: keyNode.startPosition,
          length: keyNode.endPosition - keyNode.startPosition,
          parent: undefined,
        };
        const end = mapping.value ? Math.max(mapping.value.endPosition, keyNode.endPosition) : keyNode.endPosition;
        const prop: PropertyNode = {
          type: 'property',
          key,
          value: undefined,
          offset: keyNode.startPosition,
          length: end - keyNode.startPosition,
          parent: obj,
        };
        key.parent = prop;
        if (seen ? seen.has(key.value) : hasKey(obj.properties, key.value)) {
          // CloudFormation and most YAML readers keep the last of duplicate keys: a likely mistake, not a failure.
          state.problems.push({
            message: `Duplicate key '${key.value}': the last value wins.`,
            offset: key.offset,
            length: key.length,
            rule: 'duplicate-key',
          });
        }
        seen?.add(key.value);
        prop.value = mapping.value ? convert(mapping.value, prop, state, aliasDepth, depth + 1) : undefined;
        // `key:` with nothing after it is a null value in YAML.
        if (!mapping.value)
          prop.value = { type: 'null', value: null, offset: keyNode.endPosition + 1, length: 0, parent: prop };
        obj.properties.push(prop);
      }
      return obj;
    }
    case yaml.Kind.SEQ: {
      const arr: AstNode = { type: 'array', offset, length, parent, items: [] };
      if (tag) arr.tag = tag;
      // Where the entry being read starts from: just inside a flow list's `[`, then past each entry.
      let after = offset + 1;
      for (const item of (node as yaml.YAMLSequence).items) {
        if (!item) continue;
        if (item.startPosition < 0) {
          if (state.text[offset] === '[') reportEmptyFlowEntry(state, after, after === offset + 1);
          continue;
        }
        const converted = convert(item, arr, state, aliasDepth, depth + 1);
        if (converted) arr.items.push(converted);
        after = item.endPosition;
      }
      return arr;
    }
    case yaml.Kind.SCALAR:
      return scalar(node as yaml.YAMLScalar, parent, tag);
    case yaml.Kind.ANCHOR_REF: {
      const target = (node as yaml.YAMLAnchorReference).value;
      state.aliases = true;
      if (!target || aliasDepth >= MAX_ALIAS_DEPTH) return { type: 'null', value: null, offset, length, parent };
      const converted = convert(target, parent, state, aliasDepth + 1, depth + 1);
      // Read again: the expansion above may have set it.
      const bomb = state.aliasBomb as ConvertState['aliasBomb'];
      if (bomb && bomb.offset < 0 && aliasDepth === 0) state.aliasBomb = { offset, length: Math.max(1, length) };
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

/**
 * An empty entry of a flow list (`[1, , 2]`, `[,]`): the parser library makes a null of it, with no place and no
 * error, where YAML readers stop (PyYAML: "expected the node content, but found ','"). Reported at the comma or
 * bracket that stands where a value should, found past the separator before it (`first`: there is none).
 */
function reportEmptyFlowEntry(state: ConvertState, from: number, first: boolean): void {
  let at = skipBlanksAndComments(state.text, from);
  // After an entry, the comma that ends it comes first (a `]` there would end the list: no empty entry follows).
  if (!first) at = skipBlanksAndComments(state.text, at + 1);
  state.problems.push({
    message: 'A value is missing here: remove the extra comma in this list.',
    offset: Math.min(at, state.text.length),
    length: 1,
  });
}

function skipBlanksAndComments(text: string, offset: number): number {
  for (;;) {
    offset = skipSpace(text, offset);
    if (text[offset] !== '#') return offset;
    while (offset < text.length && text[offset] !== '\n') offset++;
  }
}

function hasKey(properties: PropertyNode[], key: string): boolean {
  for (let i = 0; i < properties.length; i++) if (properties[i].key.value === key) return true;
  return false;
}

function relocate(node: AstNode, offset: number, length: number): void {
  node.offset = offset;
  node.length = length;
}

/** A key's text; a key written as an alias (`*name: v`) is the scalar it names. Other non-scalar keys read as ''. */
function keyText(key: yaml.YAMLNode): string {
  const node = key.kind === yaml.Kind.ANCHOR_REF ? (key as yaml.YAMLAnchorReference).value : key;
  if (node?.kind !== yaml.Kind.SCALAR) return '';
  return String((node as yaml.YAMLScalar).value ?? '');
}

function scalar(node: yaml.YAMLScalar, parent: AstNode['parent'], tag: string | undefined): AstNode {
  const offset = node.startPosition;
  const length = node.endPosition - node.startPosition;
  const quoted = !!(node.doubleQuoted || node.singleQuoted);
  const raw = String(node.value ?? '');
  const standardTag = (node as TaggedYamlScalar).standardTag;
  if (standardTag) return taggedScalar(standardTag, raw, quoted, offset, length, parent);
  const result: AstNode =
    quoted || tag || !node.plainScalar
      ? { type: 'string', value: raw, quoted, offset, length, parent }
      : plainScalar(raw, offset, length, parent);
  if (tag) result.tag = tag;
  return result;
}
