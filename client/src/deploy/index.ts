/** Registers "API Gateway: Deploy Stage…" and the diagnostics collection for import warnings. */
import * as vscode from 'vscode';
import { Commands, registerCommand } from '../common/commands';
import type { ExtensionServices } from '../common/services';
import type { DefinitionSource } from '../language/definitions';
import type { LanguageFeatures } from '../language/languageClient';
import { DeployBinding, DeployBindings } from './bindings';
import { deployStage, showDeployBundle } from './deployCommand';
import { compareWithDeployedCommand } from '../compare/compareCommand';
import { createLocator } from './importDiagnostics';
import { createDefinitionReader } from './definitionReader';
import { createTemplateReader } from '../compare/stack/templateReader';

export interface DeployOptions {
  /** Called after a deploy changed something, e.g. to refresh the explorer. */
  onDeployed: () => void;
  /** The language server: places import warnings (`apigw/locate`). */
  language?: Pick<LanguageFeatures, 'ready'>;
  /** The language server's view of the definition: its API type and OpenAPI version. */
  definitions?: DefinitionSource;
}

/** What deploy offers other features: where a document was last deployed through the current connection. */
export interface DeployFeature {
  binding(documentUri: string): DeployBinding | undefined;
}

export function registerDeployFeatures(services: ExtensionServices, options: DeployOptions): DeployFeature {
  const diagnostics = vscode.languages.createDiagnosticCollection('apigw-import');
  const bindings = new DeployBindings(services.context.workspaceState);
  const deps = {
    bindings,
    diagnostics,
    locate: createLocator(options.language),
    readDefinition: createDefinitionReader(options.language),
    readTemplate: createTemplateReader(options.language),
    definitions: options.definitions,
    onDeployed: options.onDeployed,
  };
  services.context.subscriptions.push(
    diagnostics,
    vscode.workspace.onDidCloseTextDocument((doc) => diagnostics.delete(doc.uri)),
    registerCommand(Commands.deployStage, (arg?: unknown) => deployStage(services, deps, arg)),
    registerCommand(Commands.showDeployBundle, (arg?: unknown) => showDeployBundle(deps, arg)),
    registerCommand(Commands.compareWithDeployed, (arg?: unknown) => compareWithDeployedCommand(services, deps, arg)),
  );
  return { binding: (documentUri) => bindings.getFor(documentUri, services.aws.connection) };
}
