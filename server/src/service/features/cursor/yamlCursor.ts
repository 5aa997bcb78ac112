/**
 * Where the cursor is in a YAML document, read from the text by indentation: while typing, the document is often
 * broken (`x-amazon-apigateway-` without a colon yet) and the parsed tree stops before the cursor, but the keys
 * above it, at smaller indentation, still say where it is. Cost: the lines between the cursor and its top-level
 * key, with no allocation beyond one line at a time.
 */
import type { CursorPlace } from './types';

interface LineShape {
  /** Column where the line's content starts, after any `- ` item markers. */
  keyCol: number;
  /** Column of the (last) `- ` item marker, when the line starts an array item. */
  dashCol?: number;
  /** The key, when the line is `key:` or `key: value`. */
  key?: string;
  /** Text after `key:`, without a trailing comment. */
  rest?: string;
  blank: boolean;
}

const keyPattern = /^("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s#'"{[\-][^#]*?|-[^\s#][^#]*?)\s*:(?:\s+|$)/;

function unquote(key: string): string {
  if (key.startsWith('"')) {
    try {
      return JSON.parse(key) as string;
    } catch {
      return key.slice(1, -1);
    }
  }
  if (key.startsWith("'")) return key.slice(1, -1).replace(/''/g, "'");
  return key.trim();
}

function shape(line: string): LineShape {
  let i = 0;
  while (line[i] === ' ') i++;
  if (i >= line.length || line[i] === '#') return { keyCol: i, blank: true };
  let dashCol: number | undefined;
  while (line[i] === '-' && (line[i + 1] === ' ' || i + 1 === line.length)) {
    dashCol = i;
    i += 2;
    while (line[i] === ' ') i++;
  }
  const content = line.slice(i);
  const m = keyPattern.exec(content);
  if (!m) return { keyCol: i, dashCol, blank: false };
  return {
    keyCol: i,
    dashCol,
    key: unquote(m[1]),
    rest: content
      .slice(m[0].length)
      .replace(/(^|\s+)#.*$/, '')
      .trim(),
    blank: false,
  };
}

/**
 * Where the line holding `offset` starts. lastIndexOf clamps a negative start to 0: at offset 0 of a text that
 * begins with a line break it would find that break and put the line's start after the cursor.
 */
export function lineStartOf(text: string, offset: number): number {
  return offset > 0 ? text.lastIndexOf('\n', offset - 1) + 1 : 0;
}

/** The path of the key that starts at an offset, when the parsed tree has it (the tree may stop early). */
export type KeyResolver = (keyOffset: number) => (string | number)[] | undefined;

/**
 * The lines before `lineStart`, nearest first, skipping blank lines and lines indented more than `maxIndent()`
 * without copying them: on a large spec most lines above the cursor are deeper than it.
 */
function* linesAbove(
  text: string,
  lineStart: number,
  maxIndent: () => number,
): Generator<{ text: string; start: number }> {
  let end = lineStart - 1;
  while (end >= 0) {
    // Through lineStartOf: at an empty first line (`end` 0) a bare lastIndexOf found that line's own end again, and
    // the walk never ended.
    const start = lineStartOf(text, end);
    let i = start;
    while (i < end && text.charCodeAt(i) === 32) i++;
    const c = text.charCodeAt(i);
    if (i < end && c !== 13 && i - start <= maxIndent())
      yield { text: text.slice(start, text.charCodeAt(end - 1) === 13 ? end - 1 : end), start };
    end = start - 1;
  }
}

/**
 * Keys and item indexes of what holds a line whose content starts at `col` (root first). When `itemAt` is set, that
 * line itself starts an array item with its dash at that column, and the result ends with the item's index.
 */
export function ancestorsByIndentation(
  text: string,
  lineStart: number,
  col: number,
  itemAt?: number,
  resolve?: KeyResolver,
): (string | number)[] {
  const out: (string | number)[] = [];
  // While `itemCol` is set we are counting the items above ours, up to the key that holds the array.
  let itemCol = itemAt;
  let index = 0;
  for (const line of linesAbove(text, lineStart, () => itemCol ?? col - 1)) {
    if (line.text.startsWith('---') || line.text.startsWith('...')) break;
    const s = shape(line.text);
    if (s.blank) continue;
    const lineCol = s.dashCol ?? s.keyCol;
    if (itemCol !== undefined) {
      if (s.dashCol === itemCol) {
        index++;
        continue;
      }
      if (lineCol > itemCol) continue;
      out.push(index);
      // The array's holder may be written at the dashes' own column (`key:\n- a`).
      col = itemCol + 1;
      itemCol = undefined;
    }
    if (lineCol >= col) continue;
    if (s.dashCol !== undefined) {
      if (s.key !== undefined && s.keyCol < col) out.push(s.key);
      itemCol = s.dashCol;
      index = 0;
      continue;
    }
    if (s.key === undefined) continue;
    // From here up, the parsed tree knows the way when it holds this key.
    const known = resolve?.(line.start + s.keyCol);
    if (known) return [...known, ...out.reverse()];
    out.push(s.key);
    col = s.keyCol;
    if (col === 0) break;
  }
  if (itemCol !== undefined) out.push(index);
  return out.reverse();
}

/** The cursor's place from the text of its line and the keys above it. */
export function yamlCursor(text: string, offset: number, resolve?: KeyResolver): CursorPlace {
  const lineStart = lineStartOf(text, offset);
  const before = text.slice(lineStart, offset);
  let i = 0;
  while (before[i] === ' ') i++;
  let dashCol: number | undefined;
  // Only a dash with its space typed starts an item: a dash just before the cursor is still being written (taking it
  // for a marker would put the word being written after the cursor, past the end of the line).
  while (before[i] === '-' && before[i + 1] === ' ') {
    dashCol = i;
    i += 2;
    while (before[i] === ' ') i++;
  }
  const col = i;
  const content = before.slice(col);
  const base = { lineStart, col, syntax: 'yaml' as const };
  const keyMatch = keyPattern.exec(content);
  if (keyMatch) {
    const key = unquote(keyMatch[1]);
    const path = [...ancestorsByIndentation(text, lineStart, col, dashCol, resolve), key];
    let start = lineStart + col + keyMatch[0].length;
    let valueText = text.slice(start, offset);
    const tag = /^(![A-Za-z]+)\s+/.exec(valueText);
    if (tag) {
      start += tag[0].length;
      valueText = valueText.slice(tag[0].length);
    }
    const quote = valueText[0] === '"' || valueText[0] === "'" ? valueText[0] : undefined;
    return {
      ...base,
      kind: 'value',
      path,
      prefix: quote ? valueText.slice(1) : valueText,
      replaceStart: start,
      ...(quote ? { quote } : {}),
      ...(tag ? { tag: tag[1] } : {}),
    };
  }
  const quote = content[0] === '"' || content[0] === "'" ? content[0] : undefined;
  const word = {
    prefix: quote ? content.slice(1) : content,
    replaceStart: lineStart + col,
    ...(quote ? { quote } : {}),
  };
  if (dashCol !== undefined)
    return {
      ...base,
      ...word,
      kind: 'key',
      path: ancestorsByIndentation(text, lineStart, col, dashCol, resolve),
      item: true,
    };
  const path = ancestorsByIndentation(text, lineStart, col, undefined, resolve);
  // A line inside a block scalar (`key: |`) or a multi-line plain scalar belongs to the value of the key above: a
  // value that, after its tags and anchors (`!Sub &a |`), neither opens a flow collection nor names an alias.
  const holder = path.length ? holderLine(text, lineStart, col) : undefined;
  const held = holder?.rest?.replace(/^(?:[!&]\S+\s*)+/, '');
  if (held && !/^[&*{[]/.test(held)) {
    return { ...base, kind: 'value', path, prefix: content, replaceStart: lineStart + col, inBlock: true };
  }
  return { ...base, ...word, kind: 'key', path };
}

/** The nearest line above whose content starts left of `col`: the line that holds the cursor's line. */
function holderLine(text: string, lineStart: number, col: number): { key?: string; rest?: string } | undefined {
  for (const line of linesAbove(text, lineStart, () => col - 1)) {
    const s = shape(line.text);
    if (s.blank) continue;
    if ((s.dashCol ?? s.keyCol) >= col) continue;
    // `- key: value` with the cursor's line at `key`'s column: a sibling in the item, not a continuation.
    if (s.dashCol !== undefined && s.keyCol >= col) return undefined;
    return s;
  }
  return undefined;
}
