// The Velocity 1.7 parser: template text to the tree in ast.ts, with the lexical rules of Velocity 1.7's
// Parser.jjt as the Java engine applies them (checked against it by test/server/service/velocity/differential.test.ts):
// - A directive's closing `)`, and `#else` / `#end`, swallow the spaces, tabs and one newline that follow them
//   when a newline follows; spaces before a directive are kept (1.7 has no "space gobbling" of indentation).
// - Identifiers may contain `-` (`$a-1` is one reference), so `5 -3` is a syntax error and `5 - 3` is not.
// - Method arguments and indexes are single values (literals, references, lists, maps, ranges), never
//   arithmetic: `$s.substring($i + 1)` is a syntax error in 1.7.
// - String literals: `""` inside double quotes is a quote, `''` inside single quotes is an apostrophe, and a
//   backslash is an ordinary character. Double-quoted strings containing `$` or `#` are templates themselves.
// - `#foo(...)` that is not a directive is a macro call, looked up when rendered (printed as text if no macro of
//   that name exists); `#foo` without a parenthesis is text.
// The first syntax error stops the parse, as in Velocity: the template then renders nothing.
import type { BinaryOp, Expr, MacroDefinition, RefPart, Reference, TemplateNode } from './ast';

export interface SyntaxError {
  message: string;
  offset: number;
  end: number;
}

export interface ParseOutput {
  nodes: TemplateNode[];
  macros: Map<string, MacroDefinition>;
  error: SyntaxError | null;
}

class Stop extends Error {
  constructor(readonly syntax: SyntaxError) {
    super(syntax.message);
  }
}

const MAX_NESTING = 150;
const KNOWN_DIRECTIVES = new Set([
  'if',
  'elseif',
  'else',
  'end',
  'set',
  'foreach',
  'break',
  'stop',
  'macro',
  'define',
  'evaluate',
  'include',
  'parse',
]);

const isIdentStart = (c: string) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '_';
const isIdentPart = (c: string) => isIdentStart(c) || (c >= '0' && c <= '9') || c === '-';
const isWordPart = (c: string) => isIdentStart(c) || (c >= '0' && c <= '9');
const isDigit = (c: string) => c >= '0' && c <= '9';
const isSpace = (c: string) => c === ' ' || c === '\t' || c === '\n' || c === '\r';

export function parseVelocity(text: string): ParseOutput {
  const parser = new Parser(text, 0, text.length);
  try {
    const nodes = parser.template();
    return { nodes, macros: parser.macros, error: null };
  } catch (e) {
    if (e instanceof Stop) return { nodes: [], macros: parser.macros, error: e.syntax };
    if (e instanceof RangeError)
      return {
        nodes: [],
        macros: parser.macros,
        error: { message: 'The template is nested too deeply to parse.', offset: 0, end: 0 },
      };
    throw e;
  }
}

type BlockEnd = 'end' | 'else' | 'elseif' | 'eof';

class Parser {
  pos: number;
  depth = 0;
  /** Parsing the inside of a double-quoted string, where a trailing `$` or `#` is text. */
  inString = false;
  macros = new Map<string, MacroDefinition>();

  constructor(
    readonly text: string,
    start: number,
    readonly limit: number,
  ) {
    this.pos = start;
  }

  fail(message: string, offset = this.pos, end = offset + 1): never {
    throw new Stop({ message, offset, end: Math.min(Math.max(end, offset), this.limit) });
  }

  peek(k = 0): string {
    const i = this.pos + k;
    return i < this.limit ? this.text[i] : '';
  }

  startsWith(s: string): boolean {
    return this.text.startsWith(s, this.pos) && this.pos + s.length <= this.limit;
  }

  template(): TemplateNode[] {
    const { nodes, end } = this.block();
    if (end.kind !== 'eof')
      this.fail(
        `\`#${end.kind}\` has no \`#if\`, \`#foreach\`, \`#macro\` or \`#define\` to close; remove it.`,
        end.at,
        end.at + end.kind.length + 1,
      );
    return nodes;
  }

  /** Nodes until `#end`, `#else`, `#elseif` (the caller decides whether that is allowed) or the end of the text. */
  block(): { nodes: TemplateNode[]; end: { kind: BlockEnd; at: number; cond?: Expr } } {
    if (++this.depth > MAX_NESTING) this.fail('Directives are nested too deeply (more than 150 levels).');
    const nodes: TemplateNode[] = [];
    const pushText = (t: string) => {
      if (t === '') return;
      const last = nodes[nodes.length - 1];
      if (last && last.kind === 'text') last.text += t;
      else nodes.push({ kind: 'text', text: t });
    };
    try {
      while (this.pos < this.limit) {
        const c = this.peek();
        if (c === '$') {
          const ref = this.tryReference();
          if (ref) {
            nodes.push({ kind: 'ref', ref, backslashes: 0 });
            this.commentAfterProperty(ref, pushText);
          } else {
            // Velocity 1.7's lexer: a `$` (or `$!`) that ends the template is an error, and `$!` before
            // anything but a name, `{` or `$` prints as `$` (the `!` is lost).
            this.strayDollar(pushText);
          }
        } else if (c === '#') {
          const result = this.hash(pushText, nodes);
          if (result) return { nodes, end: result };
        } else if (c === '\\') {
          this.backslashes(pushText, nodes);
        } else {
          let j = this.pos;
          while (j < this.limit && this.text[j] !== '$' && this.text[j] !== '#' && this.text[j] !== '\\') j++;
          // Velocity 1.7's #set token starts with the spaces and tabs before it: when they begin a token of
          // their own (right after a reference, a directive or a comment), they vanish with the #set.
          if (!(this.isSetAt(j) && /^[ \t]*$/.test(this.text.slice(this.pos, j))))
            pushText(this.text.slice(this.pos, j));
          this.pos = j;
        }
      }
      return { nodes, end: { kind: 'eof', at: this.pos } };
    } finally {
      this.depth--;
    }
  }

  /**
   * A `$` or `$!` that starts no reference. Velocity 1.7's lexer treats it in ways no documentation states,
   * reproduced here as the Java engine shows them: at the very end of the template it is an error; before
   * `#set` or a `#*` comment it vanishes; `$!` before `.` vanishes; `$!` before `#`, `}`, `[`, `{` or `$`
   * stays; `$!` before anything else prints as `$` (the `!` is lost).
   */
  strayDollar(pushText: (t: string) => void): void {
    const bang = this.peek(1) === '!';
    const after = this.pos + (bang ? 2 : 1);
    const next = after < this.limit ? this.text[after] : '';
    if (next === '' && !this.inString)
      this.fail('A `$` at the very end of the template is a syntax error in Velocity 1.7; write `\\$` or remove it.');
    // Before #if, #elseif, #else, #end (also behind escaping backslashes) or `\\\\` it vanishes.
    let k = after;
    while (k < this.limit && this.text[k] === '\\') k++;
    const directive = this.text[k] === '#' ? this.directiveNameAt(k) : null;
    if ((directive && ['if', 'elseif', 'else', 'end', 'set'].includes(directive.name)) || k - after >= 2) {
      this.pos = after;
      return;
    }
    let i = after;
    while (i < this.limit && (this.text[i] === ' ' || this.text[i] === '\t')) i++;
    if (this.isSetAt(i)) {
      this.pos = i;
      return;
    }
    if (this.text.startsWith('#*', after)) {
      this.pos = after;
      return;
    }
    if (next === '{') {
      // A lone `${` or `$!{` is a token of its own: spaces after it start the next one (and go with a #set).
      pushText(bang ? '$!{' : '${');
      this.pos = after + 1;
      let j = this.pos;
      while (j < this.limit && (this.text[j] === ' ' || this.text[j] === '\t')) j++;
      if (this.isSetAt(j)) this.pos = j;
      return;
    }
    if (!bang) {
      pushText('$');
      this.pos = after;
      this.genericDirectiveAsText(pushText);
      return;
    }
    if (next === '.' && isIdentStart(this.text[after + 1] ?? '')) {
      this.pos = after;
      return;
    }
    pushText('#}[{$'.includes(next) && next !== '' ? '$!' : '$');
    this.pos = after;
    this.genericDirectiveAsText(pushText);
  }

  /**
   * Right after a stray `$`, Velocity 1.7's lexer is in its reference state, where only #if, #elseif, #else,
   * #end, #set and comments are recognised: `#foreach`, `#define`, `#macro` or a macro call there is text.
   */
  genericDirectiveAsText(pushText: (t: string) => void): void {
    if (this.peek() !== '#') return;
    const name = this.directiveNameAt(this.pos);
    if (!name || ['if', 'elseif', 'else', 'end', 'set'].includes(name.name)) return;
    pushText(this.text.slice(this.pos, name.end));
    this.pos = name.end;
  }

  /** After `$a.b` (unbraced, ending in a property) Velocity 1.7's lexer does not see `##` as a comment: it is text. */
  commentAfterProperty(ref: Reference, pushText: (t: string) => void): void {
    const last = ref.parts[ref.parts.length - 1];
    if (last?.kind === 'property' && !ref.literal.endsWith('}') && this.startsWith('##')) {
      pushText('##');
      this.pos += 2;
    }
  }

  isSetAt(i: number): boolean {
    const m = /^#(?:set|\{set\})[ \t]*\(/.exec(this.text.slice(i, i + 40));
    return m !== null && i + m[0].length <= this.limit;
  }

  /** A run of backslashes: before a reference or directive it escapes it; elsewhere it is text. */
  backslashes(pushText: (t: string) => void, nodes: TemplateNode[]): void {
    const start = this.pos;
    while (this.peek() === '\\') this.pos++;
    const count = this.pos - start;
    if (this.peek() === '$') {
      const save = this.pos;
      const ref = this.tryReference();
      if (ref) {
        nodes.push({ kind: 'ref', ref, backslashes: count });
        return;
      }
      this.pos = save;
      pushText('\\'.repeat(count));
      return;
    }
    if (this.peek() === '#') {
      const name = this.directiveNameAt(this.pos);
      if (name && (KNOWN_DIRECTIVES.has(name.name) || this.macros.has(name.name))) {
        pushText('\\'.repeat(Math.floor(count / 2)));
        if (count % 2 === 1) {
          pushText(this.text.slice(this.pos, name.end));
          this.pos = name.end;
        }
        return;
      }
    }
    pushText('\\'.repeat(count));
  }

  directiveNameAt(at: number): { name: string; end: number; braced: boolean } | null {
    let i = at + 1;
    const braced = this.text[i] === '{';
    if (braced) i++;
    if (i >= this.limit || !isIdentStart(this.text[i])) return null;
    const s = i;
    while (i < this.limit && isWordPart(this.text[i])) i++;
    const name = this.text.slice(s, i);
    if (braced) {
      if (this.text[i] !== '}') return null;
      i++;
    }
    return { name, end: i, braced };
  }

  /** After `#else`, `#end` or a directive's `)`: spaces and tabs up to a newline, and that newline, vanish. */
  gobbleLineEnd(): void {
    let i = this.pos;
    while (i < this.limit && (this.text[i] === ' ' || this.text[i] === '\t')) i++;
    if (this.text[i] === '\n') this.pos = i + 1;
    else if (this.text[i] === '\r') this.pos = this.text[i + 1] === '\n' && i + 1 < this.limit ? i + 2 : i + 1;
  }

  /** `#` at pos: a comment, an unparsed block, a directive, a macro call or text. Returns a block end if found. */
  hash(pushText: (t: string) => void, nodes: TemplateNode[]): { kind: BlockEnd; at: number; cond?: Expr } | null {
    const at = this.pos;
    if (this.startsWith('##')) {
      while (this.pos < this.limit && this.peek() !== '\n' && this.peek() !== '\r') this.pos++;
      if (this.peek() === '\r' && this.peek(1) === '\n') this.pos += 2;
      else if (this.pos < this.limit) this.pos++;
      return null;
    }
    if (this.startsWith('#*')) {
      const close = this.text.indexOf('*#', this.pos + 2);
      this.pos = close < 0 || close + 2 > this.limit ? this.limit : close + 2;
      return null;
    }
    if (this.startsWith('#[[')) {
      const close = this.text.indexOf(']]#', this.pos + 3);
      if (close < 0 || close + 3 > this.limit)
        this.fail('`#[[` starts an unparsed block that never ends; close it with `]]#`.', at, at + 3);
      pushText(this.text.slice(this.pos + 3, close));
      this.pos = close + 3;
      return null;
    }
    const name = this.directiveNameAt(at);
    if (!name) {
      if (this.peek(1) === '' && !this.inString)
        this.fail('A `#` at the very end of the template is a syntax error in Velocity 1.7; write `\\#` or remove it.');
      // Like a stray `$`, a stray `#` right before `#set` vanishes with the spaces between them.
      let i = at + 1;
      while (i < this.limit && (this.text[i] === ' ' || this.text[i] === '\t')) i++;
      if (this.isSetAt(i)) {
        this.pos = i;
        return null;
      }
      pushText('#');
      this.pos++;
      return null;
    }
    switch (name.name) {
      case 'end':
      case 'else':
        this.pos = name.end;
        this.gobbleLineEnd();
        return { kind: name.name, at };
      case 'elseif': {
        this.pos = name.end;
        const cond = this.parenthesised('#elseif', () => this.expression());
        return { kind: 'elseif', at, cond };
      }
      case 'if':
        nodes.push(this.ifDirective(name.end, at));
        return null;
      case 'set': {
        this.pos = name.end;
        let target: Reference | null = null;
        let value: Expr | null = null;
        this.parenthesised('#set', () => {
          this.skipSpace();
          const ref = this.peek() === '$' ? this.tryReference(true) : null;
          if (!ref) this.fail('`#set` needs a reference to assign to, e.g. `#set($name = "value")`.');
          target = ref;
          this.skipSpace();
          if (this.peek() !== '=') this.fail('`#set` needs `=` after the reference, e.g. `#set($name = "value")`.');
          this.pos++;
          value = this.expression();
          return null;
        });
        nodes.push({ kind: 'set', target: target!, value: value!, at, end: this.pos });
        return null;
      }
      case 'foreach': {
        this.pos = name.end;
        let variable = '';
        let iterable: Expr | null = null;
        this.parenthesised('#foreach', () => {
          this.skipSpace();
          const ref = this.peek() === '$' ? this.tryReference(true) : null;
          if (!ref || ref.parts.length > 0)
            this.fail('`#foreach` needs a loop variable, e.g. `#foreach($item in $list)`.');
          variable = ref.root;
          this.skipSpace();
          if (!(this.startsWith('in') && !isWordPart(this.peek(2))))
            this.fail('`#foreach` needs `in` after the loop variable, e.g. `#foreach($item in $list)`.');
          this.pos += 2;
          this.skipSpace();
          iterable = this.primary();
          return null;
        });
        const body = this.block();
        if (body.end.kind !== 'end') this.unclosed('#foreach', at, body.end);
        nodes.push({ kind: 'foreach', variable, iterable: iterable!, body: body.nodes, at });
        return null;
      }
      case 'break':
      case 'stop': {
        this.pos = name.end;
        if (name.name === 'break' && !name.braced) {
          // #break($foreach): the scope to break is named; we only support the innermost one.
          const save = this.pos;
          this.skipInlineSpace();
          if (this.peek() === '(') {
            this.parenthesised('#break', () => {
              this.skipSpace();
              if (this.peek() === '$') this.tryReference(true);
              return null;
            });
          } else this.pos = save;
        }
        nodes.push({ kind: name.name, at });
        return null;
      }
      case 'define': {
        this.pos = name.end;
        let variable = '';
        this.parenthesised('#define', () => {
          this.skipSpace();
          const ref = this.peek() === '$' ? this.tryReference(true) : null;
          if (!ref || ref.parts.length > 0)
            this.fail('`#define` needs a reference to define, e.g. `#define($block)...#end`.');
          variable = ref.root;
          return null;
        });
        const body = this.block();
        if (body.end.kind !== 'end') this.unclosed('#define', at, body.end);
        nodes.push({ kind: 'define', name: variable, body: body.nodes, at });
        return null;
      }
      case 'macro': {
        this.pos = name.end;
        let macroName = '';
        const params: string[] = [];
        this.parenthesised('#macro', () => {
          this.skipSpace();
          const s = this.pos;
          while (isWordPart(this.peek()) || this.peek() === '-') this.pos++;
          macroName = this.text.slice(s, this.pos);
          if (!macroName) this.fail('`#macro` needs a name first, e.g. `#macro(greet $name)`.');
          for (;;) {
            this.skipSpace();
            if (this.peek() === ',') {
              this.pos++;
              continue;
            }
            if (this.peek() !== '$') break;
            const ref = this.tryReference(true);
            if (!ref || ref.parts.length > 0) this.fail('A `#macro` parameter is a plain reference such as `$name`.');
            params.push(ref.root);
          }
          return null;
        });
        const body = this.block();
        if (body.end.kind !== 'end') this.unclosed('#macro', at, body.end);
        this.macros.set(macroName, { name: macroName, params, body: body.nodes });
        return null;
      }
      case 'evaluate': {
        this.pos = name.end;
        const arg = this.parenthesised('#evaluate', () => this.primary());
        nodes.push({ kind: 'evaluate', arg, at });
        return null;
      }
      default: {
        // A macro call (or #include/#parse, which API Gateway cannot load) when a parenthesis follows.
        let i = name.end;
        while (i < this.limit && (this.text[i] === ' ' || this.text[i] === '\t')) i++;
        if (this.text[i] !== '(' || name.braced) {
          pushText(this.text.slice(at, name.end));
          this.pos = name.end;
          return null;
        }
        this.pos = i + 1;
        const args: Expr[] = [];
        const callStart = this.pos;
        try {
          this.macroArguments(args, name.name, at, i);
        } catch (e) {
          // Not a well-formed call: Velocity prints `#name(...` as text.
          if (!(e instanceof Stop)) throw e;
          this.pos = callStart;
          pushText(this.text.slice(at, callStart));
          return null;
        }
        const end = this.pos;
        this.gobbleLineEnd();
        // The call's source, printed when no such macro exists, includes the newline its `)` took.
        nodes.push({ kind: 'macroCall', name: name.name, args, at, end, source: this.text.slice(at, this.pos) });
        return null;
      }
    }
  }

  macroArguments(args: Expr[], name: string, at: number, i: number): void {
    for (;;) {
      this.skipSpace();
      if (this.peek() === ')') {
        this.pos++;
        break;
      }
      if (this.peek() === ',' && args.length > 0) {
        this.pos++;
        continue;
      }
      if (this.pos >= this.limit) this.fail(`The call of \`#${name}\` is missing its closing \`)\`.`, at, i + 1);
      args.push(this.parameter());
    }
  }

  unclosed(directive: string, at: number, end: { kind: BlockEnd; at: number }): never {
    if (end.kind === 'eof') this.fail(`\`${directive}\` is never closed: add \`#end\`.`, at, at + directive.length);
    this.fail(
      `\`#${end.kind}\` does not belong to \`${directive}\`: only \`#if\` has \`#else\` and \`#elseif\`.`,
      end.at,
      end.at + end.kind.length + 1,
    );
  }

  ifDirective(afterName: number, at: number): TemplateNode {
    this.pos = afterName;
    const branches: { cond: Expr | null; body: TemplateNode[] }[] = [];
    let cond: Expr | null = this.parenthesised('#if', () => this.expression());
    for (;;) {
      const body = this.block();
      branches.push({ cond, body: body.nodes });
      if (body.end.kind === 'end') break;
      if (body.end.kind === 'eof') this.fail('`#if` is never closed: add `#end`.', at, at + 3);
      if (cond === null)
        this.fail(
          `\`#${body.end.kind}\` after \`#else\`: \`#else\` must be the last branch of \`#if\`.`,
          body.end.at,
          body.end.at + 5,
        );
      cond = body.end.kind === 'elseif' ? body.end.cond! : null;
    }
    return { kind: 'if', branches, at };
  }

  /** `(` inner `)` of a directive, then the line-end gobbling that follows a directive's `)`. */
  parenthesised<T>(directive: string, inner: () => T): T {
    this.skipInlineSpace();
    if (this.peek() !== '(')
      this.fail(`\`${directive}\` needs its arguments in parentheses, e.g. \`${directive}(...)\`.`);
    this.pos++;
    const value = inner();
    this.skipSpace();
    if (this.peek() !== ')')
      this.fail(
        this.pos >= this.limit
          ? `\`${directive}(\` is missing its closing \`)\`.`
          : `Unexpected \`${this.peek()}\` in \`${directive}(...)\`; expected \`)\`.`,
      );
    this.pos++;
    this.gobbleLineEnd();
    return value;
  }

  skipSpace(): void {
    while (this.pos < this.limit && isSpace(this.text[this.pos])) this.pos++;
  }

  skipInlineSpace(): void {
    while (this.pos < this.limit && (this.text[this.pos] === ' ' || this.text[this.pos] === '\t')) this.pos++;
  }

  /**
   * A reference at `$`, or null (pos unchanged) when the text there is not one. `strict` (inside directives)
   * turns a malformed reference into a syntax error rather than text.
   */
  tryReference(strict = false): Reference | null {
    const at = this.pos;
    let i = at + 1;
    let quiet = false;
    if (this.text[i] === '!') {
      quiet = true;
      i++;
    }
    const braced = this.text[i] === '{';
    if (braced) i++;
    if (braced && this.text[i] === '$' && isIdentStart(this.text[i + 1] ?? '') && !strict) {
      // `${$x}`: Velocity 1.7 reads a reference inside the braces and prints nothing.
      this.pos = i;
      const inner = this.tryReference(true);
      if (this.peek() !== '}') this.fail('Expected `}` after the reference inside `${...}`.');
      this.pos++;
      return {
        root: '',
        parts: [],
        quiet: true,
        literal: this.text.slice(at, this.pos),
        at,
        end: this.pos,
        inner: inner ?? undefined,
      };
    }
    if (i >= this.limit || !isIdentStart(this.text[i])) {
      if (strict) this.fail('Expected a reference name after `$`.', at);
      return null;
    }
    const s = i;
    while (i < this.limit && isIdentPart(this.text[i])) i++;
    const root = this.text.slice(s, i);
    this.pos = i;
    const parts: RefPart[] = [];
    for (;;) {
      const c = this.peek();
      if (c === '.' && isIdentStart(this.peek(1))) {
        const partAt = this.pos;
        let j = this.pos + 1;
        while (j < this.limit && isIdentPart(this.text[j])) j++;
        const name = this.text.slice(this.pos + 1, j);
        this.pos = j;
        if (this.peek() === '(') {
          this.pos++;
          parts.push({ kind: 'method', name, args: this.arguments(name), at: partAt });
        } else parts.push({ kind: 'property', name, at: partAt });
      } else if (c === '[') {
        const save = this.pos;
        const index = this.tryIndex();
        if (!index) {
          this.pos = save;
          break;
        }
        parts.push({ kind: 'index', arg: index, at: save });
      } else break;
    }
    if (braced) {
      if (this.peek() !== '}')
        this.fail(
          this.pos >= this.limit
            ? `\`\${${root}\` is missing its closing \`}\`.`
            : `Unexpected \`${this.peek()}\` in \`\${...}\`; expected \`}\`.`,
          this.pos,
        );
      this.pos++;
    }
    return { root, parts, quiet, literal: this.text.slice(at, this.pos), at, end: this.pos };
  }

  /** `[index]` after a reference: a literal or a reference; anything else leaves the `[` as text. */
  tryIndex(): Expr | null {
    this.pos++;
    this.skipSpace();
    const c = this.peek();
    let arg: Expr | null = null;
    if (c === '$') arg = { kind: 'reference', ref: this.tryReference(true)!, at: this.pos };
    else if (c === '"' || c === "'") arg = this.stringLiteral();
    else if (isDigit(c) || (c === '-' && isDigit(this.peek(1)))) arg = this.number();
    else if (this.word('true')) arg = { kind: 'boolean', value: true, at: this.pos - 4 };
    else if (this.word('false')) arg = { kind: 'boolean', value: false, at: this.pos - 5 };
    if (!arg) return null;
    this.skipSpace();
    if (this.peek() !== ']') this.fail('Expected `]` after the index.');
    this.pos++;
    return arg;
  }

  arguments(method: string): Expr[] {
    const args: Expr[] = [];
    this.skipSpace();
    if (this.peek() === ')') {
      this.pos++;
      return args;
    }
    for (;;) {
      args.push(this.parameter());
      this.skipSpace();
      if (this.peek() === ',') {
        this.pos++;
        continue;
      }
      if (this.peek() === ')') {
        this.pos++;
        return args;
      }
      if (this.pos >= this.limit) this.fail(`The call of \`${method}(\` is missing its closing \`)\`.`);
      this.fail(
        `Velocity 1.7 takes only single values as method arguments (a literal, a reference, a list or a map); compute \`${this.peek()}...\` with #set first.`,
      );
    }
  }

  /** A method or macro argument: a single value, never an operator expression. */
  parameter(): Expr {
    this.skipSpace();
    const c = this.peek();
    if (c === '(' || c === '!')
      this.fail('Velocity 1.7 takes only single values as arguments; compute the expression with #set first.');
    const e = this.primary();
    return e;
  }

  word(w: string): boolean {
    if (this.startsWith(w) && !isWordPart(this.peek(w.length))) {
      this.pos += w.length;
      return true;
    }
    return false;
  }

  expression(): Expr {
    return this.binary(0);
  }

  static readonly LEVELS: [string, BinaryOp][][] = [
    [
      ['||', '||'],
      ['or', '||'],
    ],
    [
      ['&&', '&&'],
      ['and', '&&'],
    ],
    [
      ['==', '=='],
      ['!=', '!='],
      ['eq', '=='],
      ['ne', '!='],
    ],
    [
      ['<=', '<='],
      ['>=', '>='],
      ['<', '<'],
      ['>', '>'],
      ['le', '<='],
      ['ge', '>='],
      ['lt', '<'],
      ['gt', '>'],
    ],
    [
      ['+', '+'],
      ['-', '-'],
    ],
    [
      ['*', '*'],
      ['/', '/'],
      ['%', '%'],
    ],
  ];

  binary(level: number): Expr {
    if (level >= Parser.LEVELS.length) return this.unary();
    const start = this.pos;
    let left = this.binary(level + 1);
    for (;;) {
      this.skipSpace();
      let op: BinaryOp | null = null;
      for (const [token, name] of Parser.LEVELS[level]) {
        const isWord = isIdentStart(token[0]);
        if (!this.startsWith(token) || (isWord && isWordPart(this.peek(token.length)))) continue;
        // `-3` lexes as a negative number, never as minus and 3 (Velocity 1.7's lexer).
        if (token === '-' && isDigit(this.peek(1))) continue;
        if (token === '=' || (token === '<' && this.peek(1) === '=') || (token === '>' && this.peek(1) === '='))
          continue;
        op = name;
        this.pos += token.length;
        break;
      }
      if (!op) return left;
      const right = this.binary(level + 1);
      left = { kind: 'binary', op, left, right, at: start, source: this.text.slice(start, this.pos) };
    }
  }

  unary(): Expr {
    this.skipSpace();
    const at = this.pos;
    if (this.peek() === '!' && this.peek(1) !== '=') {
      this.pos++;
      return { kind: 'not', operand: this.unary(), at };
    }
    if (this.word('not')) return { kind: 'not', operand: this.unary(), at };
    return this.primary();
  }

  primary(): Expr {
    this.skipSpace();
    const at = this.pos;
    const c = this.peek();
    if (c === '(') {
      this.pos++;
      const e = this.expression();
      this.skipSpace();
      if (this.peek() !== ')') this.fail('Expected `)` to close the parenthesis.');
      this.pos++;
      return e;
    }
    if (c === '"' || c === "'") return this.stringLiteral();
    if (isDigit(c) || (c === '-' && isDigit(this.peek(1)))) return this.number();
    if (c === '$') {
      const ref = this.tryReference(true)!;
      return { kind: 'reference', ref, at };
    }
    if (c === '[') return this.listOrRange();
    if (c === '{') return this.mapLiteral();
    if (this.word('true')) return { kind: 'boolean', value: true, at };
    if (this.word('false')) return { kind: 'boolean', value: false, at };
    if (this.pos >= this.limit)
      this.fail('The directive is cut off: a value is missing before the end of the template.');
    this.fail(
      `Unexpected \`${c}\`: expected a value (a reference, a "string", a number, true, false, [list] or {map}).`,
    );
  }

  number(): Expr {
    const at = this.pos;
    let i = this.pos;
    if (this.text[i] === '-') i++;
    while (i < this.limit && isDigit(this.text[i])) i++;
    let float = false;
    if (this.text[i] === '.' && isDigit(this.text[i + 1] ?? '')) {
      float = true;
      i++;
      while (i < this.limit && isDigit(this.text[i])) i++;
    }
    if (
      (this.text[i] === 'e' || this.text[i] === 'E') &&
      (isDigit(this.text[i + 1] ?? '') ||
        ((this.text[i + 1] === '-' || this.text[i + 1] === '+') && isDigit(this.text[i + 2] ?? '')))
    ) {
      float = true;
      i += 2;
      while (i < this.limit && isDigit(this.text[i])) i++;
    }
    this.pos = i;
    const text = this.text.slice(at, i);
    return float ? { kind: 'float', text, at } : { kind: 'integer', text, at };
  }

  stringLiteral(): Expr {
    const at = this.pos;
    const quote = this.peek();
    let i = this.pos + 1;
    let value = '';
    for (;;) {
      if (i >= this.limit) this.fail(`This string is never closed: add \`${quote}\`.`, at, at + 1);
      const ch = this.text[i];
      if (ch === quote) {
        if (this.text[i + 1] === quote && i + 1 < this.limit) {
          value += quote;
          i += 2;
          continue;
        }
        i++;
        break;
      }
      value += ch;
      i++;
    }
    this.pos = i;
    let interpolated: TemplateNode[] | null = null;
    if (quote === '"' && (value.includes('$') || value.includes('#'))) {
      const inner = new Parser(value, 0, value.length);
      inner.depth = this.depth;
      inner.inString = true;
      try {
        interpolated = inner.template();
      } catch (e) {
        if (e instanceof Stop) this.fail(`In the string: ${e.syntax.message}`, at, this.pos);
        throw e;
      }
      for (const [k, m] of inner.macros) this.macros.set(k, m);
    }
    return { kind: 'string', value, interpolated, at };
  }

  listOrRange(): Expr {
    const at = this.pos;
    this.pos++;
    this.skipSpace();
    if (this.peek() === ']') {
      this.pos++;
      return { kind: 'list', items: [], at };
    }
    const first = this.parameter();
    this.skipSpace();
    if (this.startsWith('..')) {
      this.pos += 2;
      const to = this.parameter();
      this.skipSpace();
      if (this.peek() !== ']') this.fail('Expected `]` to close the range, e.g. `[1..5]`.');
      this.pos++;
      return { kind: 'range', from: first, to, at };
    }
    const items = [first];
    for (;;) {
      this.skipSpace();
      if (this.peek() === ']') {
        this.pos++;
        return { kind: 'list', items, at };
      }
      if (this.peek() !== ',')
        this.fail(
          this.pos >= this.limit
            ? 'This list is never closed: add `]`.'
            : 'Expected `,` or `]` in the list; list items are single values.',
        );
      this.pos++;
      items.push(this.parameter());
    }
  }

  mapLiteral(): Expr {
    const at = this.pos;
    this.pos++;
    const entries: [Expr, Expr][] = [];
    this.skipSpace();
    if (this.peek() === '}') {
      this.pos++;
      return { kind: 'map', entries, at };
    }
    for (;;) {
      const key = this.parameter();
      this.skipSpace();
      if (this.peek() !== ':') this.fail('Expected `:` after the map key, e.g. `{"key": "value"}`.');
      this.pos++;
      const value = this.parameter();
      entries.push([key, value]);
      this.skipSpace();
      if (this.peek() === '}') {
        this.pos++;
        return { kind: 'map', entries, at };
      }
      if (this.peek() !== ',')
        this.fail(this.pos >= this.limit ? 'This map is never closed: add `}`.' : 'Expected `,` or `}` in the map.');
      this.pos++;
    }
  }
}
