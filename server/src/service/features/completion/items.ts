/** Building completion items: the edit range, YAML/JSON key and value text, documentation. */
import {
  CompletionItem,
  CompletionItemKind,
  InsertTextFormat,
  InsertTextMode,
  MarkupKind,
} from 'vscode-languageserver-types';
import { toSnippet } from '../../catalogue/snippetSyntax';
import { choice, tab } from '../../catalogue/snippetSyntax';
import type { Schema } from '../../catalogue/types';
import type { ApiDocument } from '../../document/model';
import type { CursorPlace } from '../cursor';
import { RenderValue, renderProperty, yamlScalar } from '../render/renderValue';

export interface CompletionSite {
  doc: ApiDocument;
  cursor: CursorPlace;
  offset: number;
}

function range(site: CompletionSite) {
  const { doc, cursor, offset } = site;
  return {
    start: doc.text.positionAt(cursor.replaceStart),
    end: doc.text.positionAt(Math.max(offset, cursor.replaceEnd ?? offset)),
  };
}

/** In JSON, a property inserted before another one needs a comma. */
function jsonComma(site: CompletionSite): string {
  if (site.cursor.syntax !== 'json') return '';
  const text = site.doc.text.getText();
  let i = Math.max(site.offset, site.cursor.replaceEnd ?? site.offset);
  while (i < text.length && /\s/.test(text[i])) i++;
  return text[i] === '"' ? ',' : '';
}

/** The value part of a key completion, as a snippet, from the schema of the value. */
function valueSnippet(schema: Schema | undefined, syntax: 'yaml' | 'json', indent: number): string {
  const json = syntax === 'json';
  const kind = schema?.kind;
  if (kind === 'object' || kind === 'map')
    return json
      ? ' {\n' + ' '.repeat(indent + 2) + '$0\n' + ' '.repeat(indent) + '}'
      : '\n' + ' '.repeat(indent + 2) + '$0';
  if (kind === 'array') return json ? ' [$0]' : '\n' + ' '.repeat(indent + 2) + '- $0';
  if (kind === 'boolean') return ' ${1|true,false|}';
  if (schema?.enum?.length) {
    const options = schema.enum.map((v) => (json ? JSON.stringify(v) : yamlScalar(v)));
    return ` ${toSnippet(choice(1, options))}`;
  }
  if (kind === 'string' && json) return ' "$1"';
  return ' $1';
}

/** A key with the start of its value; `valueText` (snippet syntax) replaces the value the schema suggests. */
export function keyItem(
  site: CompletionSite,
  name: string,
  schema: Schema | undefined,
  doc: string,
  detail?: string,
  valueText?: string,
): CompletionItem {
  const { cursor } = site;
  const key = cursor.syntax === 'json' ? JSON.stringify(name) : yamlScalar(name);
  const snippet = `${toSnippet(key)}:${valueText ?? valueSnippet(schema, cursor.syntax, cursor.col)}${jsonComma(site)}`;
  return {
    label: name,
    kind: CompletionItemKind.Property,
    ...(detail ? { detail } : {}),
    documentation: { kind: MarkupKind.Markdown, value: doc },
    textEdit: { range: range(site), newText: snippet },
    insertTextFormat: InsertTextFormat.Snippet,
    insertTextMode: InsertTextMode.asIs,
    filterText: cursor.quote ? `${cursor.quote}${name}` : name,
  };
}

/** A key with a whole ready-made value. */
export function snippetItem(
  site: CompletionSite,
  name: string,
  value: RenderValue,
  label: string,
  doc: string,
  sortText: string,
): CompletionItem {
  const { cursor } = site;
  const text = renderProperty(cursor.syntax, name, value, cursor.col);
  return {
    label: name,
    labelDetails: { description: label },
    kind: CompletionItemKind.Snippet,
    detail: label,
    documentation: { kind: MarkupKind.Markdown, value: doc },
    textEdit: { range: range(site), newText: toSnippet(text) + jsonComma(site) },
    insertTextFormat: InsertTextFormat.Snippet,
    insertTextMode: InsertTextMode.asIs,
    filterText: cursor.quote ? `${cursor.quote}${name}` : name,
    sortText,
  };
}

/** A value: written as a scalar in the quote the user opened (or none, or quotes if it needs them). */
export function valueItem(
  site: CompletionSite,
  value: string,
  doc?: string,
  kind: CompletionItemKind = CompletionItemKind.Value,
  detail?: string,
): CompletionItem {
  const { cursor } = site;
  let newText: string;
  if (cursor.syntax === 'json') newText = JSON.stringify(value);
  else if (cursor.inBlock) newText = value;
  else if (cursor.quote === '"') newText = JSON.stringify(value);
  else if (cursor.quote === "'") newText = `'${value.replace(/'/g, "''")}'`;
  else newText = yamlScalar(value);
  return {
    label: value,
    kind,
    ...(detail ? { detail } : {}),
    ...(doc ? { documentation: { kind: MarkupKind.Markdown, value: doc } } : {}),
    textEdit: { range: range(site), newText: toSnippet(newText) },
    insertTextFormat: InsertTextFormat.Snippet,
    filterText: cursor.quote && !cursor.inBlock ? `${cursor.quote}${value}` : value,
  };
}

/** `true` or `false`, written bare: quoted (as `valueItem` would quote these words) it would be a string. */
export function booleanItem(site: CompletionSite, value: 'true' | 'false'): CompletionItem {
  const { cursor } = site;
  return {
    label: value,
    kind: CompletionItemKind.Keyword,
    textEdit: { range: range(site), newText: value },
    filterText: cursor.quote && !cursor.inBlock ? `${cursor.quote}${value}` : value,
  };
}

/** Replaces only the last word before the cursor (a `$context.x` token inside a template), with plain text. */
export function tokenItem(
  site: CompletionSite,
  tokenStart: number,
  value: string,
  doc: string,
  kind: CompletionItemKind,
): CompletionItem {
  const { doc: d, offset } = site;
  return {
    label: value,
    kind,
    documentation: { kind: MarkupKind.Markdown, value: doc },
    textEdit: { range: { start: d.text.positionAt(tokenStart), end: d.text.positionAt(offset) }, newText: value },
    filterText: value,
  };
}

/** A CloudFormation intrinsic as a value: `!GetAtt X.Arn`, or only `X.Arn` after a typed `!GetAtt`. */
export function intrinsicItem(site: CompletionSite, value: RenderValue, label: string, doc: string): CompletionItem {
  const { cursor } = site;
  const tag = Object.keys(value as object)[0];
  const arg = (value as Record<string, string>)[tag];
  let newText: string;
  if (cursor.syntax === 'yaml' && cursor.tag === tag) newText = yamlScalar(arg);
  else if (cursor.syntax === 'yaml') newText = `${tag} ${yamlScalar(arg)}`;
  else newText = renderProperty('json', '_', value, cursor.col).replace(/^"_": /, '');
  return {
    label,
    kind: CompletionItemKind.Reference,
    documentation: { kind: MarkupKind.Markdown, value: doc },
    textEdit: { range: range(site), newText: toSnippet(newText) },
    insertTextFormat: InsertTextFormat.Snippet,
    // The editor filters by the text from the range's start, the opening quote included (as for values).
    filterText: cursor.syntax === 'yaml' && cursor.tag === tag ? arg : `${cursor.quote ?? ''}${label}`,
  };
}

export { tab };
