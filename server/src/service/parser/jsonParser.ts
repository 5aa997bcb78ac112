/**
 * JSON → positional tree: well-formed JSON through the fast path (fastJson.ts), anything else through jsonc-parser
 * (VS Code's own scanner: exact error positions, recovery).
 */
import { Node as JsonNode, ParseError, parseTree, printParseErrorCode } from 'jsonc-parser';
import type { AstNode, ObjectNode, ParseResult, PropertyNode, StringNode, SyntaxProblem } from './ast';
import { parseJsonFast } from './fastJson';
import { offsetBeyondDepth } from './jsonNesting';

export function parseJson(text: string, allowComments: boolean): ParseResult {
  return parseJsonFast(text) ?? parseJsonFull(text, allowComments);
}

/** jsonc-parser and a conversion: for JSON with comments or errors, which it reports and recovers from. */
export function parseJsonFull(text: string, allowComments: boolean): ParseResult {
  // Checked before parsing: jsonc-parser recurses per level and would overflow the stack (see jsonNesting.ts).
  const tooDeep = offsetBeyondDepth(text, MAX_DEPTH);
  if (tooDeep >= 0)
    return {
      root: undefined,
      problems: [
        {
          message: `Nesting deeper than ${MAX_DEPTH} levels is not read; the document is not checked.`,
          offset: tooDeep,
          length: 1,
        },
      ],
    };
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, {
    disallowComments: !allowComments,
    allowTrailingComma: false,
    allowEmptyContent: true,
  });
  const problems: SyntaxProblem[] = errors.map((e) => ({
    message: describe(printParseErrorCode(e.error)),
    offset: e.offset,
    length: Math.max(1, e.length),
  }));
  try {
    return { root: tree ? convert(tree, undefined, text, 0) : undefined, problems };
  } catch (e) {
    return {
      root: undefined,
      problems: [
        ...problems,
        { message: `The document could not be read: ${(e as Error).message}`, offset: 0, length: 1 },
      ],
    };
  }
}

function describe(code: string): string {
  // "PropertyNameExpected" → "Property name expected"
  const words = code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Deeper documents are not real definitions; stop before the stack does. */
const MAX_DEPTH = 400;

function convert(node: JsonNode, parent: AstNode['parent'], text: string, depth: number): AstNode | undefined {
  const { offset, length } = node;
  if (depth > MAX_DEPTH) return undefined;
  switch (node.type) {
    case 'object': {
      const obj: ObjectNode = { type: 'object', offset, length, parent, properties: [] };
      for (const child of node.children ?? []) {
        const [keyNode, valueNode] = child.children ?? [];
        if (!keyNode) continue;
        const key: StringNode = {
          type: 'string',
          value: String(keyNode.value),
          quoted: true,
          offset: keyNode.offset,
          length: keyNode.length,
          parent: undefined,
        };
        const prop: PropertyNode = {
          type: 'property',
          key,
          value: undefined,
          offset: child.offset,
          length: child.length,
          parent: obj,
        };
        key.parent = prop;
        prop.value = valueNode ? convert(valueNode, prop, text, depth + 1) : undefined;
        obj.properties.push(prop);
      }
      return obj;
    }
    case 'array': {
      const arr: AstNode = { type: 'array', offset, length, parent, items: [] };
      for (const child of node.children ?? []) {
        const item = convert(child, arr, text, depth + 1);
        if (item) arr.items.push(item);
      }
      return arr;
    }
    case 'string':
      return { type: 'string', value: node.value as string, quoted: true, offset, length, parent };
    case 'number':
      return { type: 'number', value: node.value as number, raw: text.substr(offset, length), offset, length, parent };
    case 'boolean':
      return { type: 'boolean', value: node.value as boolean, offset, length, parent };
    case 'null':
      return { type: 'null', value: null, offset, length, parent };
    default:
      return undefined;
  }
}
