// The Java methods and properties templates use on values: java.lang.String, List (ArrayList, json-smart's
// JSONArray, arrays from split), Map (LinkedHashMap), Map.Entry, Integer/Long/Double, Boolean, Character.
// Velocity 1.7 finds a method by name and argument types; when none fits it gives null (and logs), when the
// method throws it aborts the render: NO_SUCH_METHOD and JavaException carry those two outcomes.
// Properties follow Velocity's lookup order: getFoo(), then Map.get("foo"), then isFoo().
import { JavaException } from './arithmetic';
import { javaMatches, javaReplace, javaSplit } from './javaRegex';
import {
  INT_MAX,
  INT_MIN,
  isIntegral,
  isNumber,
  javaClassOf,
  javaEquals,
  javaToString,
  JBlock,
  JChar,
  JDouble,
  JEntry,
  JHost,
  JList,
  JLong,
  JMap,
  toDouble,
  type JValue,
} from './values';

export const NO_SUCH_METHOD = Symbol('no such method');
type Result = JValue | typeof NO_SUCH_METHOD;

const JAVA_CLASS: Record<string, string> = {
  String: 'java.lang.String', Integer: 'java.lang.Integer', Long: 'java.lang.Long', Double: 'java.lang.Double', Boolean: 'java.lang.Boolean',
  BigInteger: 'java.math.BigInteger', Character: 'java.lang.Character', ArrayList: 'java.util.ArrayList', JSONArray: 'net.minidev.json.JSONArray',
  LinkedHashMap: 'java.util.LinkedHashMap', JSONObject: 'net.minidev.json.JSONObject', Reference: 'org.apache.velocity.runtime.directive.Block$Reference',
};

function classObject(v: JValue): JHost {
  const name = JAVA_CLASS[javaClassOf(v)] ?? javaClassOf(v);
  return new ClassHost(name);
}
export class ClassHost extends JHost {
  constructor(readonly javaName: string) {
    super('class', `class ${javaName}`);
  }
}

/** An int argument: Integer only (Velocity converts Integer to int, not Long or String). */
function int(v: JValue): number | undefined {
  return typeof v === 'number' ? v : undefined;
}
/** A String or CharSequence argument (null is accepted and usually makes Java throw). */
function str(v: JValue): string | null | undefined {
  if (v === null || typeof v === 'string') return v;
  return undefined;
}
const npe = () => new JavaException('java.lang.NullPointerException');
const bounds = (what: string) => new JavaException(`java.lang.StringIndexOutOfBoundsException: ${what}`);

function javaTrim(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && s.charCodeAt(a) <= 32) a++;
  while (b > a && s.charCodeAt(b - 1) <= 32) b--;
  return s.slice(a, b);
}
const isJavaWhitespace = (c: number) => (c >= 9 && c <= 13) || (c >= 28 && c <= 32) || c === 0x1680 || (c >= 0x2000 && c <= 0x2006) || (c >= 0x2008 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x205f || c === 0x3000;
function javaStrip(s: string, lead: boolean, trail: boolean): string {
  let a = 0;
  let b = s.length;
  while (lead && a < b && isJavaWhitespace(s.charCodeAt(a))) a++;
  while (trail && b > a && isJavaWhitespace(s.charCodeAt(b - 1))) b--;
  return s.slice(a, b);
}

function stringHash(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(31, h) + s.charCodeAt(i)) | 0;
  return h;
}

function toStringArray(items: string[]): JList {
  return new JList(items, 'array');
}

function stringMethod(s: string, name: string, args: JValue[]): Result {
  const [a, b] = args;
  switch (`${name}/${args.length}`) {
    case 'length/0': return s.length;
    case 'isEmpty/0': return s.length === 0;
    case 'isBlank/0': return javaStrip(s, true, true).length === 0;
    case 'toString/0': case 'intern/0': return s;
    case 'toUpperCase/0': return s.toUpperCase();
    case 'toLowerCase/0': return s.toLowerCase();
    case 'trim/0': return javaTrim(s);
    case 'strip/0': return javaStrip(s, true, true);
    case 'stripLeading/0': return javaStrip(s, true, false);
    case 'stripTrailing/0': return javaStrip(s, false, true);
    case 'hashCode/0': return stringHash(s);
    case 'getClass/0': return classObject(s);
    case 'substring/1': {
      const i = int(a);
      if (i === undefined) return NO_SUCH_METHOD;
      if (i < 0 || i > s.length) throw bounds(`begin ${i}, end ${s.length}, length ${s.length}`);
      return s.slice(i);
    }
    case 'substring/2': case 'subSequence/2': {
      const i = int(a);
      const j = int(b);
      if (i === undefined || j === undefined) return NO_SUCH_METHOD;
      if (i < 0 || j > s.length || i > j) throw bounds(`begin ${i}, end ${j}, length ${s.length}`);
      return s.slice(i, j);
    }
    case 'charAt/1': {
      const i = int(a);
      if (i === undefined) return NO_SUCH_METHOD;
      if (i < 0 || i >= s.length) throw bounds(`index ${i}, length ${s.length}`);
      return new JChar(s[i]);
    }
    case 'codePointAt/1': {
      const i = int(a);
      if (i === undefined) return NO_SUCH_METHOD;
      if (i < 0 || i >= s.length) throw bounds(`index ${i}, length ${s.length}`);
      return s.codePointAt(i)!;
    }
    case 'equals/1': return typeof a === 'string' && a === s;
    case 'equalsIgnoreCase/1': {
      if (a !== null && typeof a !== 'string') return NO_SUCH_METHOD;
      return a !== null && a.length === s.length && (a.toUpperCase() === s.toUpperCase() || a.toLowerCase() === s.toLowerCase());
    }
    case 'compareTo/1': case 'compareToIgnoreCase/1': {
      const o = str(a);
      if (o === undefined) return NO_SUCH_METHOD;
      if (o === null) throw npe();
      const x = name === 'compareTo' ? s : s.toUpperCase().toLowerCase();
      const y = name === 'compareTo' ? o : o.toUpperCase().toLowerCase();
      for (let k = 0; k < Math.min(x.length, y.length); k++) if (x.charCodeAt(k) !== y.charCodeAt(k)) return x.charCodeAt(k) - y.charCodeAt(k);
      return x.length - y.length;
    }
    case 'contains/1': case 'startsWith/1': case 'endsWith/1': case 'concat/1': case 'matches/1': case 'split/1': case 'contentEquals/1': {
      const o = str(a);
      if (o === undefined) return NO_SUCH_METHOD;
      if (o === null) throw npe();
      switch (name) {
        case 'contains': return s.includes(o);
        case 'startsWith': return s.startsWith(o);
        case 'endsWith': return s.endsWith(o);
        case 'concat': return s + o;
        case 'matches': return javaMatches(s, o);
        case 'contentEquals': return s === o;
        default: return toStringArray(javaSplit(s, o));
      }
    }
    case 'startsWith/2': {
      const o = str(a);
      const i = int(b);
      if (o === undefined || i === undefined) return NO_SUCH_METHOD;
      if (o === null) throw npe();
      return i >= 0 && i <= s.length && s.startsWith(o, i);
    }
    case 'split/2': {
      const o = str(a);
      const i = int(b);
      if (o === undefined || i === undefined) return NO_SUCH_METHOD;
      if (o === null) throw npe();
      return toStringArray(javaSplit(s, o, i));
    }
    case 'indexOf/1': case 'lastIndexOf/1': {
      if (a instanceof JChar || typeof a === 'number') {
        const ch = a instanceof JChar ? a.value : String.fromCodePoint(Math.max(0, Math.min(a, 0x10ffff)));
        return name === 'indexOf' ? s.indexOf(ch) : s.lastIndexOf(ch);
      }
      const o = str(a);
      if (o === undefined) return NO_SUCH_METHOD;
      if (o === null) throw npe();
      return name === 'indexOf' ? s.indexOf(o) : s.lastIndexOf(o);
    }
    case 'indexOf/2': case 'lastIndexOf/2': {
      const i = int(b);
      if (i === undefined) return NO_SUCH_METHOD;
      const o = typeof a === 'number' ? String.fromCodePoint(Math.max(0, Math.min(a, 0x10ffff))) : str(a);
      if (o === undefined) return NO_SUCH_METHOD;
      if (o === null) throw npe();
      if (name === 'indexOf') return s.indexOf(o, Math.max(0, i));
      return i < 0 ? -1 : s.lastIndexOf(o, i);
    }
    case 'replace/2': {
      const x = a instanceof JChar ? a.value : str(a);
      const y = b instanceof JChar ? b.value : str(b);
      if (x === undefined || y === undefined) return NO_SUCH_METHOD;
      if (x === null || y === null) throw npe();
      // Java inserts the replacement around every char when the target is empty.
      if (x === '') return y + [...s].join(y) + y;
      return s.split(x).join(y);
    }
    case 'replaceAll/2': case 'replaceFirst/2': {
      const x = str(a);
      const y = str(b);
      if (x === undefined || y === undefined) return NO_SUCH_METHOD;
      if (x === null || y === null) throw npe();
      return javaReplace(s, x, y, name === 'replaceAll');
    }
    case 'repeat/1': {
      const n = int(a);
      if (n === undefined) return NO_SUCH_METHOD;
      if (n < 0) throw new JavaException(`java.lang.IllegalArgumentException: count is negative: ${n}`);
      if (s.length * n > 10_000_000) throw new JavaException('java.lang.OutOfMemoryError: Repeating string is too long');
      return s.repeat(n);
    }
    default:
      return NO_SUCH_METHOD;
  }
}

function checkIndex(i: number, size: number): void {
  if (i < 0 || i >= size) throw new JavaException(`java.lang.IndexOutOfBoundsException: Index ${i} out of bounds for length ${size}`);
}

function listMethod(list: JList, name: string, args: JValue[]): Result {
  const items = list.items;
  const [a, b] = args;
  const mutable = list.flavour !== 'array';
  switch (`${name}/${args.length}`) {
    case 'size/0': return items.length;
    case 'isEmpty/0': return items.length === 0;
    case 'toString/0': return javaToString(list);
    case 'getClass/0': return classObject(list);
    case 'get/1': {
      const i = int(a);
      if (i === undefined) return NO_SUCH_METHOD;
      checkIndex(i, items.length);
      return items[i];
    }
    case 'contains/1': return items.some((x) => javaEquals(x, a));
    case 'indexOf/1': return items.findIndex((x) => javaEquals(x, a));
    case 'lastIndexOf/1': {
      for (let i = items.length - 1; i >= 0; i--) if (javaEquals(items[i], a)) return i;
      return -1;
    }
    case 'equals/1': return javaEquals(list, a);
    case 'containsAll/1': return a instanceof JList ? a.items.every((x) => items.some((y) => javaEquals(x, y))) : NO_SUCH_METHOD;
    case 'toJSONString/0': return list.flavour === 'json' ? javaToString(list) : NO_SUCH_METHOD;
  }
  if (!mutable) return NO_SUCH_METHOD;
  switch (`${name}/${args.length}`) {
    case 'add/1':
      if (items.length >= 1_000_000) throw new JavaException('java.lang.OutOfMemoryError: list too large');
      items.push(a);
      return true;
    case 'add/2': {
      const i = int(a);
      if (i === undefined) return NO_SUCH_METHOD;
      if (i < 0 || i > items.length) throw new JavaException(`java.lang.IndexOutOfBoundsException: Index: ${i}, Size: ${items.length}`);
      items.splice(i, 0, b);
      return null;
    }
    case 'set/2': {
      const i = int(a);
      if (i === undefined) return NO_SUCH_METHOD;
      checkIndex(i, items.length);
      const old = items[i];
      items[i] = b;
      return old;
    }
    case 'addAll/1':
      if (!(a instanceof JList)) return NO_SUCH_METHOD;
      items.push(...a.items);
      return a.items.length > 0;
    case 'clear/0':
      items.length = 0;
      return null;
    case 'remove/1': {
      if (typeof a === 'number') {
        checkIndex(a, items.length);
        return items.splice(a, 1)[0];
      }
      const i = items.findIndex((x) => javaEquals(x, a));
      if (i < 0) return false;
      items.splice(i, 1);
      return true;
    }
    case 'subList/2': {
      const i = int(a);
      const j = int(b);
      if (i === undefined || j === undefined) return NO_SUCH_METHOD;
      if (i < 0 || j > items.length || i > j) throw new JavaException(`java.lang.IndexOutOfBoundsException: fromIndex ${i}, toIndex ${j}`);
      return new JList(items.slice(i, j));
    }
  }
  return NO_SUCH_METHOD;
}

function mapMethod(map: JMap, name: string, args: JValue[]): Result {
  const entries = map.entries;
  const [a, b] = args;
  const key = typeof a === 'string' ? a : undefined;
  switch (`${name}/${args.length}`) {
    case 'size/0': return entries.size;
    case 'isEmpty/0': return entries.size === 0;
    case 'toString/0': return javaToString(map);
    case 'getClass/0': return classObject(map);
    case 'get/1': return key !== undefined ? (entries.get(key) ?? null) : null;
    case 'getOrDefault/2': return key !== undefined && entries.has(key) ? (entries.get(key) ?? null) : b;
    case 'containsKey/1': return key !== undefined && entries.has(key);
    case 'containsValue/1': return [...entries.values()].some((x) => javaEquals(x, a));
    case 'keySet/0': return new JList([...entries.keys()]);
    case 'values/0': return new JList([...entries.values()]);
    case 'entrySet/0': return new JList([...entries].map(([k, v]) => new JEntry(k, v)));
    case 'equals/1': return javaEquals(map, a);
    case 'put/2': {
      if (key === undefined) return NO_SUCH_METHOD;
      const old = entries.get(key) ?? null;
      entries.set(key, b);
      return old;
    }
    case 'putAll/1':
      if (!(a instanceof JMap)) return NO_SUCH_METHOD;
      for (const [k, v] of a.entries) entries.set(k, v);
      return null;
    case 'remove/1': {
      if (key === undefined) return null;
      const old = entries.get(key) ?? null;
      entries.delete(key);
      return old;
    }
    case 'clear/0':
      entries.clear();
      return null;
  }
  return NO_SUCH_METHOD;
}

function numberMethod(n: JValue, name: string, args: JValue[]): Result {
  if (!isNumber(n)) return NO_SUCH_METHOD;
  switch (`${name}/${args.length}`) {
    case 'toString/0': return javaToString(n);
    case 'getClass/0': return classObject(n);
    // Integer.equals(Long) is false in Java: the classes must match.
    case 'equals/1': return javaClassOf(n) === javaClassOf(args[0]) && (n === args[0] || javaEquals(n, args[0]));
    case 'intValue/0': return isIntegral(n) ? Number(BigInt.asIntN(32, typeof n === 'number' ? BigInt(n) : n.value)) : doubleToInt(toDouble(n));
    case 'longValue/0': return new JLong(isIntegral(n) ? BigInt.asIntN(64, typeof n === 'number' ? BigInt(n) : n.value) : BigInt(Math.trunc(Number.isFinite(toDouble(n)) ? toDouble(n) : 0)));
    case 'doubleValue/0': return new JDouble(toDouble(n));
    case 'hashCode/0': return typeof n === 'number' ? n : NO_SUCH_METHOD;
  }
  return NO_SUCH_METHOD;
}

function doubleToInt(d: number): number {
  if (Number.isNaN(d)) return 0;
  if (d >= INT_MAX) return INT_MAX;
  if (d <= INT_MIN) return INT_MIN;
  return Math.trunc(d);
}

export function callMethod(target: JValue, name: string, args: JValue[]): Result {
  if (typeof target === 'string') return stringMethod(target, name, args);
  if (target instanceof JList) return listMethod(target, name, args);
  if (target instanceof JMap) return mapMethod(target, name, args);
  if (target instanceof JEntry) {
    if (args.length === 0 && name === 'getKey') return target.key;
    if (args.length === 0 && name === 'getValue') return target.value;
    if (args.length === 0 && name === 'toString') return javaToString(target);
    return NO_SUCH_METHOD;
  }
  if (name === 'getClass' && args.length === 0 && target !== null && !(target instanceof JHost)) return classObject(target);
  if (typeof target === 'boolean') {
    if (args.length === 0 && (name === 'toString' || name === 'booleanValue')) return name === 'toString' ? String(target) : target;
    if (args.length === 1 && name === 'equals') return args[0] === target;
    return NO_SUCH_METHOD;
  }
  if (target instanceof JChar) {
    if (args.length === 0 && (name === 'toString' || name === 'charValue')) return name === 'toString' ? target.value : target;
    if (args.length === 1 && name === 'equals') return args[0] instanceof JChar && args[0].value === target.value;
    return NO_SUCH_METHOD;
  }
  if (target instanceof JBlock) {
    if (args.length === 0 && name === 'toString') return target.render();
    return NO_SUCH_METHOD;
  }
  if (target instanceof ClassHost) {
    if (args.length === 0 && name === 'getName') return target.javaName;
    if (args.length === 0 && name === 'getSimpleName') return target.javaName.slice(Math.max(target.javaName.lastIndexOf('.'), target.javaName.lastIndexOf('$')) + 1);
    return NO_SUCH_METHOD;
  }
  return numberMethod(target, name, args);
}

/** `$x.name`: getName(), then Map.get("name"), then isName(). undefined: no such property (null in Velocity). */
export function getProperty(target: JValue, name: string): JValue | undefined {
  const cap = name.charAt(0).toUpperCase() + name.slice(1);
  if (name === 'class') return callMethod(target, 'getClass', []) as JValue;
  if (target instanceof JMap) return target.entries.get(name) ?? null;
  if (target instanceof JEntry) {
    if (name === 'key') return target.key;
    if (name === 'value') return target.value;
    return undefined;
  }
  for (const prefix of ['get', 'is']) {
    const r = callMethod(target, prefix + cap, []);
    if (r !== NO_SUCH_METHOD) return r;
  }
  return undefined;
}

export function setProperty(target: JValue, name: string, value: JValue): void {
  if (target instanceof JMap) target.entries.set(name, value);
}

/** `$x[i]`: a list or array index (negative counts from the end, as in Velocity 1.7), or a map key. */
export function indexInto(target: JValue, index: JValue): JValue {
  if (target instanceof JList) {
    if (typeof index !== 'number') return null;
    const i = index < 0 ? target.items.length + index : index;
    checkIndex(i, target.items.length);
    return target.items[i];
  }
  if (target instanceof JMap) return typeof index === 'string' ? (target.entries.get(index) ?? null) : null;
  const r = callMethod(target, 'get', [index]);
  return r === NO_SUCH_METHOD ? null : r;
}

export function setIndex(target: JValue, index: JValue, value: JValue): void {
  if (target instanceof JList) {
    if (typeof index !== 'number') return;
    const i = index < 0 ? target.items.length + index : index;
    checkIndex(i, target.items.length);
    target.items[i] = value;
  } else if (target instanceof JMap && typeof index === 'string') target.entries.set(index, value);
}

