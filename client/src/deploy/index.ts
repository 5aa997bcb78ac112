/** Registers "API Gateway: Deploy Stage…" and the diagnostics collection for import warnings. */
import * as vscode from 'vscode';
import type { ExtensionServices } from '../common/services';
import type { LanguageFeatures } from '../language/languageClient';
import { DeployBindings } from './bindings';
import { deployStage, showDeployBundle } from './deployCommand';
import { compareWithDeployedCommand } from '../compare/compareCommand';
import { createLocator } from './importDiagnostics';
import { createDefinitionReader } from './definitionReader';

export function registerDeployFeatures(services: ExtensionServices, options: { onDeployed(): void; language?: Pick<LanguageFeatures, 'ready'> }): void {
  const diagnostics = vscode.languages.createDiagnosticCollection('apigw-import');
  const deps = { bindings: new DeployBindings(services.context.workspaceState), diagnostics, locate: createLocator(options.language), readDefinition: createDefinitionReader(options.language), onDeployed: options.onDeployed };
  services.context.subscriptions.push(
    diagnostics,
    vscode.workspace.onDidCloseTextDocument((doc) => diagnostics.delete(doc.uri)),
    vscode.commands.registerCommand('apigw.deployStage', (arg?: unknown) => deployStage(services, deps, arg)),
    vscode.commands.registerCommand('apigw.showDeployBundle', (arg?: unknown) => showDeployBundle(deps, arg)),
    vscode.commands.registerCommand('apigw.compareWithDeployed', (arg?: unknown) => compareWithDeployedCommand(services, deps, arg)),
  );
}
