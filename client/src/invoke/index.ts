/**
 * Test invoke: the `apigw.testInvoke` command and its panel. The panel and the AWS SDK load on first use.
 */
import * as vscode from 'vscode';
import type { ExtensionServices } from '../common/services';
import type { LanguageFeatures } from '../language/languageClient';
import { OperationsRequest, type OperationsParams, type OperationsResult } from '../../../server/src/protocol';
import type { InvokeHooks, OperationSource } from './hooks';

export type { InvokeHooks, OperationSource, DeployBindingLookup } from './hooks';

export interface InvokeOptions extends InvokeHooks {
  /** The language server, asked for the operations of a definition (`apigw/operations`). */
  language?: Pick<LanguageFeatures, 'ready'>;
}

/**
 * Without `language` (or `operations`) the panel uses only the command's arguments; the API a document was
 * deployed to comes from the deploy feature's bindings unless `deployBindings` says otherwise.
 * The command resolves with the panel (or undefined when the user cancelled), for tests and automation.
 */
export function registerInvokeFeatures(services: ExtensionServices, options: InvokeOptions = {}): void {
  const hooks: InvokeHooks = { ...options, operations: options.operations ?? (options.language && operationsFrom(options.language)) };
  services.context.subscriptions.push(
    vscode.commands.registerCommand('apigw.testInvoke', async (args?: unknown) => {
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

function operationsFrom(language: Pick<LanguageFeatures, 'ready'>): OperationSource {
  return {
    async operations(uri) {
      const client = await language.ready();
      return client.sendRequest<OperationsResult | undefined>(OperationsRequest, { uri } satisfies OperationsParams);
    },
  };
}
