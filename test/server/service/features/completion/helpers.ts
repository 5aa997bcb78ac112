/**
 * Completion at a cursor marker, each item as the editor shows and applies it. The definition's completion itself
 * (the language service asks the mapping-template completion first, inside a template it recognises).
 */
import type { CompletionItem, TextEdit } from 'vscode-languageserver-types';
import { complete } from '../../../../../server/src/service/features/completion';
import { applyEdits, atCursor, expandSnippet } from '../helpers';

export interface Completions {
  items: CompletionItem[];
  labels: string[];
  /** The item with this label (the first, when several share it). */
  item(label: string): CompletionItem;
  /** The document after accepting the item, every snippet tab stop at its default. */
  apply(item: CompletionItem | string): string;
  /** The text the item's edit replaces. */
  replaced(item: CompletionItem | string): string;
}

export function completions(text: string, languageId = 'yaml', marker = '|'): Completions {
  const at = atCursor(text, languageId, marker);
  const items = complete(at.doc, at.position).items;
  const item = (label: string) => {
    const found = items.find((i) => i.label === label);
    if (!found) throw new Error(`no ${label} in ${items.map((i) => i.label).join(', ')}`);
    return found;
  };
  const edit = (i: CompletionItem | string) => (typeof i === 'string' ? item(i) : i).textEdit as TextEdit;
  return {
    items,
    labels: items.map((i) => i.label),
    item,
    apply(i) {
      const chosen = typeof i === 'string' ? item(i) : i;
      const e = edit(chosen);
      const newText = chosen.insertTextFormat === 2 ? expandSnippet(e.newText) : e.newText;
      return applyEdits(at.doc.text.getText(), [{ range: e.range, newText }]);
    },
    replaced: (i) => at.doc.text.getText(edit(i).range),
  };
}
