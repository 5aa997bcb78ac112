/**
 * The cursor's place in a document. The parsed tree answers for a cursor inside an existing multi-line value (a
 * mapping template); otherwise the text does, so that broken documents still complete.
 */
import { getLocation, Location } from 'jsonc-parser';
import type { ApiDocument } from '../../document/model';
import { AstNode, nodeAtOffset, pathOf } from '../../parser/ast';
import { syntaxOf } from '../../parser/parse';
import type { CursorPlace } from './types';
import { lineStartOf, yamlCursor } from './yamlCursor';

export type { CursorPlace } from './types';

export function syntaxOfDocument(doc: ApiDocument): 'yaml' | 'json' {
  return syntaxOf(doc.text.languageId, doc.text.getText()) === 'yaml' ? 'yaml' : 'json';
}

export function cursorPlace(doc: ApiDocument, offset: number): CursorPlace {
  const text = doc.text.getText();
  if (syntaxOfDocument(doc) === 'json')
    return jsonCursor(
      text,
      offset,
      doc.parsed.root,
      doc.parsed.problems.reduce((first, p) => Math.min(first, p.offset), Infinity),
    );
  const lineStart = lineStartOf(text, offset);
  // A value that started on a line above and holds the cursor (its end included: the last line of a block at the
  // end of the file is still in the block).
  const node = nodeAtOffset(doc.parsed.root, offset);
  if (
    node?.type === 'string' &&
    node.parent?.type === 'property' &&
    node.parent.key !== node &&
    node.offset < lineStart
  ) {
    const prefix = text.slice(lineStart, offset).trimStart();
    const replaceStart = offset - prefix.length;
    return {
      kind: 'value',
      path: pathOf(node),
      prefix,
      replaceStart,
      inBlock: true,
      col: replaceStart - lineStart,
      syntax: 'yaml',
    };
  }
  return yamlCursor(text, offset, (keyOffset) => {
    const key = nodeAtOffset(doc.parsed.root, keyOffset);
    if (key?.type !== 'string' || key.offset !== keyOffset || key.parent?.type !== 'property' || key.parent.key !== key)
      return undefined;
    return [...pathOf(key.parent.parent), key.value];
  });
}

/**
 * The cursor's place in JSON text. jsonc-parser's getLocation scans from the start of the text, which costs tens
 * of milliseconds per keystroke near the end of a 100k-line spec; the scan starts instead at the innermost
 * object or array of the parsed tree around the cursor, which gives the same answer (a JSON value parses the same
 * whatever precedes it). In broken text only what starts before the first syntax problem (`problemAt`) is trusted:
 * up to there the tree was built in the same state a scan from the start is in. Without a tree, the whole text
 * is scanned.
 */
export function jsonCursor(text: string, offset: number, root?: AstNode, problemAt = Infinity): CursorPlace {
  const trusted = Math.min(offset, problemAt);
  const container = root ? innermostContainer(root, offset, trusted) : undefined;
  const { location, scanFrom } = container
    ? scanInside(container, text, offset, trusted)
    : { location: getLocation(text, offset), scanFrom: 0 };
  const previous = location.previousNode && {
    ...location.previousNode,
    offset: location.previousNode.offset + scanFrom,
  };
  const path = [...(container ? pathOf(container) : []), ...location.path];
  const lineStart = lineStartOf(text, offset);
  const inString =
    (previous?.type === 'string' || previous?.type === 'property') &&
    offset > previous.offset &&
    offset <= previous.offset + previous.length;
  const start = inString ? previous.offset : offset;
  const prefix = inString ? text.slice(previous.offset + 1, offset) : '';
  const indent = /^ */.exec(text.slice(lineStart))![0].length;
  const base = {
    prefix,
    replaceStart: start,
    col: indent,
    syntax: 'json' as const,
    ...(inString ? { quote: '"', replaceEnd: previous.offset + previous.length } : {}),
  };
  if (location.isAtPropertyKey) {
    // getLocation ends a key's path with the key being written (or '' before one is started).
    path.pop();
    return { ...base, kind: 'key', path };
  }
  if (typeof path[path.length - 1] === 'number' && !inString && previous === undefined)
    return { ...base, kind: 'value', path, item: true };
  return { ...base, kind: 'value', path };
}

/**
 * getLocation over an object's text as if it began at the last property that starts before the cursor (the
 * object's brace, then that property onwards): the properties before it cannot change the answer, and a cursor
 * among the thousands of keys of `definitions` no longer rescans them all. Arrays are scanned whole: in broken
 * text the tree and getLocation can count items differently. `scanFrom` maps the scanned text's offsets back.
 */
function scanInside(
  container: AstNode,
  text: string,
  offset: number,
  trusted: number,
): { location: Location; scanFrom: number } {
  const end = container.offset + container.length;
  const properties = container.type === 'object' ? container.properties : [];
  let last = -1;
  while (last + 1 < properties.length && properties[last + 1].offset < trusted) last++;
  if (last <= 0)
    return {
      location: getLocation(text.slice(container.offset, end), offset - container.offset),
      scanFrom: container.offset,
    };
  // One character stands in for the brace, so offsets in the scanned text are offsets in the document minus this.
  const scanFrom = properties[last].offset - 1;
  return { location: getLocation(`{${text.slice(properties[last].offset, end)}`, offset - scanFrom), scanFrom };
}

/** The deepest object or array, opened before `trusted`, whose brackets hold `offset` strictly inside them. */
function innermostContainer(root: AstNode, offset: number, trusted: number): AstNode | undefined {
  for (
    let node = nodeAtOffset(root, offset);
    node;
    node = node.parent?.type === 'property' ? node.parent.parent : node.parent
  ) {
    if (
      (node.type === 'object' || node.type === 'array') &&
      node.offset < trusted &&
      offset < node.offset + node.length
    )
      return node;
  }
  return undefined;
}
