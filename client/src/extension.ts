/**
 * Entry point of the extension. Stays thin: each feature registers itself; heavy parts (the AWS SDK, the
 * language client) load on first use.
 */
import * as vscode from 'vscode';
import { registerAwsFeatures } from './aws/index';
import { AwsSession } from './aws/session';
import { registerReadOnlyDocuments } from './common/readOnlyDocuments';
import { Commands, registerCommand } from './common/commands';
import type { ExtensionServices } from './common/services';
import { registerDeployFeatures } from './deploy/index';
import { ExplorerApi, registerExplorerFeatures } from './explorer/index';
import { registerInvokeFeatures } from './invoke/index';
import { definitionsFrom } from './language/definitions';
import { registerLanguageFeatures } from './language/languageClient';
import { registerLocalFeatures } from './local/index';
import type { LocalApis } from './local/localApis';
import { registerLogFeatures } from './logs/index';
import { registerMonitorFeatures } from './monitor/index';

/** What activate() returns: the shared services plus handles the editor tests use. */
export interface ExtensionApi extends ExtensionServices {
  explorer: ExplorerApi;
  /** The local gateways (Run API Locally). */
  local: LocalApis;
}

let stopLanguageServer: (() => Promise<void>) | undefined;

export function activate(context: vscode.ExtensionContext): ExtensionApi {
  const log = vscode.window.createOutputChannel('API Gateway', { log: true });
  const aws = new AwsSession();
  context.subscriptions.push(log, aws, registerCommand(Commands.showOutput, () => log.show()));
  registerReadOnlyDocuments(context);
  const services: ExtensionServices = { context, log, aws };
  const language = registerLanguageFeatures(services);
  stopLanguageServer = () => language.stop();
  const definitions = definitionsFrom(language);
  registerAwsFeatures(services);
  const explorer = registerExplorerFeatures(services);
  const deploy = registerDeployFeatures(services, { onDeployed: () => explorer.refresh(), language, definitions });
  const local = registerLocalFeatures(services);
  registerInvokeFeatures(services, { operations: definitions, deployBindings: deploy, local });
  registerLogFeatures(services, local);
  registerMonitorFeatures(services);
  return { ...services, explorer, local };
}

/** VS Code waits for the returned promise: the server gets to shut down cleanly. */
export function deactivate(): Promise<void> | undefined {
  return stopLanguageServer?.();
}
