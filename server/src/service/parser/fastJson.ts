/**
 * A fast path for well-formed JSON: one pass straight into the positional tree, with strings found by native
 * searches. jsonc-parser first builds a tree of its own that is then converted, which costs twice the objects.
 *
 * On anything that is not plain, valid JSON (comments, trailing commas, a syntax error, nesting deeper than the
 * converter keeps) it gives up and returns undefined: jsonParser.ts then uses jsonc-parser, which also reports
 * the errors. A conformance test holds it to jsonc-parser's trees.
 */
import { GiveUp, giveUp } from './giveUp';
import type { AstNode, ArrayNode, ObjectNode, ParseResult, PropertyNode, StringNode } from './ast';

/** Below the jsonc-parser conversion's limit (400 levels of values, deeper ones dropped): deeper documents take that path. */
const MAX_DEPTH = 350;
const QUOTE = 34;
const BACKSLASH = 92;
const number = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
/** What a string may not hold unescaped, and the backslash that needs JSON.parse to unescape. */
const specialInString = /[\x00-\x1f\\]/;

export function parseJsonFast(text: string): ParseResult | undefined {
  const parser = new FastJson(text);
  try {
    return parser.document();
  } catch (e) {
    if (e instanceof GiveUp || e instanceof RangeError || e instanceof SyntaxError) return undefined;
    throw e;
  }
}

type Parent = AstNode['parent'];

class FastJson {
  private pos = 0;
  private depth = 0;
  /** Every `$ref` value seen, so that reference checks need not walk the tree again. */
  private readonly refs: AstNode[] = [];

  constructor(private readonly text: string) {}

  document(): ParseResult {
    this.skipSpace();
    if (this.pos >= this.text.length) giveUp();
    const root = this.value(undefined);
    this.skipSpace();
    if (this.pos !== this.text.length) giveUp();
    return { root, problems: [], refs: this.refs };
  }

  private skipSpace(): void {
    const text = this.text;
    let i = this.pos;
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 10 || c === 13 || c === 9) i++;
      else break;
    }
    this.pos = i;
  }

  private value(parent: Parent): AstNode {
    const text = this.text;
    const at = this.pos;
    const c = text.charCodeAt(at);
    if (c === QUOTE) {
      const value = this.string();
      return { type: 'string', value, quoted: true, offset: at, length: this.pos - at, parent };
    }
    if (c === 123 /* { */) return this.object(parent);
    if (c === 91 /* [ */) return this.array(parent);
    if (c === 116 /* t */ && text.startsWith('true', at)) return this.literal('boolean', true, 4, parent);
    if (c === 102 /* f */ && text.startsWith('false', at)) return this.literal('boolean', false, 5, parent);
    if (c === 110 /* n */ && text.startsWith('null', at)) return this.literal('null', null, 4, parent);
    number.lastIndex = at;
    if (!number.test(text)) giveUp();
    const end = number.lastIndex;
    const raw = text.slice(at, end);
    this.pos = end;
    return { type: 'number', value: Number(raw), raw, offset: at, length: end - at, parent };
  }

  private literal(type: 'boolean' | 'null', value: boolean | null, length: number, parent: Parent): AstNode {
    const at = this.pos;
    this.pos = at + length;
    return type === 'null'
      ? { type, value: null, offset: at, length, parent }
      : { type, value: value as boolean, offset: at, length, parent };
  }

  /** A string from its opening quote at `pos`; leaves `pos` after the closing quote. */
  private string(): string {
    const text = this.text;
    const start = this.pos;
    let end = text.indexOf('"', start + 1);
    // A quote preceded by an odd number of backslashes is escaped: look further.
    for (;;) {
      if (end < 0) giveUp();
      let slashes = 0;
      while (text.charCodeAt(end - 1 - slashes) === BACKSLASH) slashes++;
      if (slashes % 2 === 0) break;
      end = text.indexOf('"', end + 1);
    }
    this.pos = end + 1;
    const raw = text.slice(start + 1, end);
    if (!specialInString.test(raw)) return raw;
    // Escapes (or a control character, which JSON.parse rejects, as JSON does).
    return JSON.parse(text.slice(start, end + 1)) as string;
  }

  private object(parent: Parent): ObjectNode {
    if (++this.depth > MAX_DEPTH) giveUp();
    const text = this.text;
    const obj: ObjectNode = { type: 'object', offset: this.pos, length: 0, parent, properties: [] };
    this.pos++;
    this.skipSpace();
    if (text.charCodeAt(this.pos) !== 125 /* } */) {
      for (;;) {
        const keyAt = this.pos;
        if (text.charCodeAt(keyAt) !== QUOTE) giveUp();
        const name = this.string();
        const key: StringNode = {
          type: 'string',
          value: name,
          quoted: true,
          offset: keyAt,
          length: this.pos - keyAt,
          parent: undefined,
        };
        const prop: PropertyNode = { type: 'property', key, value: undefined, offset: keyAt, length: 0, parent: obj };
        key.parent = prop;
        this.skipSpace();
        if (text.charCodeAt(this.pos) !== 58 /* : */) giveUp();
        this.pos++;
        this.skipSpace();
        const value = this.value(prop);
        prop.value = value;
        prop.length = value.offset + value.length - keyAt;
        if (name === '$ref') this.refs.push(value);
        obj.properties.push(prop);
        this.skipSpace();
        const c = text.charCodeAt(this.pos);
        if (c === 125 /* } */) break;
        if (c !== 44 /* , */) giveUp();
        this.pos++;
        this.skipSpace();
      }
    }
    this.pos++;
    obj.length = this.pos - obj.offset;
    this.depth--;
    return obj;
  }

  private array(parent: Parent): ArrayNode {
    if (++this.depth > MAX_DEPTH) giveUp();
    const text = this.text;
    const arr: ArrayNode = { type: 'array', offset: this.pos, length: 0, parent, items: [] };
    this.pos++;
    this.skipSpace();
    if (text.charCodeAt(this.pos) !== 93 /* ] */) {
      for (;;) {
        arr.items.push(this.value(arr));
        this.skipSpace();
        const c = text.charCodeAt(this.pos);
        if (c === 93 /* ] */) break;
        if (c !== 44 /* , */) giveUp();
        this.pos++;
        this.skipSpace();
      }
    }
    this.pos++;
    arr.length = this.pos - arr.offset;
    this.depth--;
    return arr;
  }
}
