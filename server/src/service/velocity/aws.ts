// API Gateway's objects in a mapping template: $input, $util, $context and $stageVariables, as the developer
// guide's "API Gateway mapping template and access logging variable reference" describes them
// (https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-mapping-template-reference.html),
// with what has been observed on AWS where the guide is silent (../shared/reference/apigateway-runtime-facts.md
// §4): an absent body reads as "{}", $util.escapeJavaScript is commons-lang 2.6's escapeJavaScript, urlEncode
// is java.net.URLEncoder, $input.params(name) looks in path, then query string, then headers.
import { JavaException } from './arithmetic';
import type { HostObjects } from './evaluator';
import { NO_SUCH_METHOD } from './javaMethods';
import { parseJsonSmart, PathNotFound, readJsonPath } from './json';
import { javaToString, JHost, JList, JMap, toJsonText, type JValue } from './values';
import { scalarText } from '../../../../common/scalarText';

export interface AwsRequest {
  body?: string;
  headers?: Record<string, string>;
  query?: Record<string, string>;
  path?: Record<string, string>;
  stageVariables?: Record<string, string>;
  context?: Record<string, unknown>;
}

export class InputHost extends JHost {
  private parsed: { value: JValue } | { error: JavaException } | null = null;
  constructor(readonly request: AwsRequest) {
    super('input', 'com.amazonaws.apigateway.Input');
  }
  get body(): string {
    const b = this.request.body;
    return typeof b === 'string' && b !== '' ? b : '{}';
  }
  document(): JValue {
    if (!this.parsed) {
      try {
        this.parsed = { value: parseJsonSmart(this.body) };
      } catch (e) {
        if (!(e instanceof JavaException)) throw e;
        this.parsed = { error: e };
      }
    }
    if ('error' in this.parsed) throw this.parsed.error;
    // Each call sees a fresh copy, as jayway parses the body again: a template changing a result does not
    // change the next call's.
    return cloneJson(this.parsed.value);
  }
}
export class UtilHost extends JHost {
  constructor() {
    super('util', 'com.amazonaws.apigateway.Util');
  }
}

function cloneJson(v: JValue): JValue {
  if (v instanceof JList) return new JList(v.items.map(cloneJson), v.flavour);
  if (v instanceof JMap) return new JMap(new Map([...v.entries].map(([k, x]) => [k, cloneJson(x)])), v.flavour);
  return v;
}

function stringMap(record: Record<string, string> | undefined): JMap {
  const map = new JMap();
  if (record && typeof record === 'object')
    for (const [k, v] of Object.entries(record)) map.entries.set(k, v === null || v === undefined ? null : String(v));
  return map;
}

/** JSON from the request file as Java values: objects as LinkedHashMap, arrays as ArrayList. */
export function plainToJava(v: unknown, depth = 0): JValue {
  if (depth > 100) return null;
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'number') return parseJsonSmart(JSON.stringify(v));
  if (Array.isArray(v)) return new JList(v.map((x) => plainToJava(x, depth + 1)));
  if (typeof v === 'object') {
    const map = new JMap();
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) map.entries.set(k, plainToJava(x, depth + 1));
    return map;
  }
  return scalarText(v) ?? '';
}

export function buildGlobals(request: AwsRequest): Map<string, JValue> {
  const context = plainToJava(request.context ?? {});
  const contextMap = context instanceof JMap ? context : new JMap();
  const requestOverride = new JMap();
  for (const k of ['header', 'path', 'querystring']) requestOverride.entries.set(k, new JMap());
  const responseOverride = new JMap();
  responseOverride.entries.set('header', new JMap());
  contextMap.entries.set('requestOverride', requestOverride);
  contextMap.entries.set('responseOverride', responseOverride);
  return new Map<string, JValue>([
    ['input', new InputHost(request)],
    ['util', new UtilHost()],
    ['context', contextMap],
    ['stageVariables', stringMap(request.stageVariables)],
  ]);
}

function arg(v: JValue): string | null | undefined {
  if (v === null || typeof v === 'string') return v;
  return undefined;
}

export const awsHosts: HostObjects = {
  property(host, name) {
    if (host instanceof InputHost && name === 'body') return host.body;
    return undefined;
  },
  call(host, name, args) {
    if (host instanceof InputHost) return inputMethod(host, name, args);
    if (host instanceof UtilHost) return utilMethod(name, args);
    return NO_SUCH_METHOD;
  },
};

function inputMethod(input: InputHost, name: string, args: JValue[]): JValue | typeof NO_SUCH_METHOD {
  if (name === 'getBody' && args.length === 0) return input.body;
  if (name === 'params' && args.length === 0) {
    const all = new JMap();
    all.entries.set('path', stringMap(input.request.path));
    all.entries.set('querystring', stringMap(input.request.query));
    all.entries.set('header', stringMap(input.request.headers));
    return all;
  }
  if (args.length !== 1) return NO_SUCH_METHOD;
  const a = arg(args[0]);
  if (a === undefined) return NO_SUCH_METHOD;
  if (name === 'params') {
    if (a === null) return null;
    for (const record of [input.request.path, input.request.query, input.request.headers]) {
      if (record && Object.prototype.hasOwnProperty.call(record, a)) return record[a] ?? null;
    }
    // Header names are case-insensitive in HTTP.
    for (const [k, v] of Object.entries(input.request.headers ?? {}))
      if (k.toLowerCase() === a.toLowerCase()) return v ?? null;
    return null;
  }
  if (name === 'path' || name === 'json') {
    if (a === null) return null;
    try {
      const result = readJsonPath(input.document(), a);
      return name === 'path' ? result : toJsonText(result);
    } catch (e) {
      // A path that finds nothing: null for path; for json, what LocalStack answers (runtime facts M18: "").
      if (e instanceof PathNotFound) return name === 'path' ? null : '""';
      throw e;
    }
  }
  return NO_SUCH_METHOD;
}

function utilMethod(name: string, args: JValue[]): JValue | typeof NO_SUCH_METHOD {
  if (args.length !== 1) return NO_SUCH_METHOD;
  const s = arg(args[0]);
  if (s === undefined) return NO_SUCH_METHOD;
  if (s === null) return null;
  switch (name) {
    case 'escapeJavaScript':
      return escapeJavaScript(s);
    case 'parseJson':
      return parseJsonSmart(s);
    case 'urlEncode':
      return urlEncode(s);
    case 'urlDecode':
      return urlDecode(s);
    case 'base64Encode':
      return base64Encode(s);
    case 'base64Decode':
      return base64Decode(s);
  }
  return NO_SUCH_METHOD;
}

/** commons-lang 2.6 StringEscapeUtils.escapeJavaScript. */
export function escapeJavaScript(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    const hex = ch.toString(16).toUpperCase();
    if (ch > 0xfff) out += `\\u${hex}`;
    else if (ch > 0xff) out += `\\u0${hex}`;
    else if (ch > 0x7f) out += `\\u00${hex}`;
    else if (ch < 32) {
      switch (ch) {
        case 8:
          out += '\\b';
          break;
        case 10:
          out += '\\n';
          break;
        case 9:
          out += '\\t';
          break;
        case 12:
          out += '\\f';
          break;
        case 13:
          out += '\\r';
          break;
        default:
          out += ch > 0xf ? `\\u00${hex}` : `\\u000${hex}`;
      }
    } else {
      switch (s[i]) {
        case "'":
          out += "\\'";
          break;
        case '"':
          out += '\\"';
          break;
        case '\\':
          out += '\\\\';
          break;
        case '/':
          out += '\\/';
          break;
        default:
          out += s[i];
      }
    }
  }
  return out;
}

function utf8(s: string): Uint8Array {
  // Java encodes an unpaired surrogate as '?'.
  return new TextEncoder().encode(
    s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '?'),
  );
}

/** java.net.URLEncoder.encode(s, UTF-8). */
export function urlEncode(s: string): string {
  let out = '';
  for (const ch of s) {
    if (/[a-zA-Z0-9.\-*_]/.test(ch)) out += ch;
    else if (ch === ' ') out += '+';
    else for (const b of utf8(ch)) out += `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/** java.net.URLDecoder.decode(s, UTF-8). */
export function urlDecode(s: string): string {
  let out = '';
  let i = 0;
  while (i < s.length) {
    const c = s[i];
    if (c === '+') {
      out += ' ';
      i++;
    } else if (c === '%') {
      const bytes: number[] = [];
      while (i + 2 < s.length && s[i] === '%') {
        const hex = s.slice(i + 1, i + 3);
        if (!/^[0-9a-fA-F]{2}$/.test(hex))
          throw new JavaException(
            `java.lang.IllegalArgumentException: URLDecoder: Illegal hex characters in escape (%) pattern - Error at index 0 in: "${hex}"`,
          );
        bytes.push(parseInt(hex, 16));
        i += 3;
      }
      if (bytes.length === 0 || (i < s.length && s[i] === '%'))
        throw new JavaException(
          'java.lang.IllegalArgumentException: URLDecoder: Incomplete trailing escape (%) pattern',
        );
      out += new TextDecoder('utf-8').decode(new Uint8Array(bytes));
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

export function base64Encode(s: string): string {
  const bytes = utf8(s);
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out +=
      B64[(n >> 18) & 63] +
      B64[(n >> 12) & 63] +
      (i + 1 < bytes.length ? B64[(n >> 6) & 63] : '=') +
      (i + 2 < bytes.length ? B64[n & 63] : '=');
  }
  return out;
}

/** java.util.Base64.getDecoder(): strict alphabet, padding optional, then the bytes read as UTF-8. */
export function base64Decode(s: string): string {
  const bytes: number[] = [];
  let bits = 0;
  let count = 0;
  let i = 0;
  for (; i < s.length; i++) {
    const c = s[i];
    if (c === '=') break;
    const v = B64.indexOf(c);
    if (v < 0)
      throw new JavaException(
        `java.lang.IllegalArgumentException: Illegal base64 character ${c.charCodeAt(0).toString(16)}`,
      );
    bits = (bits << 6) | v;
    count++;
    if (count === 4) {
      bytes.push((bits >> 16) & 255, (bits >> 8) & 255, bits & 255);
      bits = 0;
      count = 0;
    }
  }
  if (count === 1)
    throw new JavaException('java.lang.IllegalArgumentException: Last unit does not have enough valid bits');
  if (i < s.length) {
    const padding = s.slice(i);
    const expected = count === 2 ? '==' : count === 3 ? '=' : '';
    if (padding !== expected)
      throw new JavaException('java.lang.IllegalArgumentException: Input byte array has incorrect ending byte');
  }
  if (count === 2) bytes.push((bits >> 4) & 255);
  if (count === 3) bytes.push((bits >> 10) & 255, (bits >> 2) & 255);
  return new TextDecoder('utf-8').decode(new Uint8Array(bytes));
}

/** The overrides a template set on $context.requestOverride / responseOverride. */
export function collectOverrides(globals: Map<string, JValue>): {
  request: { header: Record<string, string>; querystring: Record<string, string>; path: Record<string, string> };
  response: { status?: number; header: Record<string, string> };
} {
  const result = {
    request: { header: {}, querystring: {}, path: {} } as Record<string, Record<string, string>>,
    response: { header: {} } as { status?: number; header: Record<string, string> },
  };
  const context = globals.get('context');
  if (!(context instanceof JMap)) return result as never;
  const toRecord = (v: JValue | undefined) => {
    const r: Record<string, string> = {};
    if (v instanceof JMap) for (const [k, x] of v.entries) if (x !== null) r[k] = javaToString(x);
    return r;
  };
  const req = context.entries.get('requestOverride');
  if (req instanceof JMap)
    for (const k of ['header', 'querystring', 'path']) result.request[k] = toRecord(req.entries.get(k));
  const res = context.entries.get('responseOverride');
  if (res instanceof JMap) {
    result.response.header = toRecord(res.entries.get('header'));
    const status = res.entries.get('status');
    if (status !== undefined && status !== null) {
      const n = Number(javaToString(status));
      if (Number.isInteger(n)) result.response.status = n;
    }
  }
  return result as never;
}
