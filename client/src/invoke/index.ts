/**
 * Test invoke: the `apigw.testInvoke` command and its panel. The panel and the AWS SDK load on first use.
 */
import * as vscode from 'vscode';
import type { ExtensionServices } from '../common/services';
import type { InvokeHooks } from './hooks';

export type { InvokeHooks, OperationSource, DeployBindingLookup } from './hooks';

/**
 * `hooks` connects the language server (operation parameters) and the deploy feature (which API a document
 * was deployed to); without them the panel asks for the API and uses only the command's arguments.
 * The command resolves with the panel (or undefined when the user cancelled), for tests and automation.
 */
export function registerInvokeFeatures(services: ExtensionServices, hooks: InvokeHooks = {}): void {
  services.context.subscriptions.push(
    vscode.commands.registerCommand('apigw.testInvoke', async (args?: unknown) => {
      const { openTestInvoke } = await import('./panel/openTestInvoke');
      return openTestInvoke(services, hooks, args);
    }),
  );
}
