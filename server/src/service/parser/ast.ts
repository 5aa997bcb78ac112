/**
 * The positional tree every feature works on: one shape for YAML and JSON, with offsets into the text.
 * YAML tags such as CloudFormation's `!Sub` are kept on the node they apply to.
 */
export type AstNode = ObjectNode | ArrayNode | StringNode | NumberNode | BooleanNode | NullNode;
export type Parent = PropertyNode | ArrayNode | undefined;

interface NodeBase {
  offset: number;
  length: number;
  parent: Parent;
  /** A YAML tag such as `!Sub` or `!Ref`. */
  tag?: string;
}

export interface ObjectNode extends NodeBase {
  type: 'object';
  properties: PropertyNode[];
  /** Built on first lookup: objects such as `paths` can have thousands of keys. */
  index?: Map<string, PropertyNode>;
}

export interface ArrayNode extends NodeBase {
  type: 'array';
  items: AstNode[];
}

export interface StringNode extends NodeBase {
  type: 'string';
  value: string;
  /** Written with quotes (YAML or JSON). */
  quoted: boolean;
}

export interface NumberNode extends NodeBase {
  type: 'number';
  value: number;
  raw: string;
}

export interface BooleanNode extends NodeBase {
  type: 'boolean';
  value: boolean;
}

export interface NullNode extends NodeBase {
  type: 'null';
  value: null;
}

export interface PropertyNode {
  type: 'property';
  key: StringNode;
  value: AstNode | undefined;
  offset: number;
  length: number;
  parent: ObjectNode;
}

export interface SyntaxProblem {
  message: string;
  /** A rule id other than 'syntax', for problems that parsers tolerate (duplicate keys). */
  rule?: 'duplicate-key';
  offset: number;
  length: number;
}

export interface ParseResult {
  root: AstNode | undefined;
  problems: SyntaxProblem[];
  /** YAML aliases were expanded: some nodes stand where their alias is, their children where the anchor is. */
  aliases?: boolean;
  /** The values of every `$ref` key, when the parser collected them (the fast YAML path does). */
  refs?: AstNode[];
}

export function getProperty(node: AstNode | undefined, key: string): PropertyNode | undefined {
  if (!node || node.type !== 'object') return undefined;
  if (node.properties.length < 8) return node.properties.find((p) => p.key.value === key);
  if (!node.index) {
    node.index = new Map();
    for (const p of node.properties) if (!node.index.has(p.key.value)) node.index.set(p.key.value, p);
  }
  return node.index.get(key);
}

export function getValue(node: AstNode | undefined, key: string): AstNode | undefined {
  return getProperty(node, key)?.value;
}

export function asObject(node: AstNode | undefined): ObjectNode | undefined {
  return node?.type === 'object' ? node : undefined;
}

export function asString(node: AstNode | undefined): string | undefined {
  return node?.type === 'string' ? node.value : undefined;
}

/** A scalar's value as text (numbers and booleans included), for places where AWS reads text. */
export function scalarText(node: AstNode | undefined): string | undefined {
  if (!node) return undefined;
  switch (node.type) {
    case 'string':
      return node.value;
    case 'number':
      return node.raw;
    case 'boolean':
      return String(node.value);
    default:
      return undefined;
  }
}

/** Keys and indexes from the tree's root down to `node`. */
export function pathOf(node: AstNode): (string | number)[] {
  const path: (string | number)[] = [];
  let current: AstNode = node;
  for (;;) {
    const parent: Parent = current.parent;
    if (!parent) return path.reverse();
    if (parent.type === 'property') {
      path.push(parent.key.value);
      current = parent.parent;
    } else {
      path.push(parent.items.indexOf(current));
      current = parent;
    }
  }
}

/** Follows keys and indexes from `node`; undefined when any step is missing. */
export function findAtPath(node: AstNode | undefined, path: readonly (string | number)[]): AstNode | undefined {
  let current = node;
  for (const step of path) {
    if (!current) return undefined;
    if (typeof step === 'number') current = current.type === 'array' ? current.items[step] : undefined;
    else current = getValue(current, step);
  }
  return current;
}

/** The innermost node whose range holds `offset` (end inclusive, so a cursor right after a value counts). */
export function nodeAtOffset(root: AstNode | undefined, offset: number): AstNode | undefined {
  let node = root;
  if (!node || offset < node.offset || offset > node.offset + node.length) return undefined;
  for (;;) {
    let next: AstNode | undefined;
    if (node.type === 'object') {
      for (const p of node.properties) {
        if (offset < p.offset) break;
        if (offset <= p.offset + p.length) {
          if (offset <= p.key.offset + p.key.length) return p.key;
          next = p.value && offset >= p.value.offset && offset <= p.value.offset + p.value.length ? p.value : undefined;
          break;
        }
      }
    } else if (node.type === 'array') {
      next = node.items.find((i) => offset >= i.offset && offset <= i.offset + i.length);
    }
    if (!next) return node;
    node = next;
  }
}
