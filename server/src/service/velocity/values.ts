// The Java values a template computes with, and how Java prints and compares them. Velocity runs on Java, so a
// template's output is Java's toString of each value: `1.0` for a Double, `[a, b]` for a List, `{k=v}` for a Map,
// and JSON text for the arrays that the JSON parser behind `$input.path` gives (json-smart's JSONArray).
//
// Representation: a JS string is a java.lang.String, a JS boolean a Boolean, a JS number an Integer (always a
// 32-bit integer value), null is Java null. Other numbers and containers are the classes below.

/** Java's StackOverflowError, from printing a container that contains itself. */
export class JavaStackOverflow extends Error {
  constructor() {
    super('java.lang.StackOverflowError');
  }
}

export class JLong {
  constructor(readonly value: bigint) {}
}
export class JBigInteger {
  constructor(readonly value: bigint) {}
}
/** java.math.BigDecimal: json-smart reads a number written with more than 18 characters as one. */
export class JBigDecimal {
  readonly text: string;
  constructor(source: string) {
    this.text = bigDecimalToString(source);
  }
  get value(): number {
    return Number(this.text);
  }
}

/** BigDecimal(source).toString(): plain digits, or scientific notation when the exponent is small or positive. */
function bigDecimalToString(source: string): string {
  const m = /^([-+]?)(\d*)(?:\.(\d*))?(?:[eE]([-+]?\d+))?$/.exec(source.trim());
  if (!m) return source;
  const [, sign, intPart, frac = '', exp = '0'] = m;
  let digits = (intPart + frac).replace(/^0+(?=\d)/, '');
  if (digits === '') digits = '0';
  const scale = frac.length - Number(exp);
  const negative = sign === '-' && /[1-9]/.test(digits);
  const adjusted = -scale + (digits.length - 1);
  let body: string;
  if (scale >= 0 && adjusted >= -6) {
    if (scale === 0) body = digits;
    else if (digits.length > scale) body = `${digits.slice(0, digits.length - scale)}.${digits.slice(digits.length - scale)}`;
    else body = `0.${'0'.repeat(scale - digits.length)}${digits}`;
  } else {
    body = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    body += `E${adjusted >= 0 ? '+' : ''}${adjusted}`;
  }
  return (negative ? '-' : '') + body;
}

export class JDouble {
  constructor(readonly value: number) {}
}
/** java.lang.Character, from String.charAt. */
export class JChar {
  constructor(readonly value: string) {}
}
/** An ArrayList; `json` marks json-smart's JSONArray, whose toString is JSON text; `array` a Java array. */
export class JList {
  constructor(
    readonly items: JValue[],
    readonly flavour: 'list' | 'json' | 'array' = 'list',
  ) {}
}
/** A LinkedHashMap (insertion order); `json` marks json-smart's JSONObject, whose toString is JSON text. */
export class JMap {
  constructor(
    readonly entries: Map<string, JValue> = new Map(),
    readonly flavour: 'map' | 'json' = 'map',
  ) {}
}
/** A Map.Entry from entrySet(). */
export class JEntry {
  constructor(
    readonly key: string,
    readonly value: JValue,
  ) {}
}
/** An object of the AWS API ($input, $util) or a #define block: rendered by the evaluator. */
export class JHost {
  constructor(
    readonly name: string,
    readonly className: string,
  ) {}
}

export type JNumber = number | JLong | JBigInteger | JDouble | JBigDecimal;
export type JValue = null | string | boolean | number | JLong | JBigInteger | JDouble | JBigDecimal | JChar | JList | JMap | JEntry | JHost | JBlock;

/** A #define'd block: renders its body when printed; null when it is nested too deeply in itself. */
export class JBlock {
  constructor(readonly render: () => string | null) {}
}

export function isNumber(v: JValue): v is JNumber {
  return typeof v === 'number' || v instanceof JLong || v instanceof JBigInteger || v instanceof JDouble || v instanceof JBigDecimal;
}
export function isIntegral(v: JValue): v is number | JLong | JBigInteger {
  return typeof v === 'number' || v instanceof JLong || v instanceof JBigInteger;
}

export const INT_MIN = -2147483648;
export const INT_MAX = 2147483647;
const LONG_MIN = -(1n << 63n);
const LONG_MAX = (1n << 63n) - 1n;

/** The smallest of Integer, Long, BigInteger that holds `n` (what Velocity's MathUtils returns). */
export function wrapIntegral(n: bigint, atLeastLong = false): JNumber {
  if (!atLeastLong && n >= BigInt(INT_MIN) && n <= BigInt(INT_MAX)) return Number(n);
  if (n >= LONG_MIN && n <= LONG_MAX) return new JLong(n);
  return new JBigInteger(n);
}

export function toBigInt(v: number | JLong | JBigInteger): bigint {
  return typeof v === 'number' ? BigInt(v) : v.value;
}
export function toDouble(v: JNumber): number {
  if (typeof v === 'number') return v;
  if (v instanceof JDouble || v instanceof JBigDecimal) return v.value;
  return Number(v.value);
}

/**
 * Java's Double.toString as Java 8 to 18 print it (sun.misc.FloatingDecimal). Its digits are the shortest that
 * read back as the same double, like JavaScript's, except for whole numbers from 2^53 to 2^63: there Java
 * writes the exact integer, less 0 to 2 low digits (rounded) by the number's binary exponent, so
 * 2^57 prints as 1.44115188075855872E17 where the shortest form is 1.4411518807585587E17.
 */
export function javaDoubleToString(d: number): string {
  if (Number.isNaN(d)) return 'NaN';
  if (d === Infinity) return 'Infinity';
  if (d === -Infinity) return '-Infinity';
  if (d === 0) return Object.is(d, -0) ? '-0.0' : '0.0';
  const abs = Math.abs(d);
  if (Number.isInteger(abs) && abs >= 2 ** 53 && abs < 2 ** 63) return largeWholeDoubleToString(d);
  if (abs >= 1e-3 && abs < 1e7) {
    const s = String(d);
    return s.includes('.') ? s : `${s}.0`;
  }
  // Computerized scientific notation: one digit, a point, at least one digit, 'E', exponent.
  const [mantissa, exponent] = d.toExponential().split('e');
  const m = mantissa.includes('.') ? mantissa : `${mantissa}.0`;
  return `${m}E${Number(exponent)}`;
}

/** FloatingDecimal's insignificantDigitsForPow2, for binary exponents 54 to 62 (index: exponent - 54). */
const INSIGNIFICANT_DIGITS = [0, 0, 0, 0, 1, 1, 1, 2, 2];

function largeWholeDoubleToString(d: number): string {
  let n = BigInt(Math.abs(d));
  const binExp = n.toString(2).length - 1;
  const p2 = binExp - 54;
  const insignificant = p2 > 1 ? INSIGNIFICANT_DIGITS[p2] : 0;
  let exp10 = 0;
  if (insignificant > 0) {
    const pow = 10n ** BigInt(insignificant);
    const residue = n % pow;
    n /= pow;
    exp10 = insignificant;
    if (residue >= pow / 2n) n += 1n;
  }
  let digits = n.toString();
  while (digits.length > 1 && digits.endsWith('0')) {
    digits = digits.slice(0, -1);
    exp10++;
  }
  const mantissa = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : `${digits}.0`;
  return `${d < 0 ? '-' : ''}${mantissa}E${digits.length + exp10 - 1}`;
}

const JSON_ESCAPES: Record<string, string> = { '"': '\\"', '\\': '\\\\', '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r', '\t': '\\t', '/': '\\/' };

/** json-smart's string escaping in its default (NO_COMPRESS) style: also `/`, and control characters as \uXXXX. */
export function jsonSmartQuote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const e = JSON_ESCAPES[ch];
    if (e) out += e;
    else {
      const c = ch.charCodeAt(0);
      if (c <= 0x1f || (c >= 0x7f && c <= 0x9f) || (c >= 0x2000 && c <= 0x20ff)) out += `\\u${c.toString(16).toUpperCase().padStart(4, '0')}`;
      else out += ch;
    }
  }
  return `${out}"`;
}

/** json-smart's JSONValue.toJSONString. */
export function toJsonText(v: JValue, depth = 0): string {
  if (depth > 200) throw new JavaStackOverflow();
  if (v === null) return 'null';
  if (typeof v === 'string') return jsonSmartQuote(v);
  if (typeof v === 'boolean' || typeof v === 'number') return String(v);
  if (v instanceof JLong || v instanceof JBigInteger) return v.value.toString();
  if (v instanceof JDouble) return Number.isFinite(v.value) ? javaDoubleToString(v.value) : 'null';
  if (v instanceof JBigDecimal) return v.text;
  if (v instanceof JList) return `[${v.items.map((x) => toJsonText(x, depth + 1)).join(',')}]`;
  if (v instanceof JMap) {
    const parts: string[] = [];
    for (const [k, x] of v.entries) parts.push(`${jsonSmartQuote(k)}:${toJsonText(x, depth + 1)}`);
    return `{${parts.join(',')}}`;
  }
  return jsonSmartQuote(javaToString(v, depth + 1));
}

/** Java's String.valueOf / toString of a value, as Velocity prints it. */
export function javaToString(v: JValue, depth = 0): string {
  if (v === null) return 'null';
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean' || typeof v === 'number') return String(v);
  if (v instanceof JLong || v instanceof JBigInteger) return v.value.toString();
  if (v instanceof JDouble) return javaDoubleToString(v.value);
  if (v instanceof JBigDecimal) return v.text;
  if (v instanceof JChar) return v.value;
  // Only a container holding itself gets this deep: Java's toString overflows its stack there.
  if (depth > 200) throw new JavaStackOverflow();
  if (v instanceof JList) {
    if (v.flavour === 'json') return toJsonText(v, depth);
    if (v.flavour === 'array') return `[L${v.items.length}@array`;
    return `[${v.items.map((x) => (x === v ? '(this Collection)' : javaToString(x, depth + 1))).join(', ')}]`;
  }
  if (v instanceof JMap) {
    if (v.flavour === 'json') return toJsonText(v, depth);
    const parts: string[] = [];
    for (const [k, x] of v.entries) parts.push(`${k}=${x === v ? '(this Map)' : javaToString(x, depth + 1)}`);
    return `{${parts.join(', ')}}`;
  }
  if (v instanceof JEntry) return `${v.key}=${javaToString(v.value, depth + 1)}`;
  if (v instanceof JBlock) return v.render() ?? 'null';
  return `${v.className}@0`;
}

/** Java's equals between two values of compatible classes (Velocity's == for same-class operands). */
export function javaEquals(a: JValue, b: JValue, depth = 0): boolean {
  if (a === b) return true;
  if (a === null || b === null || depth > 200) return false;
  if (typeof a !== 'object' || typeof b !== 'object') return false;
  if (a instanceof JLong && b instanceof JLong) return a.value === b.value;
  if (a instanceof JBigInteger && b instanceof JBigInteger) return a.value === b.value;
  if (a instanceof JDouble && b instanceof JDouble) return Object.is(a.value, b.value) || a.value === b.value;
  if (a instanceof JBigDecimal && b instanceof JBigDecimal) return a.text === b.text;
  if (a instanceof JChar && b instanceof JChar) return a.value === b.value;
  if (a instanceof JList && b instanceof JList) {
    if (a.flavour === 'array' || b.flavour === 'array') return false;
    return a.items.length === b.items.length && a.items.every((x, i) => javaEquals(x, b.items[i], depth + 1));
  }
  if (a instanceof JMap && b instanceof JMap) {
    if (a.entries.size !== b.entries.size) return false;
    for (const [k, x] of a.entries) {
      if (!b.entries.has(k) || !javaEquals(x, b.entries.get(k) ?? null, depth + 1)) return false;
    }
    return true;
  }
  if (a instanceof JEntry && b instanceof JEntry) return a.key === b.key && javaEquals(a.value, b.value, depth + 1);
  return false;
}

/** A Java class name for a value, for Velocity's "same class or subclass" test in ==. */
export function javaClassOf(v: JValue): string {
  if (v === null) return 'null';
  if (typeof v === 'string') return 'String';
  if (typeof v === 'boolean') return 'Boolean';
  if (typeof v === 'number') return 'Integer';
  if (v instanceof JLong) return 'Long';
  if (v instanceof JBigInteger) return 'BigInteger';
  if (v instanceof JDouble) return 'Double';
  if (v instanceof JBigDecimal) return 'BigDecimal';
  if (v instanceof JChar) return 'Character';
  if (v instanceof JList) return v.flavour === 'array' ? 'Array' : v.flavour === 'json' ? 'JSONArray' : 'ArrayList';
  if (v instanceof JMap) return v.flavour === 'json' ? 'JSONObject' : 'LinkedHashMap';
  if (v instanceof JEntry) return 'Entry';
  if (v instanceof JBlock) return 'Reference';
  return v.className;
}

/** Whether class a is b or a subclass of b (or the reverse), among the classes we model. */
export function classesRelated(a: string, b: string): boolean {
  if (a === b) return true;
  const pair = (x: string, y: string) => (a === x && b === y) || (a === y && b === x);
  return pair('JSONArray', 'ArrayList') || pair('JSONObject', 'LinkedHashMap');
}
