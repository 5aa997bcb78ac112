/**
 * The "Deployed APIs" tree view: a thin adapter from treeModel.ts to VS Code. Children load in the background; a
 * "Loading…" node stands in until they arrive, an error node (click to retry) when they fail.
 */
import * as vscode from 'vscode';
import type { AwsSession } from '../aws/session';
import { describeNode, errorNode, ExplorerNode, loadChildren } from './treeModel';

type Entry = { state: 'loading'; done: Promise<ExplorerNode[]> } | { state: 'done'; children: ExplorerNode[] };

const ROOT = '<root>';

export class ExplorerProvider implements vscode.TreeDataProvider<ExplorerNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<ExplorerNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private cache = new Map<string, Entry>();
  /** Child id to parent node, for TreeView.reveal. */
  private parents = new Map<string, ExplorerNode | undefined>();
  /** Bumped on every full refresh, so answers from an older connection are dropped. */
  private generation = 0;

  constructor(
    private readonly session: AwsSession,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  getTreeItem(node: ExplorerNode): vscode.TreeItem {
    const view = describeNode(node);
    const item = new vscode.TreeItem(
      view.label,
      view.collapsible ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None,
    );
    item.id = node.id;
    item.description = view.description;
    item.tooltip = view.tooltip;
    item.contextValue = view.contextValue;
    if (view.icon) item.iconPath = new vscode.ThemeIcon(view.icon);
    if (view.command) item.command = view.command;
    return item;
  }

  /** VS Code shows its own progress while the returned promise is pending. */
  getChildren(node?: ExplorerNode): ExplorerNode[] | Promise<ExplorerNode[]> {
    const entry = this.cache.get(node?.id ?? ROOT);
    if (entry?.state === 'done') return entry.children;
    return entry ? entry.done : this.startLoading(node);
  }

  getParent(node: ExplorerNode): ExplorerNode | undefined {
    return this.parents.get(node.id);
  }

  /** Resolves with a node's children once loaded (for tests and commands that need data, not placeholders). */
  async loadedChildren(node?: ExplorerNode): Promise<ExplorerNode[]> {
    const entry = this.cache.get(node?.id ?? ROOT);
    if (entry?.state === 'done') return entry.children;
    return entry ? entry.done : this.startLoading(node);
  }

  /** Reloads everything, or one node's children (an error node retries its parent). */
  refresh(node?: ExplorerNode): void {
    const target = node?.kind === 'error' ? node.parent : node;
    if (!target) {
      this.generation++;
      this.cache = new Map();
      this.parents = new Map();
      this.changed.fire(undefined);
      return;
    }
    for (const key of [...this.cache.keys()])
      if (key === target.id || key.startsWith(`${target.id}/`)) this.cache.delete(key);
    this.changed.fire(target);
  }

  private startLoading(node: ExplorerNode | undefined): Promise<ExplorerNode[]> {
    const key = node?.id ?? ROOT;
    const generation = this.generation;
    const conn = this.session.connection;
    const done = loadChildren(conn, node).catch((err: unknown) => {
      const failed = errorNode(conn, err, node);
      this.log.warn(`Explorer: loading ${node ? node.id : 'the APIs'} failed: ${failed.message}`);
      return [failed];
    });
    this.cache.set(key, { state: 'loading', done });
    void done.then((children) => {
      if (generation !== this.generation || this.cache.get(key)?.state !== 'loading') return;
      this.cache.set(key, { state: 'done', children });
      for (const child of children) this.parents.set(child.id, node);
    });
    return done;
  }

  dispose(): void {
    this.changed.dispose();
  }
}
