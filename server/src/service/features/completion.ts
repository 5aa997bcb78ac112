/**
 * Completion: reads the cursor's place from the text (documents are often broken while typing), asks the
 * catalogue what belongs there, and never walks more of the tree than the path to the cursor.
 */
import type { CompletionItem, CompletionList, Position } from 'vscode-languageserver-types';
import type { ApiDocument } from '../document/model';
import { keyCompletions } from './completion/keys';
import { expressionKeys } from './completion/expressions';
import { valueCompletions } from './completion/values';
import { cursorPlace } from './cursor';
import { pathContext } from './pathContext';

export function complete(doc: ApiDocument, position: Position): CompletionList {
  // No tree: the parser refused the text (nested too deep, an alias bomb). Reading the cursor's place would
  // scan the same text with a recursive scanner, so nothing is offered.
  if (doc.kind === 'other' || !doc.parsed.root) return { isIncomplete: false, items: [] };
  const offset = doc.text.offsetAt(position);
  const cursor = cursorPlace(doc, offset);
  const site = { doc, cursor, offset };
  let items: CompletionItem[];
  if (cursor.kind === 'key') {
    const ctx = pathContext(doc, cursor.path);
    items = [...keyCompletions(site, ctx), ...expressionKeys(site, ctx)];
    // `- value` in a list of strings is a value, not a key.
    if (cursor.item) items.push(...valueCompletions(site, ctx));
  } else items = valueCompletions(site, pathContext(doc, cursor.path));
  return { isIncomplete: false, items };
}
