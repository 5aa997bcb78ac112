/**
 * Re-uses the tree of the previous version for the most common edit: typing inside one string (a value or a
 * key) without touching the document's structure. The edited scalar gets its new text and every node after it
 * moves by the length difference — no re-parse, no new tree. Anything else (structure characters, a change of
 * scalar type, escapes, a document with syntax problems) returns undefined and the caller parses in full.
 */
import { AstNode, ParseResult, nodeAtOffset } from './ast';
import { isSurelyString } from './scalars';

export interface SingleEdit {
  /** Offset in the old text. */
  offset: number;
  /** How many characters of the old text it replaces. */
  removed: number;
  text: string;
}

/** Characters that can change YAML or JSON structure, or a scalar's kind, wherever they are typed. */
const structural = /[\n\r\t:#'"{}[\],&*!|>%@`\\]/;

/**
 * Characters YAML does not allow in a stream, or reads as line breaks in some versions: the full parser stops at
 * a NUL and reports the others, where a patched string would simply hold them. Lone surrogates count too (typing
 * or deleting half of a pair). A value holding any of them is left to a full parse.
 */
const unreadable =
  /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\u2028\u2029\uFEFF\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:^|[^\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * First characters of a plain scalar that the fast YAML parser leaves to the full one (fastYaml.ts). The two
 * differ in where containers end (trailing blank lines), so an edit that moves a document from one parser to the
 * other cannot be patched: it is parsed in full.
 */
const indicators = '-?:,[]{}#&*!|>\'"%@`~';

export function applyIncrementalEdit(
  previous: ParseResult,
  oldText: string,
  given: SingleEdit,
): ParseResult | undefined {
  const root = previous.root;
  if (!root || previous.problems.length > 0 || previous.aliases) return undefined;
  const edit = wellFormed(given, oldText.length);
  if (!edit) return undefined;
  const removedText = oldText.slice(edit.offset, edit.offset + edit.removed);
  if (structural.test(edit.text) || structural.test(removedText)) return undefined;
  const node = nodeAtOffset(root, edit.offset);
  if (!node || node.type !== 'string') return undefined;
  const end = node.offset + node.length;
  if (edit.offset + edit.removed > end) return undefined;
  const raw = oldText.slice(node.offset, end);
  const quoted = raw.startsWith('"') || raw.startsWith("'");
  let value: string;
  if (quoted) {
    // Strictly inside the quotes, and only where the value is the text itself (no escapes).
    if (
      edit.offset <= node.offset ||
      edit.offset + edit.removed >= end ||
      raw.slice(1, -1) !== node.value ||
      !raw.endsWith(raw[0])
    )
      return undefined;
    value = applyTo(node.value, edit.offset - node.offset - 1, edit);
  } else {
    // A plain scalar: no spaces (they could end it or start a comment), and it must still read as a string.
    if (/\s/.test(edit.text) || raw !== node.value) return undefined;
    value = applyTo(node.value, edit.offset - node.offset, edit);
    if (!value || !isSurelyString(value)) return undefined;
    if (indicators.includes(value[0]) || indicators.includes(raw[0])) return undefined;
    // What is left around a deletion can end the scalar too: a space at either end, ` #` (a comment), `: `.
    if (/^\s|\s$|\s#|:\s|:$/.test(value)) return undefined;
  }
  if (unreadable.test(value)) return undefined;
  const parent = node.parent;
  const isKey = parent?.type === 'property' && parent.key === node;
  // The list of `$ref` values would go stale.
  if (isKey && (node.value === '$ref' || value === '$ref')) return undefined;
  if (isKey && parent.parent.properties.some((p) => p.key !== node && p.key.value === value)) return undefined;

  const delta = edit.text.length - edit.removed;
  shift(root, edit.offset, edit.offset + edit.removed, delta);
  node.value = value;
  if (isKey) delete parent.parent.index;
  return previous.refs ? { root, problems: [], refs: previous.refs } : { root, problems: [] };
}

/**
 * A range given end-first is read as its reverse, as vscode-languageserver-textdocument does; one that leaves the
 * text is not patched at all (the caller parses in full).
 */
function wellFormed(edit: SingleEdit, textLength: number): SingleEdit | undefined {
  const start = Math.min(edit.offset, edit.offset + edit.removed);
  const removed = Math.abs(edit.removed);
  if (!Number.isInteger(start) || !Number.isInteger(removed) || start < 0 || start + removed > textLength)
    return undefined;
  return { offset: start, removed, text: edit.text };
}

function applyTo(value: string, at: number, edit: SingleEdit): string {
  return value.slice(0, at) + edit.text + value.slice(at + edit.removed);
}

/** Moves every span after the edit by `delta`, and grows or shrinks every span that holds it. */
function shift(root: AstNode, start: number, oldEnd: number, delta: number): void {
  if (delta === 0) return;
  const move = (span: { offset: number; length: number }) => {
    if (span.offset >= oldEnd && span.offset > start) span.offset += delta;
    else if (span.offset <= start && span.offset + span.length >= oldEnd) span.length += delta;
  };
  const stack: AstNode[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    // Spans wholly before the edit and not holding it keep their place, and so do their children.
    if (node.offset + node.length < start) continue;
    move(node);
    if (node.type === 'object') {
      for (const p of node.properties) {
        if (p.offset + p.length < start) continue;
        move(p);
        move(p.key);
        if (p.value) stack.push(p.value);
      }
    } else if (node.type === 'array') {
      for (const item of node.items) stack.push(item);
    }
  }
}
