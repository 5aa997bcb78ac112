/**
 * Test invoke: the `apigw.testInvoke` command and its panel. The panel and the AWS SDK load on first use.
 */
import * as vscode from 'vscode';
import { Commands, registerCommand } from '../common/commands';
import type { ExtensionServices } from '../common/services';
import type { InvokeHooks } from './hooks';

export type { InvokeHooks, OperationSource, DeployBindingLookup } from './hooks';

/**
 * Without `operations` the panel uses only the command's arguments; without `deployBindings` it does not know
 * where a document was deployed and asks for the API.
 * The command resolves with the panel (or undefined when the user cancelled), for tests and automation.
 */
export function registerInvokeFeatures(services: ExtensionServices, hooks: InvokeHooks = {}): void {
  services.context.subscriptions.push(
    registerCommand(Commands.testInvoke, async (args?: unknown) => {
      const { openTestInvoke } = await import('./panel/openTestInvoke');
      return openTestInvoke(services, hooks, args);
    }),
    // Panels come back after a window reload with their inputs (activation: onWebviewPanel:apigw.testInvoke).
    vscode.window.registerWebviewPanelSerializer('apigw.testInvoke', {
      async deserializeWebviewPanel(panel, state) {
        const { restorePanel } = await import('./panel/restorePanel');
        restorePanel(services, hooks, panel, state);
      },
    }),
  );
}
