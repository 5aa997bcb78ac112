/** A `.vtl` file as a document: no YAML or JSON parse, the whole text is one mapping template. */
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { ApiDocument } from '../document/model';

export function vtlDocument(uri: string, languageId: string, version: number, text: string): ApiDocument {
  return {
    uri,
    version,
    text: TextDocument.create(uri, languageId, version, text),
    parsed: { root: undefined, problems: [] },
    kind: 'other',
    definitions: [],
  };
}
