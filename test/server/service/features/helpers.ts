/** Documents written inline with a cursor marker, and helpers that apply LSP edits to text. */
import type { Position, TextEdit } from 'vscode-languageserver-types';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { buildDocument, ApiDocument } from '../../../../server/src/service/document/model';

export interface AtCursor {
  doc: ApiDocument;
  position: Position;
  offset: number;
}

/** Builds a document from text holding one cursor marker (`|` unless the text needs that character). */
export function atCursor(textWithCursor: string, languageId = 'yaml', marker = '|'): AtCursor {
  const offset = textWithCursor.indexOf(marker);
  if (offset < 0 || textWithCursor.indexOf(marker, offset + 1) >= 0)
    throw new Error(`exactly one cursor marker '${marker}' expected`);
  const text = textWithCursor.slice(0, offset) + textWithCursor.slice(offset + marker.length);
  const doc = buildDocument(`file:///test/doc.${languageId === 'yaml' ? 'yaml' : 'json'}`, languageId, 1, text);
  return { doc, position: doc.text.positionAt(offset), offset };
}

export function documentOf(text: string, languageId = 'yaml', uri?: string): ApiDocument {
  return buildDocument(uri ?? `file:///test/doc.${languageId === 'yaml' ? 'yaml' : 'json'}`, languageId, 1, text);
}

export function applyEdits(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('file:///x', 'yaml', 1, text), edits);
}

/** The text a snippet inserts when every tab stop keeps its default. */
export function expandSnippet(snippet: string): string {
  let out = '';
  for (let i = 0; i < snippet.length; i++) {
    const c = snippet[i];
    if (c === '\\' && i + 1 < snippet.length && '$}\\'.includes(snippet[i + 1])) {
      out += snippet[++i];
    } else if (c === '$' && snippet[i + 1] === '{') {
      const m = /^\$\{(\d+)(?::((?:[^}\\]|\\.)*)|\|([^|]*)\|)?\}/.exec(snippet.slice(i));
      if (!m) throw new Error(`bad snippet at ${i}: ${snippet.slice(i, i + 20)}`);
      out += m[2] !== undefined ? expandSnippet(m[2]) : m[3] !== undefined ? m[3].split(',')[0] : '';
      i += m[0].length - 1;
    } else if (c === '$' && /\d/.test(snippet[i + 1] ?? '')) {
      while (/\d/.test(snippet[i + 1] ?? '')) i++;
    } else out += c;
  }
  return out;
}
