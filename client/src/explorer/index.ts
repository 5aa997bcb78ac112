/**
 * Registers the AWS connection commands and status bar, the "Deployed APIs" explorer with its node commands, and
 * deploy. The AWS SDK loads only when the view or a command first needs it.
 */
import * as vscode from 'vscode';
import { selectProfile, selectRegion } from '../aws/pickers';
import { registerAwsStatusBar } from '../aws/statusBar';
import type { ExtensionServices } from '../common/services';
import { registerDeployFeatures } from '../deploy/index';
import type { LanguageFeatures } from '../language/languageClient';
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

export function registerExplorerFeatures(services: ExtensionServices, language?: Pick<LanguageFeatures, 'ready'>): ExplorerApi {
  const { context, aws, log } = services;
  const provider = new ExplorerProvider(aws, log);
  const view = vscode.window.createTreeView('apigw.explorer', { treeDataProvider: provider, showCollapseAll: true });
  context.subscriptions.push(
    provider,
    view,
    registerAwsStatusBar(aws),
    aws.onDidChange(() => provider.refresh()),
    vscode.commands.registerCommand('apigw.refreshExplorer', (node?: ExplorerNode) => provider.refresh(node)),
    vscode.commands.registerCommand('apigw.selectProfile', () => selectProfile(aws)),
    vscode.commands.registerCommand('apigw.selectRegion', () => selectRegion(aws)),
    vscode.commands.registerCommand('apigw.copyInvokeUrl', (node?: ExplorerNode) => copyInvokeUrl(services, node)),
    vscode.commands.registerCommand('apigw.openDefinition', (node?: ExplorerNode) => openDefinition(services, node)),
    vscode.commands.registerCommand('apigw.flushStageCache', (node?: ExplorerNode) => flushCache(services, node)),
    vscode.commands.registerCommand('apigw.copyApiKey', (node?: ExplorerNode) => copyApiKey(services, node)),
  );
  registerDeployFeatures(services, { onDeployed: () => provider.refresh(), language });
  return {
    refresh: (node) => provider.refresh(node),
    children: (node) => provider.loadedChildren(node),
    reveal: async (node) => view.reveal(node, { expand: true, select: false, focus: false }),
  };
}
