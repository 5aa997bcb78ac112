/**
 * The cursor's place in a document. The parsed tree answers for a cursor inside an existing multi-line value (a
 * mapping template); otherwise the text does, so that broken documents still complete.
 */
import { getLocation } from 'jsonc-parser';
import type { ApiDocument } from '../../document/model';
import { nodeAtOffset, pathOf } from '../../parser/ast';
import { syntaxOf } from '../../parser/parse';
import type { CursorPlace } from './types';
import { yamlCursor } from './yamlCursor';

export type { CursorPlace } from './types';

export function syntaxOfDocument(doc: ApiDocument): 'yaml' | 'json' {
  return syntaxOf(doc.text.languageId, doc.text.getText()) === 'yaml' ? 'yaml' : 'json';
}

export function cursorPlace(doc: ApiDocument, offset: number): CursorPlace {
  const text = doc.text.getText();
  if (syntaxOfDocument(doc) === 'json') return jsonCursor(text, offset);
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const node = nodeAtOffset(doc.parsed.root, offset);
  if (node?.type === 'string' && node.parent?.type === 'property' && node.parent.key !== node && node.offset < lineStart && offset < node.offset + node.length) {
    const prefix = text.slice(lineStart, offset).trimStart();
    const replaceStart = offset - prefix.length;
    return { kind: 'value', path: pathOf(node), prefix, replaceStart, inBlock: true, col: replaceStart - lineStart, syntax: 'yaml' };
  }
  return yamlCursor(text, offset, (keyOffset) => {
    const key = nodeAtOffset(doc.parsed.root, keyOffset);
    if (key?.type !== 'string' || key.offset !== keyOffset || key.parent?.type !== 'property' || key.parent.key !== key) return undefined;
    return [...pathOf(key.parent.parent), key.value];
  });
}

function jsonCursor(text: string, offset: number): CursorPlace {
  const location = getLocation(text, offset);
  const previous = location.previousNode;
  const path = [...location.path];
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const inString = (previous?.type === 'string' || previous?.type === 'property') && offset > previous.offset && offset <= previous.offset + previous.length;
  const start = inString ? previous!.offset : offset;
  const prefix = inString ? text.slice(previous!.offset + 1, offset) : '';
  const indent = /^ */.exec(text.slice(lineStart))![0].length;
  const base = { prefix, replaceStart: start, col: indent, syntax: 'json' as const, ...(inString ? { quote: '"', replaceEnd: previous!.offset + previous!.length } : {}) };
  if (location.isAtPropertyKey) {
    // getLocation ends a key's path with the key being written (or '' before one is started).
    path.pop();
    return { ...base, kind: 'key', path };
  }
  if (typeof path[path.length - 1] === 'number' && !inString && previous === undefined) return { ...base, kind: 'value', path, item: true };
  return { ...base, kind: 'value', path };
}
