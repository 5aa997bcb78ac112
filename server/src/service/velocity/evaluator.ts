// Renders a parsed template as Velocity 1.7 renders it, with API Gateway's deviation that a null or undefined
// reference prints as empty text. What Velocity would abort on (a Java method throwing, an index out of
// bounds) aborts here too, with a 'vtl-runtime' problem; what Velocity only logs (an unknown method, arithmetic
// on null) gives null here and a warning. Every loop, recursion and the output are bounded.
import type { Expr, MacroDefinition, RefNode, Reference, TemplateNode } from './ast';
import { arithmetic, JavaException, relational, velocityEquals } from './arithmetic';
import { callMethod, ClassHost, getProperty, indexInto, NO_SUCH_METHOD, setIndex, setProperty } from './javaMethods';
import { parseVelocity } from './parser';
import { JavaStackOverflow, javaClassOf, javaToString, JBigInteger, JBlock, JDouble, JHost, JList, JLong, JMap, toDouble, wrapIntegral, type JValue } from './values';

/** AWS caps a #foreach at 1000 iterations (developer guide, "API Gateway quotas": iterations in a #foreach). */
export const MAX_FOREACH = 1000;
/** Velocity's velocimacro.max.depth default. */
const MAX_MACRO_DEPTH = 20;
const MAX_RENDER_DEPTH = 100;
const MAX_STEPS = 2_000_000;
const MAX_RANGE = 1_000_000;

export interface RuntimeProblem {
  message: string;
  offset: number;
  end: number;
  severity: 'error' | 'warning';
  code: string;
}

/** Aborts the render (Velocity's MethodInvocationException and its kin). */
class Abort extends Error {
  constructor(
    message: string,
    readonly offset: number,
    readonly end: number,
  ) {
    super(message);
  }
}
/** #break: caught by the nearest #foreach, macro, #define or the template. */
class BreakSignal extends Error {}
/** #stop: ends the whole render, keeping what was written. */
class StopSignal extends Error {}

/** $foreach: index, count, hasNext, first, last, parent. */
export class ForeachScope extends JHost {
  index = -1;
  hasNext = false;
  constructor(readonly parent: JValue) {
    super('foreach', 'org.apache.velocity.runtime.directive.ForeachScope');
  }
  property(name: string): JValue | undefined {
    switch (name) {
      case 'index': return this.index;
      case 'count': return this.index + 1;
      case 'hasNext': return this.hasNext;
      case 'first': return this.index === 0;
      case 'last': return !this.hasNext;
      case 'parent': return this.parent;
      case 'empty': return true;
      case 'topmost': {
        // eslint-disable-next-line @typescript-eslint/no-this-alias -- walks up the scopes from this one
        let s: JValue = this;
        while (s instanceof ForeachScope && s.parent instanceof ForeachScope) s = s.parent;
        return s;
      }
      default: return undefined;
    }
  }
}

export interface HostObjects {
  /** Methods of the AWS objects ($input, $util); NO_SUCH_METHOD when the object has no such method. */
  call(host: JHost, name: string, args: JValue[]): JValue | typeof NO_SUCH_METHOD;
  property(host: JHost, name: string): JValue | undefined;
}

export interface EvaluationResult {
  output: string;
  problems: RuntimeProblem[];
  aborted: boolean;
}

export function evaluate(nodes: TemplateNode[], macros: Map<string, MacroDefinition>, globals: Map<string, JValue>, hosts: HostObjects, maxOutput: number): EvaluationResult {
  const ev = new Evaluator(macros, globals, hosts, maxOutput);
  const out: string[] = [];
  let aborted = false;
  try {
    ev.renderNodes(nodes, out);
  } catch (e) {
    if (e instanceof Abort) {
      aborted = true;
      ev.problem(e.message, e.offset, e.end, 'error', 'vtl-runtime');
    } else if (e instanceof RangeError || e instanceof JavaStackOverflow || e instanceof JavaException) {
      aborted = true;
      ev.problem('The template recurses too deeply to render.', 0, 0, 'error', 'vtl-runtime');
    } else if (!(e instanceof BreakSignal) && !(e instanceof StopSignal)) throw e;
  }
  return { output: out.join(''), problems: ev.problems, aborted };
}

type Scope = Map<string, () => JValue>;

class Evaluator {
  problems: RuntimeProblem[] = [];
  steps = 0;
  outputSize = 0;
  macroDepth = 0;
  renderDepth = 0;
  overridesSet = new Set<string>();
  /** Macro parameters (Velocity 1.7 passes references by name: evaluated at each use). */
  scopes: Scope[] = [];

  constructor(
    readonly macros: Map<string, MacroDefinition>,
    readonly globals: Map<string, JValue>,
    readonly hosts: HostObjects,
    readonly maxOutput: number,
  ) {}

  problem(message: string, offset: number, end: number, severity: 'error' | 'warning', code: string): void {
    if (this.problems.length < 100) this.problems.push({ message, offset, end, severity, code });
  }

  step(at: number): void {
    if (++this.steps > MAX_STEPS) throw new Abort('The template does too much work (more than 2 million steps); it is stopped here.', at, at + 1);
  }

  /** Strings a template builds are capped like its output: doubling a string in a loop must not exhaust memory. */
  bounded<T extends JValue>(value: T, at: number): T {
    if (typeof value === 'string' && value.length > this.maxOutput) throw new Abort(`A string grows past ${this.maxOutput} bytes; the template is stopped here.`, at, at + 1);
    return value;
  }

  write(out: string[], text: string, at: number): void {
    if (text === '') return;
    this.outputSize += utf8Length(text);
    if (this.outputSize > this.maxOutput) throw new Abort(`The output (or a string the template builds) is larger than ${this.maxOutput} bytes; it is cut here.`, at, at + 1);
    out.push(text);
  }

  lookup(name: string): JValue {
    for (let i = this.scopes.length - 1; i >= 0; i--) {
      const get = this.scopes[i].get(name);
      if (get) return get();
    }
    return this.globals.get(name) ?? null;
  }

  assign(name: string, value: JValue): void {
    for (let i = this.scopes.length - 1; i >= 0; i--) {
      if (this.scopes[i].has(name)) {
        this.scopes[i].set(name, () => value);
        return;
      }
    }
    this.globals.set(name, value);
  }

  renderNodes(nodes: TemplateNode[], out: string[]): void {
    for (const node of nodes) {
      switch (node.kind) {
        case 'text':
          this.write(out, node.text, 0);
          break;
        case 'ref':
          this.renderReference(node, out);
          break;
        case 'set':
          this.step(node.at);
          this.set(node.target, this.value(node.value));
          break;
        case 'if':
          this.step(node.at);
          for (const branch of node.branches) {
            if (branch.cond === null || this.truth(branch.cond)) {
              this.renderNodes(branch.body, out);
              break;
            }
          }
          break;
        case 'foreach':
          this.foreach(node, out);
          break;
        case 'break':
          throw new BreakSignal();
        case 'stop':
          throw new StopSignal();
        case 'define': {
          const body = node.body;
          let depth = 0;
          // Velocity 1.7 (directive.define.max.depth = 2): a block printing itself deeper prints its name.
          const block: JBlock = new JBlock(() => {
            if (depth >= 2) return null;
            depth++;
            try {
              return this.renderBlock(body, node.at);
            } finally {
              depth--;
            }
          });
          this.assign(node.name, block);
          break;
        }
        case 'macroCall':
          this.macroCall(node, out);
          break;
        case 'evaluate': {
          const source = this.value(node.arg);
          if (source === null) break;
          const parsed = parseVelocity(javaToString(source));
          if (parsed.error) throw new Abort(`#evaluate: ${parsed.error.message}`, node.at, node.at + 9);
          for (const [k, m] of parsed.macros) this.macros.set(k, m);
          this.write(out, this.renderBlock(parsed.nodes, node.at), node.at);
          break;
        }
      }
    }
  }

  /** Renders into a string of its own (a #define, an interpolated string): its size counts there, not in the output. */
  nested<T>(at: number, f: () => T): T {
    if (++this.renderDepth > MAX_RENDER_DEPTH) throw new Abort('The template recurses too deeply (a #define or #evaluate that renders itself?).', at, at + 1);
    const outputSize = this.outputSize;
    this.outputSize = 0;
    try {
      return f();
    } finally {
      this.outputSize = outputSize;
      this.renderDepth--;
    }
  }

  renderBlock(body: TemplateNode[], at: number): string {
    return this.nested(at, () => {
      const out: string[] = [];
      try {
        this.renderNodes(body, out);
      } catch (e) {
        if (!(e instanceof BreakSignal)) throw e;
      }
      return out.join('');
    });
  }

  renderReference(node: RefNode, out: string[]): void {
    const ref = node.ref;
    this.step(ref.at);
    const value = this.reference(ref);
    const prefix = '\\'.repeat(node.backslashes >> 1);
    if (node.backslashes % 2 === 1) {
      this.write(out, value === null ? `${prefix}\\${ref.literal}` : prefix + ref.literal, ref.at);
      return;
    }
    if (value === null) {
      this.write(out, prefix, ref.at);
      return;
    }
    // A #define block renders itself straight into the output, without the backslashes before it.
    if (value instanceof JBlock) {
      this.write(out, this.toText(value, ref), ref.at);
      return;
    }
    this.write(out, prefix + this.toText(value, ref), ref.at);
  }

  toText(value: JValue, ref: Reference): string {
    if (value instanceof JBlock) {
      // Too deep in itself: Velocity prints the reference's source (nothing for a quiet one).
      const text = value.render();
      if (text !== null) return text;
      return ref.parts.length > 0 ? '' : ref.quiet ? '' : ref.literal;
    }
    if (value instanceof ClassHost) return value.className;
    // Velocity's scope objects are (empty) maps.
    if (value instanceof ForeachScope) return '{}';
    if (value instanceof JHost && !(value instanceof ForeachScope)) {
      this.problem(`\`${ref.literal}\` is an object (${value.className}); it prints as Java's object name, not as data.`, ref.at, ref.end, 'warning', 'vtl-object-printed');
      return `${value.className}@0`;
    }
    return javaToString(value);
  }

  foreach(node: Extract<TemplateNode, { kind: 'foreach' }>, out: string[]): void {
    this.step(node.at);
    const source = this.value(node.iterable);
    let items: JValue[];
    if (source instanceof JList) items = source.items.slice();
    else if (source instanceof JMap) items = [...source.entries.values()];
    else {
      if (source !== null) this.problem(`#foreach cannot iterate over ${typeof source === 'string' ? 'a string' : 'this value'}; it renders nothing.`, node.at, node.at + 8, 'warning', 'vtl-runtime');
      return;
    }
    const savedVar = this.globals.has(node.variable) ? this.globals.get(node.variable)! : undefined;
    const savedCount = this.globals.get('velocityCount');
    const savedHasNext = this.globals.get('velocityHasNext');
    const savedScope = this.globals.get('foreach');
    const scope = new ForeachScope(savedScope ?? null);
    this.globals.set('foreach', scope);
    try {
      for (let i = 0; i < items.length; i++) {
        if (i >= MAX_FOREACH) {
          this.problem(`API Gateway stops a #foreach after ${MAX_FOREACH} iterations; the remaining ${items.length - MAX_FOREACH} are skipped.`, node.at, node.at + 8, 'warning', 'vtl-foreach-limit');
          break;
        }
        this.step(node.at);
        this.globals.set('velocityCount', i + 1);
        this.globals.set('velocityHasNext', i + 1 < items.length);
        scope.index = i;
        scope.hasNext = i + 1 < items.length;
        this.globals.set(node.variable, items[i]);
        try {
          this.renderNodes(node.body, out);
        } catch (e) {
          if (e instanceof BreakSignal) break;
          throw e;
        }
      }
    } finally {
      const restore = (key: string, v: JValue | undefined) => (v === undefined || v === null ? this.globals.delete(key) : this.globals.set(key, v));
      restore('velocityCount', savedCount);
      restore('velocityHasNext', savedHasNext);
      restore(node.variable, savedVar);
      restore('foreach', savedScope);
    }
  }

  macroCall(node: Extract<TemplateNode, { kind: 'macroCall' }>, out: string[]): void {
    this.step(node.at);
    const macro = this.macros.get(node.name);
    if (!macro) {
      if (node.name === 'include' || node.name === 'parse') throw new Abort(`#${node.name} cannot load files in API Gateway; inline the content instead.`, node.at, node.end);
      this.problem(`No macro \`#${node.name}\` is defined; the call prints as text.`, node.at, node.end, 'warning', 'vtl-unknown-macro');
      this.write(out, node.source, node.at);
      return;
    }
    if (node.args.length !== macro.params.length) {
      // Velocity 1.7 (velocimacro.arguments.strict=false) runs the macro anyway: extra arguments are ignored,
      // missing parameters read the variable of that name outside the macro.
      this.problem(`#${node.name} takes ${macro.params.length} argument(s) but is given ${node.args.length}.`, node.at, node.end, 'warning', 'vtl-macro-arguments');
    }
    if (this.macroDepth >= MAX_MACRO_DEPTH) throw new Abort(`Macros call each other more than ${MAX_MACRO_DEPTH} levels deep.`, node.at, node.end);
    const scope: Scope = new Map();
    macro.params.forEach((param, i) => {
      const arg = node.args[i];
      if (arg === undefined) return;
      if (arg.kind === 'reference') scope.set(param, () => this.value(arg));
      else {
        const v = this.value(arg);
        scope.set(param, () => v);
      }
    });
    this.macroDepth++;
    this.scopes.push(scope);
    try {
      this.renderNodes(macro.body, out);
    } catch (e) {
      if (!(e instanceof BreakSignal)) throw e;
    } finally {
      this.scopes.pop();
      this.macroDepth--;
    }
  }

  set(target: Reference, value: JValue): void {
    // Velocity 1.7: a null right-hand side leaves the variable as it was.
    if (value === null) return;
    this.checkOverrideSetOnce(target);
    if (target.parts.length === 0) {
      this.assign(target.root, value);
      return;
    }
    const owner = this.walk(target, target.parts.length - 1);
    if (owner === null) return;
    const last = target.parts[target.parts.length - 1];
    try {
      if (last.kind === 'property') setProperty(owner, last.name, value);
      else if (last.kind === 'index') setIndex(owner, this.value(last.arg), value);
    } catch (e) {
      if (e instanceof JavaException) throw new Abort(`${target.literal}: ${e.message}`, target.at, target.end);
      throw e;
    }
  }

  /**
   * "Overrides are final": API Gateway fails the request with a 5XX when a template assigns the same
   * $context.requestOverride / responseOverride entry twice (developer guide, "Override your API's request and
   * response parameters and status codes"). Velocity itself does not mind, so this is a warning.
   */
  checkOverrideSetOnce(target: Reference): void {
    if (target.root !== 'context' || target.parts.length < 2) return;
    const names = target.parts.map((p) => (p.kind === 'property' ? p.name : null));
    if (names.some((n) => n === null) || (names[0] !== 'requestOverride' && names[0] !== 'responseOverride')) return;
    const key = names.join('.');
    if (this.overridesSet.has(key)) {
      this.problem(`\`$context.${key}\` is set a second time: API Gateway fails the request (5XX) when an override is assigned more than once.`, target.at, target.end, 'warning', 'vtl-override-twice');
    }
    this.overridesSet.add(key);
  }

  reference(ref: Reference): JValue {
    return this.walk(ref, ref.parts.length);
  }

  /** The value of the reference's root and its first `count` parts. */
  walk(ref: Reference, count: number): JValue {
    if (ref.root === '') return null;
    let value = this.lookup(ref.root);
    for (let i = 0; i < count; i++) {
      if (value === null) return null;
      const part = ref.parts[i];
      this.step(part.at);
      try {
        if (part.kind === 'property') {
          const got = value instanceof ClassHost ? getProperty(value, part.name) : value instanceof ForeachScope ? value.property(part.name) : value instanceof JHost ? this.hosts.property(value, part.name) : getProperty(value, part.name);
          if (got === undefined && value instanceof JHost && !(value instanceof ClassHost) && !(value instanceof ForeachScope)) {
            this.problem(`\`$${value.name}\` has no property \`${part.name}\`; it gives null.${value.name === 'input' ? ' $input has body, json(path), path(path), params() and params(name).' : value.name === 'util' ? ' $util has methods only: escapeJavaScript, parseJson, urlEncode, urlDecode, base64Encode, base64Decode.' : ''}`, part.at, part.at + part.name.length + 1, 'warning', 'vtl-unknown-property');
          }
          value = got === undefined ? null : got;
        } else if (part.kind === 'method') {
          const args = part.args.map((a) => this.value(a));
          let result: JValue | typeof NO_SUCH_METHOD;
          if (value instanceof ForeachScope) {
            const prop = part.name.replace(/^(get|is)(?=[A-Z])/, '');
            const name = prop.charAt(0).toLowerCase() + prop.slice(1);
            result = args.length === 0 ? (part.name === 'size' ? 0 : part.name === 'isEmpty' ? true : (value.property(name) ?? NO_SUCH_METHOD)) : NO_SUCH_METHOD;
          } else if (value instanceof JHost && !(value instanceof ClassHost)) result = this.hosts.call(value, part.name, args);
          else result = callMethod(value, part.name, args);
          if (result === NO_SUCH_METHOD) {
            const owner = value instanceof JHost && !(value instanceof ClassHost) ? `\`$${value.name}\`` : `this ${javaClassOf(value)}`;
            this.problem(`No method \`${part.name}\` taking ${args.length} argument(s) on ${owner}; Velocity gives null.`, part.at, part.at + part.name.length + 1, 'warning', 'vtl-unknown-method');
            value = null;
          } else value = this.bounded(result, part.at);
        } else {
          value = indexInto(value, this.value(part.arg));
        }
      } catch (e) {
        if (e instanceof JavaException) throw new Abort(`${ref.literal}: ${e.message}`, ref.at, ref.end);
        throw e;
      }
    }
    return value;
  }

  /** Velocity's Node.evaluate: what #if tests. Literals other than true/false are false (1.7 quirk). */
  truth(e: Expr): boolean {
    switch (e.kind) {
      case 'reference': {
        const v = this.reference(e.ref);
        if (v === null) return false;
        if (typeof v === 'boolean') return v;
        return true;
      }
      case 'boolean':
        return e.value;
      case 'not':
        return !this.truth(e.operand);
      case 'binary':
        switch (e.op) {
          case '&&': return this.truth(e.left) && this.truth(e.right);
          case '||': return this.truth(e.left) || this.truth(e.right);
          case '==': return velocityEquals(this.value(e.left), this.value(e.right));
          case '!=': return !velocityEquals(this.value(e.left), this.value(e.right));
          case '<': case '>': case '<=': case '>=':
            return relational(e.op, this.value(e.left), this.value(e.right));
          default:
            // Velocity's arithmetic nodes have no evaluate(): false, and the operands are not even computed.
            return false;
        }
      default:
        return false;
    }
  }

  value(e: Expr): JValue {
    switch (e.kind) {
      case 'string':
        if (!e.interpolated) return e.value;
        return this.bounded(this.renderBlockNoBreak(e.interpolated, e.at), e.at);
      case 'integer': {
        const n = BigInt(e.text);
        return wrapIntegral(n);
      }
      case 'float':
        return new JDouble(Number(e.text));
      case 'boolean':
        return e.value;
      case 'list':
        return new JList(e.items.map((x) => this.value(x)));
      case 'map': {
        const map = new JMap();
        for (const [k, v] of e.entries) {
          const key = this.value(k);
          map.entries.set(key === null ? 'null' : javaToString(key), this.value(v));
        }
        return map;
      }
      case 'range': {
        const from = this.value(e.from);
        const to = this.value(e.to);
        const a = rangeBound(from);
        const b = rangeBound(to);
        if (a === null || b === null) return null;
        // Velocity 1.7 counts the elements in int arithmetic, overflow included.
        const count = ((Math.abs((a - b) | 0) | 0) + 1) | 0;
        if (count < 0) throw new Abort(`java.lang.IllegalArgumentException: Illegal Capacity: ${count} (the range [${a}..${b}] overflows an int)`, e.at, e.at + 1);
        if (count > MAX_RANGE) throw new Abort(`The range [${a}..${b}] has more than ${MAX_RANGE} elements.`, e.at, e.at + 1);
        const items: JValue[] = [];
        const stepBy = a <= b ? 1 : -1;
        for (let i = 0; i < count; i++) items.push((a + i * stepBy) | 0);
        return new JList(items);
      }
      case 'reference':
        return this.reference(e.ref);
      case 'not':
        return !this.truth(e.operand);
      case 'binary': {
        switch (e.op) {
          case '&&': case '||': case '==': case '!=': case '<': case '>': case '<=': case '>=':
            return this.truth(e);
        }
        const left = this.value(e.left);
        const right = this.value(e.right);
        const result = this.bounded(arithmetic(e.op, left, right, literalOf(e.left), literalOf(e.right)), e.at);
        if (result === null) this.problem(`\`${e.source}\` has no value (an operand is null or not a number, or it divides by zero); Velocity gives null.`, e.at, e.at + e.source.length, 'warning', 'vtl-runtime');
        return result;
      }
    }
  }

  renderBlockNoBreak(nodes: TemplateNode[], at: number): string {
    return this.nested(at, () => {
      const out: string[] = [];
      this.renderNodes(nodes, out);
      return out.join('');
    });
  }
}

/** UTF-8 length (the output cap is in bytes); ASCII text is counted without a loop. */
function utf8Length(text: string): number {
   
  if (!/[^\x00-\x7f]/.test(text)) return text.length;
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

function rangeBound(v: JValue): number | null {
  if (typeof v === 'number') return v;
  if (v instanceof JLong || v instanceof JBigInteger || v instanceof JDouble) return Math.trunc(toDouble(v)) | 0;
  if (typeof v === 'string' && /^\s*-?\d+\s*$/.test(v)) return Number(v.trim()) | 0;
  return null;
}

/** The source text Velocity substitutes for a null operand of a string `+`. */
function literalOf(e: Expr): string {
  if (e.kind === 'reference') return e.ref.literal;
  return '';
}

