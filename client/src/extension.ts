/**
 * Entry point of the extension. Stays thin: each feature registers itself; heavy parts (the AWS SDK, the
 * language client) load on first use.
 */
import * as vscode from 'vscode';
import { AwsSession } from './aws/session';
import type { ExtensionServices } from './common/services';
import { registerExplorerFeatures } from './explorer/index';
import { registerInvokeFeatures } from './invoke/index';
import { registerLanguageFeatures } from './language/languageClient';
import { registerLogFeatures } from './logs/index';

export function activate(context: vscode.ExtensionContext): ExtensionServices {
  const log = vscode.window.createOutputChannel('API Gateway', { log: true });
  const aws = new AwsSession();
  context.subscriptions.push(log, aws, vscode.commands.registerCommand('apigw.showOutput', () => log.show()));
  const services: ExtensionServices = { context, log, aws };
  registerLanguageFeatures(services);
  registerExplorerFeatures(services);
  registerInvokeFeatures(services);
  registerLogFeatures(services);
  return services;
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
