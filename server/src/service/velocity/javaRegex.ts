// Java regular expressions (java.util.regex.Pattern) on JavaScript's RegExp, for String.matches, replaceAll,
// replaceFirst and split. The common syntax is the same; what differs is translated: \Q...\E quoting, \A \Z \z,
// leading inline flags (?i) (?s) (?m) (?x is not supported), POSIX classes \p{Alpha} and friends, \h, and
// possessive quantifiers and atomic groups (approximated by their greedy forms, which match the same text in
// all but backtracking-sensitive patterns). Java's replacement syntax ($1, ${name}, \$) is applied by hand.
import { JavaException } from './arithmetic';

const POSIX: Record<string, string> = {
  Lower: 'a-z', Upper: 'A-Z', ASCII: '\\x00-\\x7F', Alpha: 'a-zA-Z', Digit: '0-9', Alnum: 'a-zA-Z0-9',
  Punct: '!-\\/:-@\\[-`{-~', Graph: '!-~', Print: ' -~', Blank: ' \\t', Cntrl: '\\x00-\\x1F\\x7F', XDigit: '0-9a-fA-F',
  Space: ' \\t\\n\\x0B\\f\\r', javaLowerCase: 'a-z', javaUpperCase: 'A-Z', javaWhitespace: ' \\t\\n\\x0B\\f\\r\\x1C-\\x1F',
  L: '\\p{L}', Lu: '\\p{Lu}', Ll: '\\p{Ll}', N: '\\p{N}', Nd: '\\p{Nd}', P: '\\p{P}', IsAlphabetic: '\\p{Alphabetic}', IsLetter: '\\p{L}', IsDigit: '\\p{Nd}',
};

const cache = new Map<string, { source: string; flags: string }>();

function escapeLiteral(s: string): string {
  return s.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
}

/** Translates a Java pattern; throws JavaException (PatternSyntaxException) when it is not valid. */
export function javaRegex(pattern: string, global: boolean, sticky = false): RegExp {
  let t = cache.get(pattern);
  if (!t) {
    t = translate(pattern);
    if (cache.size > 500) cache.clear();
    cache.set(pattern, t);
  }
  try {
    return new RegExp(t.source, t.flags + (global ? 'g' : '') + (sticky ? 'y' : ''));
  } catch (e) {
    throw new JavaException(`java.util.regex.PatternSyntaxException: ${(e as Error).message}`);
  }
}

function translate(source: string): { source: string; flags: string } {
  let pattern = source;
  let flags = '';
  let i = 0;
  for (;;) {
    const m = /^\(\?([imsux]+)\)/.exec(pattern.slice(i));
    if (!m) break;
    for (const f of m[1]) if ((f === 'i' || f === 'm' || f === 's') && !flags.includes(f)) flags += f;
    i += m[0].length;
    if (m[1].includes('x')) {
      pattern = pattern.slice(0, i) + stripComments(pattern.slice(i));
    }
  }
  // A leading \G (where the previous match ended): JavaScript's sticky flag.
  if (pattern.startsWith('\\G', i)) {
    flags += 'y';
    i += 2;
  }
  let out = '';
  let inClass = 0;
  let unicode = false;
  let prevQuantifier = false;
  let justOpened = false;
  while (i < pattern.length) {
    const c = pattern[i];
    if (!inClass && c === '[') {
      const intersection = classIntersection(pattern, i);
      if (intersection) {
        out += intersection.source;
        if (intersection.unicode) unicode = true;
        i = intersection.end;
        prevQuantifier = false;
        justOpened = false;
        continue;
      }
    }
    if (!inClass) {
      // Every token but a quantifier resets the possessive check; quantifiers set it again below.
      if (c !== '+' || !prevQuantifier) {
        if (c === '\\' || c === '[' || c === '(' || c === ')' || c === '|' || c === '.' || c === '^' || c === '$') prevQuantifier = false;
      }
    }
    if (c === '\\') {
      const n = pattern[i + 1];
      if (n === undefined) throw new JavaException('java.util.regex.PatternSyntaxException: Unexpected internal error near index ' + pattern.length);
      if (n === 'Q') {
        const end = pattern.indexOf('\\E', i + 2);
        const lit = end < 0 ? pattern.slice(i + 2) : pattern.slice(i + 2, end);
        out += escapeLiteral(lit);
        i = end < 0 ? pattern.length : end + 2;
        continue;
      }
      if (n === '0' && /[0-7]/.test(pattern[i + 2] ?? '')) {
        // Java's octal escape \0n, \0nn or \0mnn (m at most 3).
        const m = /^[0-3]?[0-7]{1,2}/.exec(pattern.slice(i + 2))!;
        const code = parseInt(m[0], 8);
        out += `\\x${code.toString(16).padStart(2, '0')}`;
        i += 2 + m[0].length;
        continue;
      }
      if (n === 'R' && !inClass) { out += '(?:\\r\\n|[\\n\\x0B\\f\\r\\u0085\\u2028\\u2029])'; i += 2; prevQuantifier = false; continue; }
      if (n === 'A' && !inClass) { out += '(?<![\\s\\S])'; i += 2; continue; }
      if (n === 'z' && !inClass) { out += '(?![\\s\\S])'; i += 2; continue; }
      if (n === 'Z' && !inClass) { out += '(?=(?:\\r\\n|[\\n\\r\\u0085\\u2028\\u2029])?(?![\\s\\S]))'; i += 2; continue; }
      if (n === 'h') { out += inClass ? ' \\t\\xA0\\u1680\\u180e\\u2000-\\u200a\\u202f\\u205f\\u3000' : '[ \\t\\xA0\\u1680\\u180e\\u2000-\\u200a\\u202f\\u205f\\u3000]'; i += 2; continue; }
      if (n === 'p' || n === 'P') {
        const m = /^\{(?:Is)?([A-Za-z_]+)\}/.exec(pattern.slice(i + 2)) ?? /^([A-Za-z])/.exec(pattern.slice(i + 2));
        if (!m) throw new JavaException('java.util.regex.PatternSyntaxException: Illegal character property');
        const name = m[1];
        const cls = POSIX[name] ?? POSIX[`Is${name}`];
        if (!cls) throw new JavaException(`java.util.regex.PatternSyntaxException: Unknown character property name {${name}}`);
        if (cls.includes('\\p{')) unicode = true;
        if (inClass) {
          if (n === 'P') throw new JavaException('java.util.regex.PatternSyntaxException: negated property inside a class is not supported here');
          out += cls;
        } else out += n === 'P' ? `[^${cls}]` : `[${cls}]`;
        i += 2 + m[0].length;
        continue;
      }
      out += c + n;
      i += 2;
      continue;
    }
    if (c === '[' && inClass) {
      // A class inside a class is a union in Java: its members join the outer class.
      const close = classEnd(pattern, i);
      if (close < 0) throw new JavaException(`java.util.regex.PatternSyntaxException: Unclosed character class near index ${pattern.length - 1}`);
      const nested = pattern.slice(i, close + 1);
      if (nested.startsWith('[^')) throw new JavaException('java.util.regex.PatternSyntaxException: a negated class inside a class is not supported here');
      const t = translate(nested);
      if (t.flags.includes('u')) unicode = true;
      out += t.source.slice(1, -1);
      i = close + 1;
      continue;
    }
    if (c === '$' && !inClass && !flags.includes('m')) {
      // Java's `$` also matches before a line terminator that ends the input.
      out += '(?=(?:\\r\\n|[\\n\\r\\u0085\\u2028\\u2029])?(?![\\s\\S]))';
      i++;
      prevQuantifier = false;
      continue;
    }
    if (c === '[') {
      inClass++;
      out += c;
      i++;
      if (pattern[i] === '^') { out += '^'; i++; }
      if (pattern[i] === ']') { out += '\\]'; i++; }
      continue;
    }
    if (c === ']' && inClass) { inClass--; out += c; i++; continue; }
    if (inClass) {
      if (c === '&' && pattern[i + 1] === '&') throw new JavaException('java.util.regex.PatternSyntaxException: class intersection (&&) is not supported here');
      out += c === '/' ? '\\/' : c;
      i++;
      continue;
    }
    if (c === '(' && pattern.startsWith('(?>', i)) { out += '(?:'; i += 3; prevQuantifier = false; continue; }
    // A `+` after a quantifier makes it possessive; JavaScript has none, the greedy form is the closest.
    if (c === '+' && prevQuantifier) { i++; prevQuantifier = false; continue; }
    const counted = c === '{' ? /^\{\d+(,\d*)?\}/.exec(pattern.slice(i)) : null;
    if (counted) {
      out += counted[0];
      i += counted[0].length;
      prevQuantifier = true;
      continue;
    }
    out += c;
    i++;
    prevQuantifier = (c === '*' || c === '+' || c === '?') && !justOpened;
    justOpened = c === '(';
    continue;
  }
  if (inClass) throw new JavaException(`java.util.regex.PatternSyntaxException: Unclosed character class near index ${pattern.length - 1}`);
  if (unicode) flags += 'u';
  return { source: out, flags };
}

/** The (?x) flag: whitespace and `#` comments outside classes are not part of the pattern. */
function stripComments(pattern: string): string {
  let out = '';
  let inClass = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') {
      out += c + (pattern[i + 1] ?? '');
      i++;
    } else if (inClass) {
      if (c === '[') inClass++;
      else if (c === ']') inClass--;
      out += c;
    } else if (c === '[') {
      inClass++;
      out += c;
    } else if (c === '#') {
      while (i < pattern.length && pattern[i] !== '\n') i++;
    } else if (!/\s/.test(c)) out += c;
  }
  return out;
}

/** The end of the character class opening at `open` (Java classes nest), or -1. */
function classEnd(pattern: string, open: number): number {
  let depth = 0;
  for (let i = open; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '[') {
      depth++;
      if (pattern[i + 1] === '^') i++;
      if (pattern[i + 1] === ']') i++;
    } else if (c === ']') {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

/** `[A&&B]` (Java's class intersection) as `(?:(?=B)A)`, each part translated on its own. */
function classIntersection(pattern: string, open: number): { source: string; end: number; unicode: boolean } | null {
  const close = classEnd(pattern, open);
  if (close < 0) return null;
  const inner = pattern.slice(open + 1, close);
  if (!inner.includes('&&') || inner.startsWith('^')) return null;
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i];
    if (c === '\\') i++;
    else if (c === '[') depth++;
    else if (c === ']') depth--;
    else if (c === '&' && inner[i + 1] === '&' && depth === 0) {
      parts.push(inner.slice(start, i));
      start = i + 2;
      i++;
    }
  }
  parts.push(inner.slice(start));
  if (parts.length < 2) return null;
  let unicode = false;
  const translated = parts.map((part) => {
    const cls = part.startsWith('[') && classEnd(part, 0) === part.length - 1 ? part : `[${part}]`;
    const t = translate(cls);
    if (t.flags.includes('u')) unicode = true;
    return t.source;
  });
  return { source: `(?:${translated.slice(1).map((t) => `(?=${t})`).join('')}${translated[0]})`, end: close + 1, unicode };
}

/** Java's Matcher.appendReplacement syntax: $n, ${name}, \x; anything else after $ is an error. */
export function javaReplacement(replacement: string, match: RegExpExecArray): string {
  let out = '';
  const groupCount = match.length - 1;
  for (let i = 0; i < replacement.length; i++) {
    const c = replacement[i];
    if (c === '\\') {
      i++;
      if (i >= replacement.length) throw new JavaException('java.lang.IllegalArgumentException: character to be escaped is missing');
      out += replacement[i];
    } else if (c === '$') {
      i++;
      if (i >= replacement.length) throw new JavaException('java.lang.IllegalArgumentException: Illegal group reference: group index is missing');
      if (replacement[i] === '{') {
        const close = replacement.indexOf('}', i);
        const name = close < 0 ? '' : replacement.slice(i + 1, close);
        if (!name || !match.groups || !(name in match.groups)) throw new JavaException(`java.lang.IllegalArgumentException: No group with name {${name}}`);
        out += match.groups[name] ?? '';
        i = close;
      } else {
        const d = replacement.charCodeAt(i) - 48;
        if (d < 0 || d > 9) throw new JavaException('java.lang.IllegalArgumentException: Illegal group reference');
        let group = d;
        if (group > groupCount) throw new JavaException(`java.lang.IndexOutOfBoundsException: No group ${group}`);
        while (i + 1 < replacement.length) {
          const nd = replacement.charCodeAt(i + 1) - 48;
          if (nd < 0 || nd > 9) break;
          const next = group * 10 + nd;
          if (next > groupCount) break;
          group = next;
          i++;
        }
        out += match[group] ?? '';
      }
    } else out += c;
  }
  return out;
}

/**
 * A pattern with a quantified group that itself holds a quantifier, such as `(a+)+`, can take exponential time on
 * input it does not match, in Java as in JavaScript; a JavaScript regex cannot be interrupted, so the editor
 * refuses to run one on more than 32 characters rather than hang.
 */
const NESTED_QUANTIFIER = /\((?:[^()\\]|\\.)*[*+}](?:[^()\\]|\\.)*\)[*+{]/;
function refuseExponential(pattern: string, input: string): void {
  if (input.length > 32 && NESTED_QUANTIFIER.test(pattern)) {
    throw new JavaException(`the pattern ${JSON.stringify(pattern)} nests quantifiers and can take exponential time; it is not run here on ${input.length} characters (API Gateway may time out on it)`);
  }
}

export function javaReplace(input: string, pattern: string, replacement: string, all: boolean): string {
  refuseExponential(pattern, input);
  const re = javaRegex(pattern, true);
  let out = '';
  let last = 0;
  let m: RegExpExecArray | null;
  let guard = 0;
  while ((m = re.exec(input)) !== null) {
    if (++guard > 1_000_000) break;
    out += input.slice(last, m.index) + javaReplacement(replacement, m);
    last = m.index + m[0].length;
    if (m[0].length === 0) {
      if (re.lastIndex >= input.length) {
        break;
      }
      out += input[re.lastIndex];
      re.lastIndex++;
      last = re.lastIndex;
    }
    if (!all) break;
  }
  return out + input.slice(last);
}

export function javaMatches(input: string, pattern: string): boolean {
  refuseExponential(pattern, input);
  const t = javaRegex(pattern, false);
  const whole = new RegExp(`^(?:${t.source})$`, t.flags.replace('m', '').replace('y', ''));
  return whole.test(input);
}

/** String.split(regex, limit) with Java's rules: no leading empty string from a zero-width match, trailing empty strings dropped when limit is 0. */
export function javaSplit(input: string, pattern: string, limit = 0): string[] {
  refuseExponential(pattern, input);
  const re = javaRegex(pattern, true);
  const list: string[] = [];
  let index = 0;
  let m: RegExpExecArray | null;
  let guard = 0;
  while ((m = re.exec(input)) !== null) {
    if (++guard > 1_000_000) break;
    const start = m.index;
    const end = start + m[0].length;
    if (m[0].length === 0) re.lastIndex++;
    if (limit <= 0 || list.length < limit - 1) {
      if (index === 0 && start === 0 && end === 0) continue;
      list.push(input.slice(index, start));
      index = end;
    } else break;
  }
  if (index === 0 && list.length === 0) return [input];
  list.push(input.slice(index));
  if (limit === 0) while (list.length > 0 && list[list.length - 1] === '') list.pop();
  return list;
}
