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

function translate(pattern: string): { source: string; flags: string } {
  let flags = '';
  let i = 0;
  for (;;) {
    const m = /^\(\?([imsux]+)\)/.exec(pattern.slice(i));
    if (!m) break;
    if (m[1].includes('x')) throw new JavaException('java.util.regex.PatternSyntaxException: the (?x) flag is not supported here');
    for (const f of m[1]) if ((f === 'i' || f === 'm' || f === 's') && !flags.includes(f)) flags += f;
    i += m[0].length;
  }
  let out = '';
  let inClass = 0;
  let unicode = false;
  while (i < pattern.length) {
    const c = pattern[i];
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
    if (c === '[') {
      if (inClass && pattern[i + 1] !== ':') throw new JavaException('java.util.regex.PatternSyntaxException: nested character classes are not supported here');
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
    if (c === '(' && pattern.startsWith('(?>', i)) { out += '(?:'; i += 3; continue; }
    if ((c === '+') && i > 0 && /[*+?}]/.test(pattern[i - 1]) && pattern[i - 2] !== '\\') { i++; continue; }
    out += c;
    i++;
  }
  if (inClass) throw new JavaException(`java.util.regex.PatternSyntaxException: Unclosed character class near index ${pattern.length - 1}`);
  if (unicode) flags += 'u';
  return { source: out, flags };
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

export function javaReplace(input: string, pattern: string, replacement: string, all: boolean): string {
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
  const t = javaRegex(pattern, false);
  const whole = new RegExp(`^(?:${t.source})$`, t.flags.replace('m', ''));
  return whole.test(input);
}

/** String.split(regex, limit) with Java's rules: no leading empty string from a zero-width match, trailing empty strings dropped when limit is 0. */
export function javaSplit(input: string, pattern: string, limit = 0): string[] {
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
      if (m[0].length === 0 && start >= input.length) break;
      list.push(input.slice(index, start));
      index = end;
    } else break;
  }
  if (index === 0 && list.length === 0) return [input];
  list.push(input.slice(index));
  if (limit === 0) while (list.length > 0 && list[list.length - 1] === '') list.pop();
  return list;
}
