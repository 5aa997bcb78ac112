/**
 * Where each character of a string value stands in the document: a mapping template written as a YAML plain,
 * quoted or block scalar, or as a JSON string, reaches the engine as its decoded value, and every offset the
 * engine reports must land on the exact source character (an escape, a folded line break, an indented line).
 *
 * The raw token is scanned again here, by YAML 1.2's and JSON's rules; the decoded text is then compared with
 * the parser's value. When they differ (a form this scanner does not know), the map says so (`exact: false`)
 * and callers place what they report on the value's first line instead of on a wrong character.
 */

export interface SourceMap {
  /** The decoded text (equal to the parser's value when `exact`). */
  readonly text: string;
  /** False when the raw token could not be decoded to the parser's value: offsets are then approximate. */
  readonly exact: boolean;
  /** Document offset of the source that produced value character `i` (its escape, its line break...). */
  readonly starts: Int32Array;
  /** Document offset just after that source. */
  readonly ends: Int32Array;
  /** The raw token's range in the document. */
  readonly tokenStart: number;
  readonly tokenEnd: number;
}

/** Collects produced characters with the source span each came from (typed arrays: templates are typed in). */
class Builder {
  private readonly parts: string[] = [];
  private s: Int32Array;
  private e: Int32Array;
  private n = 0;
  constructor(capacity: number) {
    this.s = new Int32Array(Math.max(16, capacity));
    this.e = new Int32Array(Math.max(16, capacity));
  }
  private reserve(extra: number): void {
    if (this.n + extra <= this.s.length) return;
    const size = Math.max(this.s.length * 2, this.n + extra);
    const s = new Int32Array(size);
    const e = new Int32Array(size);
    s.set(this.s.subarray(0, this.n));
    e.set(this.e.subarray(0, this.n));
    this.s = s;
    this.e = e;
  }
  /** Characters produced by one piece of source (an escape, a folded break). */
  emit(text: string, start: number, end: number): void {
    this.reserve(text.length);
    this.parts.push(text);
    for (let i = 0; i < text.length; i++) {
      this.s[this.n] = start;
      this.e[this.n++] = end;
    }
  }
  /** Source characters copied as they are: `doc[from..to)`. */
  run(doc: string, from: number, to: number): void {
    if (to <= from) return;
    this.reserve(to - from);
    this.parts.push(doc.slice(from, to));
    for (let k = from; k < to; k++) {
      this.s[this.n] = k;
      this.e[this.n++] = k + 1;
    }
  }
  get length(): number {
    return this.n;
  }
  text(): string {
    if (this.parts.length > 1) this.parts.splice(0, this.parts.length, this.parts.join(''));
    return this.parts[0] ?? '';
  }
  /** Removes the last `n` produced characters (YAML chomping, blanks before a folded break). */
  drop(n: number): void {
    const text = this.text().slice(0, this.n - n);
    this.parts.splice(0, this.parts.length, text);
    this.n -= n;
  }
  build(tokenStart: number, tokenEnd: number, expected: string | undefined): SourceMap {
    const text = this.text();
    return {
      text,
      exact: expected === undefined || text === expected,
      starts: this.s.slice(0, this.n),
      ends: this.e.slice(0, this.n),
      tokenStart,
      tokenEnd,
    };
  }
}

/** A map for a string node: `raw` is the document text, `[start, end)` the token (with quotes or block header). */
export function mapScalar(
  doc: string,
  start: number,
  end: number,
  syntax: 'yaml' | 'json',
  expected?: string,
): SourceMap {
  const first = doc[start];
  let map: SourceMap;
  if (syntax === 'json') map = mapJsonString(doc, start, end, expected);
  else if (first === '"') map = mapYamlDoubleQuoted(doc, start, end, expected);
  else if (first === "'") map = mapYamlSingleQuoted(doc, start, end, expected);
  else if (first === '|' || first === '>') map = mapYamlBlock(doc, start, end, expected);
  else map = mapYamlPlain(doc, start, end, expected);
  return map.exact || expected === undefined ? map : approximate(expected, start, end);
}

/** Every character on the token's first character: honest about not knowing where it stands. */
function approximate(text: string, start: number, end: number): SourceMap {
  const starts = new Int32Array(text.length).fill(start);
  const ends = new Int32Array(text.length).fill(Math.min(end, start + 1));
  return { text, exact: false, starts, ends, tokenStart: start, tokenEnd: end };
}

const jsonEscapes: Record<string, string> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
};

function mapJsonString(doc: string, start: number, end: number, expected?: string): SourceMap {
  const b = new Builder(end - start);
  const stop = doc[end - 1] === '"' && end - 1 > start ? end - 1 : end;
  let i = doc[start] === '"' ? start + 1 : start;
  while (i < stop) {
    const next = doc.indexOf('\\', i);
    const plainEnd = next < 0 || next >= stop ? stop : next;
    if (plainEnd > i) {
      b.run(doc, i, plainEnd);
      i = plainEnd;
      continue;
    }
    const c = doc[i];
    if (c === '\\' && i + 1 < stop) {
      const n = doc[i + 1];
      if (n === 'u' && /^[0-9a-fA-F]{4}$/.test(doc.slice(i + 2, i + 6))) {
        b.emit(String.fromCharCode(parseInt(doc.slice(i + 2, i + 6), 16)), i, i + 6);
        i += 6;
        continue;
      }
      if (n in jsonEscapes) {
        b.emit(jsonEscapes[n], i, i + 2);
        i += 2;
        continue;
      }
    }
    b.emit(c, i, i + 1);
    i++;
  }
  return b.build(start, end, expected);
}

const isBlank = (c: string | undefined) => c === ' ' || c === '\t';
const isBreak = (c: string | undefined) => c === '\n' || c === '\r';

/** Length of the line break at `i` (`\r\n` counts as one break). */
function breakLength(doc: string, i: number): number {
  return doc[i] === '\r' && doc[i + 1] === '\n' ? 2 : 1;
}

/**
 * YAML line folding inside flow scalars (plain and quoted), from the line break at `i`: trailing blanks already
 * dropped by the caller; leading blanks of the next lines dropped; one break becomes a space, n breaks n-1
 * newlines. Returns the offset of the next content character.
 */
function foldFlowBreaks(doc: string, i: number, stop: number, b: Builder): number {
  const firstBreak = i;
  let breaks = 0;
  const empties: number[] = [];
  while (i < stop) {
    if (isBreak(doc[i])) {
      if (breaks > 0) empties.push(i);
      breaks++;
      i += breakLength(doc, i);
    } else if (isBlank(doc[i])) i++;
    else break;
  }
  if (breaks === 1) b.emit(' ', firstBreak, firstBreak + breakLength(doc, firstBreak));
  else for (const at of empties) b.emit('\n', at, at + breakLength(doc, at));
  return i;
}

/** Index after the trailing blanks that end at `i` (exclusive), i.e. where the blanks before a break start. */
function blanksStart(doc: string, from: number, i: number): number {
  let j = i;
  while (j > from && isBlank(doc[j - 1])) j--;
  return j;
}

function mapYamlPlain(doc: string, start: number, end: number, expected?: string): SourceMap {
  const b = new Builder(end - start);
  let i = start;
  let pending = ''; // blanks not yet known to be inside a line (they are dropped before a break)
  let pendingAt = 0;
  while (i < end) {
    const c = doc[i];
    if (isBreak(c)) {
      pending = '';
      i = foldFlowBreaks(doc, i, end, b);
      continue;
    }
    if (isBlank(c)) {
      if (!pending) pendingAt = i;
      pending += c;
      i++;
      continue;
    }
    if (pending) {
      for (let k = 0; k < pending.length; k++) b.emit(pending[k], pendingAt + k, pendingAt + k + 1);
      pending = '';
    }
    b.emit(c, i, i + 1);
    i++;
  }
  return b.build(start, end, expected);
}

function mapYamlSingleQuoted(doc: string, start: number, end: number, expected?: string): SourceMap {
  const b = new Builder(end - start);
  const stop = end - 1 > start && doc[end - 1] === "'" ? end - 1 : end;
  let i = start + 1;
  let lineStart = i;
  while (i < stop) {
    const c = doc[i];
    if (c === "'" && doc[i + 1] === "'") {
      b.emit("'", i, i + 2);
      i += 2;
      continue;
    }
    if (isBreak(c)) {
      dropTrailingBlanks(doc, lineStart, i, b);
      i = foldFlowBreaks(doc, i, stop, b);
      lineStart = i;
      continue;
    }
    b.emit(c, i, i + 1);
    i++;
  }
  return b.build(start, end, expected);
}

/** Blanks just before a folded line break are not content: remove those already emitted. */
function dropTrailingBlanks(doc: string, lineStart: number, i: number, b: Builder): void {
  const n = i - blanksStart(doc, lineStart, i);
  if (n > 0) b.drop(n);
}

const yamlEscapes: Record<string, string> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  t: '\t',
  '\t': '\t',
  n: '\n',
  v: '\v',
  f: '\f',
  r: '\r',
  e: '\x1b',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
  N: '\x85',
  _: '\xa0',
  L: '\u2028',
  P: '\u2029',
};
const hexLength: Record<string, number> = { x: 2, u: 4, U: 8 };

function mapYamlDoubleQuoted(doc: string, start: number, end: number, expected?: string): SourceMap {
  const b = new Builder(end - start);
  const stop = end - 1 > start && doc[end - 1] === '"' ? end - 1 : end;
  let i = start + 1;
  let lineStart = i;
  // Blanks emitted since this offset are protected from trimming (they came from escapes).
  let protectedUntil = i;
  while (i < stop) {
    const c = doc[i];
    if (c === '\\' && i + 1 < stop) {
      const n = doc[i + 1];
      if (isBreak(n)) {
        // An escaped line break: the break and the next line's leading blanks vanish; blanks before stay.
        i += 1 + breakLength(doc, i + 1);
        while (i < stop && isBlank(doc[i])) i++;
        lineStart = i;
        protectedUntil = i;
        continue;
      }
      const hex = hexLength[n];
      if (hex && /^[0-9a-fA-F]+$/.test(doc.slice(i + 2, i + 2 + hex)) && i + 2 + hex <= stop) {
        b.emit(String.fromCodePoint(parseInt(doc.slice(i + 2, i + 2 + hex), 16)), i, i + 2 + hex);
        i += 2 + hex;
        protectedUntil = i;
        continue;
      }
      if (n in yamlEscapes) {
        b.emit(yamlEscapes[n], i, i + 2);
        i += 2;
        protectedUntil = i;
        continue;
      }
    }
    if (isBreak(c)) {
      dropTrailingBlanks(doc, Math.max(lineStart, protectedUntil), i, b);
      i = foldFlowBreaks(doc, i, stop, b);
      lineStart = i;
      continue;
    }
    b.emit(c, i, i + 1);
    i++;
  }
  return b.build(start, end, expected);
}

interface Line {
  /** Offset of the line's first character. */
  start: number;
  /** Offset of its line break (or the end). */
  end: number;
  /** Offset after its line break. */
  next: number;
}

function linesOf(doc: string, from: number, end: number): Line[] {
  const lines: Line[] = [];
  let i = from;
  while (i < end) {
    let j = i;
    while (j < end && !isBreak(doc[j])) j++;
    const next = j < end ? j + breakLength(doc, j) : j;
    lines.push({ start: i, end: j, next });
    i = next;
  }
  return lines;
}

function mapYamlBlock(doc: string, start: number, end: number, expected?: string): SourceMap {
  let i = start + 1;
  let chomp: '-' | '+' | '' = '';
  let explicit = 0;
  while (i < end && /[-+0-9]/.test(doc[i])) {
    if (doc[i] === '-' || doc[i] === '+') chomp = doc[i] as '-' | '+';
    else explicit = Number(doc[i]);
    i++;
  }
  while (i < end && !isBreak(doc[i])) i++; // blanks and a comment after the header
  const bodyStart = i < end ? i + breakLength(doc, i) : end;
  // Parsers end the token at its last text line; with keep chomping the empty lines after it are content too.
  let stop = end;
  if (chomp === '+') {
    for (let j = end; ;) {
      let k = j;
      while (k < doc.length && isBlank(doc[k])) k++;
      if (k >= doc.length || !isBreak(doc[k])) break;
      j = stop = k + breakLength(doc, k);
    }
  }
  const lines = linesOf(doc, bodyStart, stop);
  const literal = doc[start] === '|';
  const candidates: number[] = [];
  const auto = autoIndent(doc, lines);
  if (!explicit) candidates.push(auto);
  else for (let n = 1; n <= Math.max(auto, explicit) + 8; n++) candidates.push(n);
  let last: SourceMap | undefined;
  for (const indent of candidates) {
    const b = new Builder(end - start);
    if (literal) literalBody(doc, lines, indent, b);
    else foldedBody(doc, lines, indent, b);
    chompBody(b, chomp);
    last = b.build(start, end, expected);
    if (last.exact) return last;
  }
  return last ?? new Builder(end - start).build(start, end, expected);
}

/** The indentation of the first non-empty line (YAML's auto-detection). */
function autoIndent(doc: string, lines: Line[]): number {
  let best = 0;
  for (const line of lines) {
    let j = line.start;
    while (j < line.end && doc[j] === ' ') j++;
    if (j < line.end) return j - line.start;
    best = Math.max(best, j - line.start);
  }
  return Math.max(best, 1);
}

/** Every content line minus its indentation, each followed by its line break. */
function literalBody(doc: string, lines: Line[], indent: number, b: Builder): void {
  for (const line of lines) {
    b.run(doc, Math.min(line.start + indent, line.end), line.end);
    if (line.next > line.end) b.emit('\n', line.end, line.next);
    else b.emit('\n', line.end, line.end); // the last line of the file without a break still ends with one
  }
}

/**
 * Folded: a break between two lines of text that do not start with a blank becomes a space, unless empty lines
 * come between (those become newlines); breaks around more-indented lines are kept.
 */
function foldedBody(doc: string, lines: Line[], indent: number, b: Builder): void {
  let previous: 'none' | 'text' | 'more' = 'none';
  let pendingBreak: { at: number; next: number } | undefined;
  const empties: { at: number; next: number }[] = [];
  for (const line of lines) {
    const from = Math.min(line.start + indent, line.end);
    const empty = from >= line.end;
    if (empty) {
      if (previous === 'none') b.emit('\n', line.end, line.next);
      else empties.push({ at: line.end, next: line.next });
      continue;
    }
    const more = isBlank(doc[from]);
    if (pendingBreak) {
      if (previous === 'text' && !more && empties.length === 0) b.emit(' ', pendingBreak.at, pendingBreak.next);
      else if (previous === 'text' && !more) for (const e of empties) b.emit('\n', e.at, e.next);
      else {
        b.emit('\n', pendingBreak.at, pendingBreak.next);
        for (const e of empties) b.emit('\n', e.at, e.next);
      }
    }
    empties.length = 0;
    b.run(doc, from, line.end);
    pendingBreak = { at: line.end, next: line.next };
    previous = more ? 'more' : 'text';
  }
  if (pendingBreak) {
    b.emit('\n', pendingBreak.at, pendingBreak.next);
    for (const e of empties) b.emit('\n', e.at, e.next);
  }
}

/** Strip (`-`) drops every final line break, clip keeps one, keep (`+`) keeps them all. */
function chompBody(b: Builder, chomp: '-' | '+' | ''): void {
  if (chomp === '+') return;
  const text = b.text();
  let n = 0;
  while (n < text.length && text[text.length - 1 - n] === '\n') n++;
  if (n === text.length && n > 0) {
    // Only empty lines: the value is empty (clip and strip alike).
    b.drop(n);
    return;
  }
  b.drop(chomp === '-' ? n : Math.max(0, n - 1));
}

/** Document offset of template offset `i` (the start of what produced it; the token end after the last). */
export function docOffsetAt(map: SourceMap, i: number): number {
  if (map.starts.length === 0) return map.tokenStart + (map.tokenEnd > map.tokenStart ? 1 : 0);
  if (i < map.starts.length) return map.starts[Math.max(0, i)];
  return map.ends[map.ends.length - 1];
}

/** Document range of template range `[start, end)`: from the first character's source to the last one's end. */
export function docRangeOf(map: SourceMap, start: number, end: number): { offset: number; length: number } {
  const from = docOffsetAt(map, start);
  if (end <= start || map.ends.length === 0) return { offset: from, length: 0 };
  const last = Math.min(end, map.ends.length) - 1;
  const to = Math.max(from, map.ends[last]);
  return { offset: from, length: to - from };
}

/**
 * Template offset of a document offset, for a cursor: the character whose source holds it, or the position
 * right after the last character when the cursor is at its end. Undefined outside the template's text.
 */
export function templateOffsetAt(map: SourceMap, offset: number): number | undefined {
  const n = map.starts.length;
  if (n === 0) return offset > map.tokenStart && offset <= map.tokenEnd ? 0 : undefined;
  if (offset < map.starts[0]) return undefined;
  if (offset >= map.ends[n - 1]) return offset <= map.ends[n - 1] ? n : undefined;
  // The first character whose source ends after the offset.
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (map.ends[mid] <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
