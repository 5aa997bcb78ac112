/**
 * The one evaluator of CloudFormation intrinsics (long form JSON: `{"Ref": …}`, `{"Fn::Sub": …}`, …) that both sides
 * use, each with its own source of values: the client resolves a template against a deployed stack (Compare with
 * Stack, deploy from a stack), the local gateway against local stand-ins (parameter defaults, fixed pseudo
 * parameters, local function ARNs). The functions' semantics live here once; only where values come from differs.
 * What cannot be known stays in the value as a clearly marked placeholder and is listed with its JSON Pointer.
 * Pure: no Node, no `vscode`.
 *
 * Intrinsic function reference: https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/intrinsic-function-reference.html
 */

/** Where the values of names come from. A source answers `unknown(...)` for what it cannot tell. */
export interface IntrinsicValues {
  /** `Ref name` (pseudo parameters included; `AWS::NoValue` is handled here). */
  ref(name: string, expression: string): unknown;
  /** `Fn::GetAtt logicalId.attribute`, and `${logicalId.attribute}` in `Fn::Sub`. */
  attribute(logicalId: string, attribute: string, expression: string): unknown;
  /** `Fn::ImportValue name`: another stack's export; without this, imports stay unknown. */
  importValue?(name: string, expression: string): unknown;
  /** The template's `Conditions` and `Mappings` sections. */
  template?: { Conditions?: Record<string, unknown>; Mappings?: Record<string, unknown> };
  /**
   * What `Fn::If` does when its condition cannot be decided: 'unknown' (a placeholder) or 'first' (the first value,
   * the one the template's author wrote first: the local gateway's choice, which has no stack to decide from).
   */
  undecidedIf: 'unknown' | 'first';
  /** Where values come from, as the reasons shown to the user name it: "the stack". */
  sourceName: string;
}

export interface Unresolved {
  /** JSON Pointer of the value inside the resolved document. */
  path: string;
  /** The intrinsic as written, e.g. "Fn::GetAtt Api.RootResourceId". */
  expression: string;
  reason: string;
}

export interface Resolution {
  value: unknown;
  unresolved: Unresolved[];
}

/** A value a source cannot tell, with the reason shown to the user. */
export class Unknown {
  constructor(
    readonly expression: string,
    readonly reason: string,
  ) {}
}

export const unknown = (expression: string, reason: string) => new Unknown(expression, reason);

/** Placeholders look like `«unresolved: Fn::GetAtt Api.RootResourceId»`; nothing AWS returns contains `«`. */
export const PLACEHOLDER_START = '«unresolved: ';
export const PLACEHOLDER_END = '»';
export const placeholder = (expression: string) => `${PLACEHOLDER_START}${expression}${PLACEHOLDER_END}`;
export const hasPlaceholder = (value: unknown): boolean =>
  typeof value === 'string' && value.includes(PLACEHOLDER_START);

/**
 * `Res.Attr` (the short form's argument and `${Res.Attr}` in `Fn::Sub`) as resource and attribute: split at the
 * first dot, since logical ids are alphanumeric and attribute names may hold dots (`Db.Endpoint.Address`).
 */
export function splitGetAtt(text: string): [string, string] | undefined {
  const dot = text.indexOf('.');
  return dot > 0 && dot < text.length - 1 ? [text.slice(0, dot), text.slice(dot + 1)] : undefined;
}

/** `Ref AWS::NoValue`: the property (or list item) is left out. */
const NO_VALUE = Symbol('AWS::NoValue');
const MAX_DEPTH = 200;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const pointerSegment = (p: string | number) => String(p).replace(/~/g, '~0').replace(/\//g, '~1');

export function isIntrinsicObject(node: unknown): node is Record<string, unknown> {
  if (!isObject(node)) return false;
  const keys = Object.keys(node);
  return keys.length === 1 && (keys[0] === 'Ref' || keys[0].startsWith('Fn::'));
}

/** Every intrinsic in `value` evaluated with `values`; what stays unknown becomes a placeholder, listed. */
export function resolveIntrinsics(value: unknown, values: IntrinsicValues): Resolution {
  const unresolved: Unresolved[] = [];
  const evaluator = new Evaluator(values);
  const walk = (node: unknown, path: string, depth: number): unknown => {
    if (depth > MAX_DEPTH) return node;
    if (Array.isArray(node))
      return node.map((item, i) => walk(item, `${path}/${i}`, depth + 1)).filter((v) => v !== NO_VALUE);
    if (!isObject(node)) return node;
    if (isIntrinsicObject(node)) {
      const result = evaluator.evaluate(node, depth);
      if (result instanceof Unknown) {
        unresolved.push({ path: path || '/', expression: result.expression, reason: result.reason });
        return placeholder(result.expression);
      }
      for (const u of evaluator.takePartial()) unresolved.push({ path: path || '/', ...u });
      return result;
    }
    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(node)) {
      const resolved = walk(child, `${path}/${pointerSegment(key)}`, depth + 1);
      if (resolved !== NO_VALUE) out[key] = resolved;
    }
    return out;
  };
  const resolved = walk(value, '', 0);
  return { value: resolved === NO_VALUE ? null : resolved, unresolved };
}

/** The intrinsic as one short line, for placeholders and the summary. */
export function describeIntrinsic(node: Record<string, unknown>): string {
  const [name, arg] = Object.entries(node)[0];
  const text = typeof arg === 'string' ? arg : brief(arg, 0);
  return `${name} ${text.length > 80 ? `${text.slice(0, 77)}…` : text}`;
}

/** JSON, shallow: deeper levels as `…` (an expression is named on every level of a nested intrinsic). */
function brief(value: unknown, depth: number): string {
  if (depth > 3) return '…';
  if (Array.isArray(value)) return `[${value.map((v) => brief(v, depth + 1)).join(',')}]`;
  if (isObject(value))
    return `{${Object.entries(value)
      .map(([k, v]) => `${JSON.stringify(k)}:${brief(v, depth + 1)}`)
      .join(',')}}`;
  return JSON.stringify(value) ?? 'null';
}

/** Standard base64 of the text's UTF-8 bytes (`Fn::Base64`); the contract has no Node `Buffer`. */
export function base64Utf8(text: string): string {
  const bytes: number[] = [];
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) bytes.push(c);
    else if (c < 0x800) bytes.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) bytes.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else bytes.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += alphabet[n >> 18] + alphabet[(n >> 12) & 63];
    out += i + 1 < bytes.length ? alphabet[(n >> 6) & 63] : '=';
    out += i + 2 < bytes.length ? alphabet[n & 63] : '=';
  }
  return out;
}

class Evaluator {
  /** Placeholders that ended up inside a string that was otherwise resolved (a Sub or Join with one unknown part). */
  private partial: { expression: string; reason: string }[] = [];

  constructor(private readonly values: IntrinsicValues) {}

  takePartial() {
    return this.partial.splice(0);
  }

  /** A value, NO_VALUE, or Unknown when the whole value cannot be known. */
  evaluate(node: unknown, depth: number): unknown {
    if (depth > MAX_DEPTH) return new Unknown('(nested too deeply)', 'the value nests intrinsics too deeply');
    if (Array.isArray(node)) {
      const out: unknown[] = [];
      for (const item of node) {
        const v = this.evaluate(item, depth + 1);
        if (v instanceof Unknown) return v;
        if (v !== NO_VALUE) out.push(v);
      }
      return out;
    }
    if (!isObject(node)) return node;
    if (!isIntrinsicObject(node)) {
      const out: Record<string, unknown> = {};
      for (const [key, child] of Object.entries(node)) {
        const v = this.evaluate(child, depth + 1);
        if (v instanceof Unknown) {
          // Keep the rest of the object: only this member is unknown.
          this.partial.push({ expression: v.expression, reason: v.reason });
          out[key] = placeholder(v.expression);
        } else if (v !== NO_VALUE) out[key] = v;
      }
      return out;
    }
    const [name, arg] = Object.entries(node)[0];
    const expression = describeIntrinsic(node);
    switch (name) {
      case 'Ref':
        return typeof arg === 'string' ? this.ref(arg, expression) : new Unknown(expression, 'Ref needs a name');
      case 'Fn::GetAtt':
        return this.getAtt(arg, expression, depth);
      case 'Fn::Sub':
        return this.sub(arg, expression, depth);
      case 'Fn::Join':
        return this.join(arg, expression, depth);
      case 'Fn::Select':
        return this.select(arg, expression, depth);
      case 'Fn::Split':
        return this.split(arg, expression, depth);
      case 'Fn::If':
        return this.fnIf(arg, expression, depth);
      case 'Fn::FindInMap':
        return this.findInMap(arg, expression, depth);
      case 'Fn::ImportValue': {
        const exportName = this.evaluate(arg, depth + 1);
        if (exportName instanceof Unknown) return exportName;
        if (typeof exportName !== 'string') return new Unknown(expression, 'Fn::ImportValue needs an export name');
        return this.values.importValue
          ? this.values.importValue(exportName, expression)
          : new Unknown(expression, `Fn::ImportValue is not resolved from ${this.values.sourceName}`);
      }
      case 'Fn::Base64': {
        const v = this.evaluate(arg, depth + 1);
        if (v instanceof Unknown) return v;
        return typeof v === 'string' ? base64Utf8(v) : new Unknown(expression, 'not a string');
      }
      default:
        return new Unknown(expression, `${name} is not resolved from ${this.values.sourceName}`);
    }
  }

  private ref(name: string, expression: string): unknown {
    return name === 'AWS::NoValue' ? NO_VALUE : this.values.ref(name, expression);
  }

  private getAtt(arg: unknown, expression: string, depth: number): unknown {
    let parts: unknown[] | undefined;
    if (typeof arg === 'string') parts = splitGetAtt(arg);
    else if (Array.isArray(arg) && arg.length === 2) {
      const attribute = this.evaluate(arg[1], depth + 1);
      if (attribute instanceof Unknown) return attribute;
      parts = [arg[0], attribute];
    }
    if (!parts || typeof parts[0] !== 'string' || typeof parts[1] !== 'string')
      return new Unknown(expression, 'Fn::GetAtt needs a resource and an attribute');
    return this.values.attribute(parts[0], parts[1], expression);
  }

  private sub(arg: unknown, expression: string, depth: number): unknown {
    let text: unknown = arg;
    let variables: Record<string, unknown> = {};
    if (Array.isArray(arg)) {
      text = (arg as unknown[])[0];
      if (arg.length !== 2 || !isObject(arg[1])) return new Unknown(expression, 'Fn::Sub takes a string and a map');
      variables = arg[1];
    }
    if (typeof text !== 'string') return new Unknown(expression, 'Fn::Sub needs a string');
    return text.replace(/\$\{([^}]*)\}/g, (whole, inner: string) => {
      if (inner.startsWith('!')) return `\${${inner.slice(1)}}`;
      const name = inner.trim();
      const getAtt = name.startsWith('AWS::') ? undefined : splitGetAtt(name);
      const value =
        name in variables
          ? this.evaluate(variables[name], depth + 1)
          : getAtt
            ? this.values.attribute(getAtt[0], getAtt[1], `Fn::GetAtt ${name}`)
            : this.ref(name, `Ref ${name}`);
      if (value instanceof Unknown) {
        this.partial.push({ expression: `\${${name}}`, reason: value.reason });
        return placeholder(`\${${name}}`);
      }
      if (typeof value !== 'string' && typeof value !== 'number') {
        this.partial.push({ expression: `\${${name}}`, reason: 'its value is not a string' });
        return placeholder(`\${${name}}`);
      }
      return String(value);
    });
  }

  private join(arg: unknown, expression: string, depth: number): unknown {
    if (!Array.isArray(arg) || arg.length !== 2 || typeof arg[0] !== 'string')
      return new Unknown(expression, 'Fn::Join takes a delimiter and a list');
    // A written list keeps its known parts: only an unknown item becomes a placeholder, as in Fn::Sub.
    const list = Array.isArray(arg[1])
      ? arg[1].map((item) => {
          const v = this.evaluate(item, depth + 1);
          if (!(v instanceof Unknown)) return v;
          this.partial.push({ expression: v.expression, reason: v.reason });
          return placeholder(v.expression);
        })
      : this.evaluate(arg[1], depth + 1);
    if (list instanceof Unknown) return list;
    if (!Array.isArray(list)) return new Unknown(expression, 'Fn::Join needs a list');
    return list
      .filter((item) => item !== NO_VALUE)
      .map((item) => (typeof item === 'string' || typeof item === 'number' ? String(item) : ''))
      .join(arg[0]);
  }

  private select(arg: unknown, expression: string, depth: number): unknown {
    if (!Array.isArray(arg) || arg.length !== 2) return new Unknown(expression, 'Fn::Select takes an index and a list');
    const index = this.evaluate(arg[0], depth + 1);
    const list = this.evaluate(arg[1], depth + 1);
    if (index instanceof Unknown) return index;
    if (list instanceof Unknown) return list;
    const i = Number(index);
    return Array.isArray(list) && Number.isInteger(i) && i >= 0 && i < list.length
      ? list[i]
      : new Unknown(expression, 'the index is outside the list');
  }

  private split(arg: unknown, expression: string, depth: number): unknown {
    if (!Array.isArray(arg) || arg.length !== 2 || typeof arg[0] !== 'string')
      return new Unknown(expression, 'Fn::Split takes a delimiter and a string');
    const text = this.evaluate(arg[1], depth + 1);
    if (text instanceof Unknown) return text;
    return typeof text === 'string' ? text.split(arg[0]) : new Unknown(expression, 'Fn::Split needs a string');
  }

  private findInMap(arg: unknown, expression: string, depth: number): unknown {
    if (!Array.isArray(arg) || arg.length < 3) return new Unknown(expression, 'Fn::FindInMap takes three keys');
    const keys = arg.slice(0, 3).map((k) => this.evaluate(k, depth + 1));
    const unknownKey = keys.find((k) => k instanceof Unknown);
    if (unknownKey) return unknownKey;
    const [map, top, second] = keys.map(String);
    const mapping = this.values.template?.Mappings?.[map] as Record<string, Record<string, unknown>> | undefined;
    const value = mapping?.[top]?.[second];
    return value === undefined ? new Unknown(expression, `the mapping ${map} has no ${top}.${second}`) : value;
  }

  private fnIf(arg: unknown, expression: string, depth: number): unknown {
    if (!Array.isArray(arg) || arg.length !== 3 || typeof arg[0] !== 'string')
      return new Unknown(expression, 'Fn::If takes a condition name and two values');
    const condition = this.condition(arg[0], depth + 1, new Set());
    if (condition === undefined) {
      if (this.values.undecidedIf === 'first') return this.evaluate(arg[1], depth + 1);
      return new Unknown(
        `Fn::If ${arg[0]}`,
        `the condition ${arg[0]} cannot be decided from ${this.values.sourceName}`,
      );
    }
    return this.evaluate(condition ? arg[1] : arg[2], depth + 1);
  }

  /** A condition's truth, or undefined when it depends on something unknown. */
  private condition(name: string, depth: number, visiting: Set<string>): boolean | undefined {
    const definition = this.values.template?.Conditions?.[name];
    if (definition === undefined || visiting.has(name) || depth > MAX_DEPTH) return undefined;
    visiting.add(name);
    const result = this.conditionValue(definition, depth + 1, visiting);
    visiting.delete(name);
    return result;
  }

  private conditionValue(node: unknown, depth: number, visiting: Set<string>): boolean | undefined {
    if (typeof node === 'boolean') return node;
    if (!isObject(node) || depth > MAX_DEPTH) return undefined;
    const [[name, arg]] = Object.entries(node);
    const values = (list: unknown) =>
      Array.isArray(list) ? list.map((c) => this.conditionValue(c, depth + 1, visiting)) : [undefined];
    switch (name) {
      case 'Condition':
        return typeof arg === 'string' ? this.condition(arg, depth + 1, visiting) : undefined;
      case 'Fn::Not': {
        const [v] = values(arg);
        return v === undefined ? undefined : !v;
      }
      case 'Fn::And': {
        const vs = values(arg);
        return vs.includes(false) ? false : vs.includes(undefined) ? undefined : true;
      }
      case 'Fn::Or': {
        const vs = values(arg);
        return vs.includes(true) ? true : vs.includes(undefined) ? undefined : false;
      }
      case 'Fn::Equals': {
        if (!Array.isArray(arg) || arg.length !== 2) return undefined;
        const [a, b] = arg.map((v) => this.evaluate(v, depth + 1));
        if (a instanceof Unknown || b instanceof Unknown || hasPlaceholder(a) || hasPlaceholder(b)) {
          this.partial.splice(0);
          return undefined;
        }
        return JSON.stringify(a) === JSON.stringify(b) || String(a) === String(b);
      }
      default:
        return undefined;
    }
  }
}
