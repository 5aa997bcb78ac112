/** Request history in the workspace's storage (see core/history for the rules). */
import type * as vscode from 'vscode';
import { addToHistory, historyFor, parseHistory, type HistoryEntry } from '../core/history';

const storageKey = 'apigw.invoke.history';

export class HistoryStore {
  constructor(private readonly memento: vscode.Memento) {}

  for(target: HistoryEntry['target']): HistoryEntry[] {
    return historyFor(parseHistory(this.memento.get(storageKey)), target);
  }

  async add(entry: HistoryEntry): Promise<void> {
    await this.memento.update(storageKey, addToHistory(parseHistory(this.memento.get(storageKey)), entry));
  }

  async clear(target: HistoryEntry['target']): Promise<void> {
    const all = parseHistory(this.memento.get(storageKey));
    const mine = new Set(historyFor(all, target));
    await this.memento.update(
      storageKey,
      all.filter((e) => !mine.has(e)),
    );
  }
}
