// JSON as API Gateway's $input.path, $input.json and $util.parseJson see it: "JSONPath for Java (jayway)"
// (developer guide, mapping template reference) over json-smart, the parser jayway uses by default. json-smart
// reads leniently (single quotes, unquoted words, a bare word as a whole document) and gives LinkedHashMap for
// objects, JSONArray for arrays (printed as JSON), Integer / Long / BigInteger for whole numbers and Double
// for the rest. The JSONPath subset: $, .name, ['name'], [n] (negative from the end), [*], .*, ..name,
// [a,b], [start:end], and filters [?(@.x op value)] with ==, !=, <, <=, >, >=, and a bare existence test.
import { JavaException } from './arithmetic';
import { JBigDecimal, JBigInteger, JDouble, JList, JLong, JMap, INT_MAX, INT_MIN, type JValue } from './values';

const MAX_DEPTH = 500;

/** Parses like json-smart in permissive mode; throws JavaException (InvalidJsonException) when it cannot. */
export function parseJsonSmart(text: string): JValue {
  const p = new JsonReader(text);
  p.space();
  if (p.i >= text.length) return null;
  const v = p.value(0, true);
  p.space();
  if (p.i < text.length) p.fail(`Unexpected character (${text[p.i]}) at position ${p.i}.`);
  return v;
}

class JsonReader {
  i = 0;
  constructor(readonly s: string) {}
  fail(message: string): never {
    throw new JavaException(`com.jayway.jsonpath.InvalidJsonException: ${message}`);
  }
  space(): void {
    while (this.i < this.s.length && this.s.charCodeAt(this.i) <= 32) this.i++;
  }
  value(depth: number, top = false): JValue {
    if (depth > MAX_DEPTH) this.fail('too deep');
    this.space();
    const c = this.s[this.i];
    if (c === '{') return this.object(depth);
    if (c === '[') return this.array(depth);
    if (c === '"' || c === "'") return this.string(c);
    if (c === undefined) this.fail('Unexpected End Of File.');
    return this.bare(top);
  }
  object(depth: number): JMap {
    const map = new JMap();
    this.i++;
    this.space();
    if (this.s[this.i] === '}') {
      this.i++;
      return map;
    }
    for (;;) {
      this.space();
      const c = this.s[this.i];
      let key: string;
      if (c === '"' || c === "'") key = this.string(c);
      else {
        const start = this.i;
        while (this.i < this.s.length && !':,{}[]'.includes(this.s[this.i])) this.i++;
        key = this.s.slice(start, this.i).trim();
        if (!key) this.fail(`Unexpected character (${c}) at position ${start}.`);
      }
      this.space();
      if (this.s[this.i] !== ':') this.fail(`Unexpected character (${this.s[this.i] ?? 'EOF'}) at position ${this.i}.`);
      this.i++;
      map.entries.set(key, this.value(depth + 1));
      this.space();
      const d = this.s[this.i];
      if (d === ',') {
        this.i++;
        this.space();
        if (this.s[this.i] === '}') {
          this.i++;
          return map;
        }
        continue;
      }
      if (d === '}') {
        this.i++;
        return map;
      }
      this.fail(`Unexpected character (${d ?? 'EOF'}) at position ${this.i}.`);
    }
  }
  array(depth: number): JList {
    const list = new JList([], 'json');
    this.i++;
    this.space();
    if (this.s[this.i] === ']') {
      this.i++;
      return list;
    }
    for (;;) {
      list.items.push(this.value(depth + 1));
      this.space();
      const d = this.s[this.i];
      if (d === ',') {
        this.i++;
        this.space();
        if (this.s[this.i] === ']') {
          this.i++;
          return list;
        }
        continue;
      }
      if (d === ']') {
        this.i++;
        return list;
      }
      this.fail(`Unexpected character (${d ?? 'EOF'}) at position ${this.i}.`);
    }
  }
  string(quote: string): string {
    let out = '';
    this.i++;
    for (;;) {
      if (this.i >= this.s.length) this.fail('Unexpected End Of File position ' + this.i + ': null');
      const c = this.s[this.i++];
      if (c === quote) return out;
      if (c !== '\\') {
        out += c;
        continue;
      }
      const e = this.s[this.i++];
      switch (e) {
        case 'n': out += '\n'; break;
        case 't': out += '\t'; break;
        case 'r': out += '\r'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'u': {
          const hex = this.s.slice(this.i, this.i + 4);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) this.fail(`Unexpected character at position ${this.i}.`);
          out += String.fromCharCode(parseInt(hex, 16));
          this.i += 4;
          break;
        }
        case undefined: this.fail('Unexpected End Of File.'); break;
        default: out += e;
      }
    }
  }
  /** A number, true/false/null, or json-smart's unquoted text. */
  bare(top: boolean): JValue {
    const start = this.i;
    const stops = top ? '' : ',:]}';
    while (this.i < this.s.length && !stops.includes(this.s[this.i]) && !(this.s[this.i] === '\n' && !top)) this.i++;
    const raw = this.s.slice(start, this.i);
    const word = raw.trim();
    this.i = start + raw.trimEnd().length;
    if (word === '') this.fail(`Unexpected character (${this.s[start] ?? 'EOF'}) at position ${start}.`);
    if (word === 'true') return true;
    if (word === 'false') return false;
    if (word === 'null') return null;
    if (/^-?(0|[1-9]\d*)$/.test(word)) {
      const n = BigInt(word);
      if (n >= BigInt(INT_MIN) && n <= BigInt(INT_MAX)) return Number(n);
      if (n >= -(1n << 63n) && n < 1n << 63n) return new JLong(n);
      return new JBigInteger(n);
    }
    if (/^-?(0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)?$/.test(word)) return word.length > 18 ? new JBigDecimal(word) : new JDouble(Number(word));
    if (/^[-\d]/.test(word) || /[{}[\]"]/.test(word)) this.fail(`Unexpected character at position ${start}.`);
    return word;
  }
}

/** Thrown for a definite path that finds nothing (jayway's PathNotFoundException). */
export class PathNotFound extends Error {}

type Step =
  | { kind: 'prop'; names: string[] }
  | { kind: 'index'; indexes: number[] }
  | { kind: 'slice'; start: number | null; end: number | null }
  | { kind: 'wild' }
  | { kind: 'deep'; name: string | null }
  | { kind: 'filter'; test: (v: JValue) => boolean };

const compiled = new Map<string, { steps: Step[]; definite: boolean; fn?: string }>();

function compile(path: string): { steps: Step[]; definite: boolean; fn?: string } {
  const hit = compiled.get(path);
  if (hit) return hit;
  let p = path.trim();
  if (!p.startsWith('$') && !p.startsWith('@')) p = `$.${p}`;
  const steps: Step[] = [];
  // A function at the end (jayway): length(), size(), min(), max(), sum(), avg().
  let fn: string | undefined;
  const f = /\.(length|size|min|max|sum|avg)\(\)\s*$/.exec(p);
  if (f) {
    fn = f[1];
    p = p.slice(0, f.index);
  }
  let i = 1;
  const bad = (why: string): never => {
    throw new JavaException(`com.jayway.jsonpath.InvalidPathException: ${why} in path ${path}`);
  };
  const readName = () => {
    const s = i;
    while (i < p.length && p[i] !== '.' && p[i] !== '[') i++;
    if (i === s) bad('Path must not end with a \'.\' or \'..\'');
    return p.slice(s, i).trim();
  };
  while (i < p.length) {
    if (p.startsWith('..', i)) {
      i += 2;
      if (p[i] === '*') {
        i++;
        steps.push({ kind: 'deep', name: null });
      } else if (p[i] === '[') steps.push({ kind: 'deep', name: null });
      else steps.push({ kind: 'deep', name: readName() });
    } else if (p[i] === '.') {
      i++;
      if (p[i] === '*') {
        i++;
        steps.push({ kind: 'wild' });
      } else steps.push({ kind: 'prop', names: [readName()] });
    } else if (p[i] === '[') {
      const close = findClose(p, i);
      if (close < 0) bad('Property has not been closed - missing closing ]');
      const inner = p.slice(i + 1, close).trim();
      i = close + 1;
      if (inner === '*') steps.push({ kind: 'wild' });
      else if (inner.startsWith('?')) steps.push({ kind: 'filter', test: compileFilter(inner, bad) });
      else if (inner.startsWith("'") || inner.startsWith('"')) {
        const names = inner.split(/\s*,\s*/).map((x) => {
          const q = x[0];
          if ((q !== "'" && q !== '"') || x[x.length - 1] !== q || x.length < 2) bad(`Unexpected ${x}`);
          return x.slice(1, -1);
        });
        steps.push({ kind: 'prop', names });
      } else if (inner.includes(':')) {
        const [a, b] = inner.split(':').map((x) => x.trim());
        const num = (x: string) => (x === '' ? null : /^-?\d+$/.test(x) ? Number(x) : bad(`Could not parse ${x} as an index`));
        steps.push({ kind: 'slice', start: num(a), end: num(b ?? '') });
      } else {
        const parts = inner.split(',').map((x) => x.trim());
        if (!parts.every((x) => /^-?\d+$/.test(x))) bad(`Could not parse token starting at position ${i}`);
        steps.push({ kind: 'index', indexes: parts.map(Number) });
      }
    } else bad(`Could not parse token starting at position ${i}`);
  }
  const definite = steps.every((s) => (s.kind === 'prop' && s.names.length === 1) || (s.kind === 'index' && s.indexes.length === 1));
  const result = { steps, definite, fn };
  if (compiled.size > 500) compiled.clear();
  compiled.set(path, result);
  return result;
}

function findClose(p: string, open: number): number {
  let quote = '';
  let depth = 0;
  for (let i = open; i < p.length; i++) {
    const c = p[i];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === "'" || c === '"') quote = c;
    else if (c === '[' || c === '(') depth++;
    else if (c === ']' || c === ')') {
      depth--;
      if (depth === 0 && c === ']') return i;
    }
  }
  return -1;
}

function compileFilter(inner: string, bad: (why: string) => never): (v: JValue) => boolean {
  const m = /^\?\s*\((.*)\)$/s.exec(inner);
  if (!m) bad(`Invalid filter ${inner}`);
  const expr = m[1].trim();
  const cmp = /^@((?:\.[A-Za-z_$][\w$-]*|\[\s*'[^']*'\s*\])*)\s*(==|!=|<=|>=|<|>)\s*(.+)$/s.exec(expr);
  const exists = /^@((?:\.[A-Za-z_$][\w$-]*|\[\s*'[^']*'\s*\])+)$/.exec(expr);
  const walk = (v: JValue, props: string) => {
    const names = [...props.matchAll(/\.([A-Za-z_$][\w$-]*)|\[\s*'([^']*)'\s*\]/g)].map((x) => x[1] ?? x[2]);
    let cur: JValue | undefined = v;
    for (const n of names) {
      if (!(cur instanceof JMap) || !cur.entries.has(n)) return undefined;
      cur = cur.entries.get(n);
    }
    return cur;
  };
  if (exists) return (v) => walk(v, exists[1]) !== undefined;
  if (!cmp) bad(`Unsupported filter ${inner}`);
  const [, props, op, rawRight] = cmp;
  const right = parseJsonSmart(rawRight.trim().replace(/^'(.*)'$/s, (_, s: string) => JSON.stringify(s)));
  return (v) => {
    const left = walk(v, props);
    if (left === undefined) return false;
    const ln = numeric(left);
    const rn = numeric(right);
    if (ln !== null && rn !== null) {
      switch (op) {
        case '==': return ln === rn;
        case '!=': return ln !== rn;
        case '<': return ln < rn;
        case '<=': return ln <= rn;
        case '>': return ln > rn;
        default: return ln >= rn;
      }
    }
    const ls = typeof left === 'string' || typeof left === 'boolean' || left === null ? left : undefined;
    const rs = typeof right === 'string' || typeof right === 'boolean' || right === null ? right : undefined;
    if (op === '==') return ls !== undefined && ls === rs;
    if (op === '!=') return !(ls !== undefined && ls === rs);
    if (typeof ls === 'string' && typeof rs === 'string') {
      switch (op) {
        case '<': return ls < rs;
        case '<=': return ls <= rs;
        case '>': return ls > rs;
        default: return ls >= rs;
      }
    }
    return false;
  };
}

function numeric(v: JValue): number | null {
  if (typeof v === 'number') return v;
  if (v instanceof JLong || v instanceof JBigInteger) return Number(v.value);
  if (v instanceof JDouble || v instanceof JBigDecimal) return v.value;
  return null;
}

/**
 * Evaluates a JSONPath like jayway: a definite path gives its value or throws PathNotFound, others a JSONArray.
 * As in jayway, a missing property or a wrong container type throws while every step so far was definite, and
 * is skipped once the path has branched (or when the missing property is the last step).
 */
export function readJsonPath(document: JValue, path: string): JValue {
  const { steps, definite, fn } = compile(path);
  if (fn) {
    if (!definite) throw new JavaException(`com.jayway.jsonpath.JsonPathException: a function after a wildcard, filter or deep scan is not evaluated as API Gateway's JSONPath does: ${path}`);
    return applyFunction(fn, readSteps(document, path, steps, definite), path);
  }
  return readSteps(document, path, steps, definite);
}

function applyFunction(fn: string, value: JValue, path: string): JValue {
  if (fn === 'length' || fn === 'size') {
    if (value instanceof JList) return value.items.length;
    if (value instanceof JMap) return value.entries.size;
    throw new PathNotFound(path);
  }
  const numbers = value instanceof JList ? value.items.map(numeric).filter((n): n is number => n !== null) : [];
  if (numbers.length === 0) throw new JavaException(`com.jayway.jsonpath.JsonPathException: Aggregation function attempted to calculate value using empty array in ${path}`);
  const sum = numbers.reduce((a, b) => a + b, 0);
  const result = fn === 'min' ? Math.min(...numbers) : fn === 'max' ? Math.max(...numbers) : fn === 'sum' ? sum : sum / numbers.length;
  return new JDouble(result);
}

function readSteps(document: JValue, path: string, steps: Step[], definite: boolean): JValue {
  let current: JValue[] = [document];
  let budget = 1_000_000;
  let upstreamDefinite = true;
  steps.forEach((step, stepIndex) => {
    const leaf = stepIndex === steps.length - 1;
    const next: JValue[] = [];
    const push = (v: JValue) => {
      if (--budget < 0) throw new JavaException('The JSONPath selects too much.');
      next.push(v);
    };
    const tokenDefinite = (step.kind === 'prop' && step.names.length === 1) || (step.kind === 'index' && step.indexes.length === 1);
    for (const v of current) {
      switch (step.kind) {
        case 'prop':
          if (!(v instanceof JMap)) {
            if (upstreamDefinite) throw new PathNotFound(path);
            break;
          }
          for (const n of step.names) {
            if (v.entries.has(n)) push(v.entries.get(n) ?? null);
            else if (!leaf && upstreamDefinite && tokenDefinite) throw new PathNotFound(path);
          }
          break;
        case 'index':
          if (!(v instanceof JList)) {
            if (upstreamDefinite) throw new PathNotFound(path);
            break;
          }
          for (const n of step.indexes) {
            const i = n < 0 ? v.items.length + n : n;
            if (i >= 0 && i < v.items.length) push(v.items[i]);
          }
          break;
        case 'slice':
          if (v instanceof JList) {
            const len = v.items.length;
            let s = step.start ?? 0;
            let e = step.end ?? len;
            if (s < 0) s = Math.max(0, len + s);
            if (e < 0) e = len + e;
            for (let i = s; i < Math.min(e, len); i++) push(v.items[i]);
          } else if (upstreamDefinite) throw new PathNotFound(path);
          break;
        case 'wild':
          if (v instanceof JMap) for (const x of v.entries.values()) push(x);
          else if (v instanceof JList) for (const x of v.items) push(x);
          break;
        case 'filter':
          if (v instanceof JList) {
            for (const x of v.items) if (step.test(x)) push(x);
          } else if (v instanceof JMap) {
            if (step.test(v)) push(v);
          } else if (upstreamDefinite) throw new PathNotFound(path);
          break;
        case 'deep':
          deepScan(v, step.name, push, 0);
          break;
      }
    }
    current = next;
    upstreamDefinite = upstreamDefinite && tokenDefinite;
  });
  if (definite) {
    if (current.length === 0) throw new PathNotFound(path);
    return current[0];
  }
  return new JList(current, 'json');
}

function deepScan(v: JValue, name: string | null, push: (v: JValue) => void, depth: number): void {
  if (depth > MAX_DEPTH) return;
  if (v instanceof JMap) {
    if (name === null) push(v);
    else if (v.entries.has(name)) push(v.entries.get(name) ?? null);
    for (const x of v.entries.values()) if (x instanceof JMap || x instanceof JList) deepScan(x, name, push, depth + 1);
  } else if (v instanceof JList) {
    if (name === null) push(v);
    for (const x of v.items) if (x instanceof JMap || x instanceof JList) deepScan(x, name, push, depth + 1);
  }
}
