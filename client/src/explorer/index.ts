/**
 * Registers the "Deployed APIs" explorer with its node commands. The AWS SDK loads only when the view or a
 * command first needs it.
 */
import * as vscode from 'vscode';
import { Commands, registerCommand } from '../common/commands';
import type { ExtensionServices } from '../common/services';
import { ExplorerProvider } from './explorerView';
import { copyApiKey, copyInvokeUrl, flushCache, openDefinition } from './nodeCommands';
import type { ExplorerNode } from './treeModel';

/** What the explorer offers to the rest of the extension and to editor tests. */
export interface ExplorerApi {
  /** Reloads the whole tree, or one node. */
  refresh(node?: ExplorerNode): void;
  /** A node's children once loaded (the root when `node` is undefined). */
  children(node?: ExplorerNode): Promise<ExplorerNode[]>;
  /** Shows a loaded node in the view, expanded. */
  reveal(node: ExplorerNode): Promise<void>;
}

export function registerExplorerFeatures(services: ExtensionServices): ExplorerApi {
  const { context, aws, log } = services;
  const provider = new ExplorerProvider(aws, log);
  const view = vscode.window.createTreeView('apigw.explorer', { treeDataProvider: provider, showCollapseAll: true });
  context.subscriptions.push(
    provider,
    view,
    aws.onDidChange(() => provider.refresh()),
    registerCommand(Commands.refreshExplorer, (node?: ExplorerNode) => provider.refresh(node)),
    registerCommand(Commands.copyInvokeUrl, (node?: ExplorerNode) => copyInvokeUrl(services, node)),
    registerCommand(Commands.openDefinition, (node?: ExplorerNode) => openDefinition(services, node)),
    registerCommand(Commands.flushStageCache, (node?: ExplorerNode) => flushCache(services, node)),
    registerCommand(Commands.copyApiKey, (node?: ExplorerNode) => copyApiKey(services, node)),
  );
  return {
    refresh: (node) => provider.refresh(node),
    children: (node) => provider.loadedChildren(node),
    reveal: async (node) => view.reveal(node, { expand: true, select: false, focus: false }),
  };
}
