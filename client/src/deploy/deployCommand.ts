/**
 * "API Gateway: Deploy Stage…": asks where to deploy the active OpenAPI definition (remembering the answer per
 * document), confirms protected stages, then runs deployCore.ts under a cancellable progress notification.
 */
import path from 'node:path';
import * as vscode from 'vscode';
import { ApiSummary, listApis, listStages } from '../aws/apis';
import { awsErrorMessage, describeAwsError, isNotFound } from '../aws/errors';
import type { ExtensionServices } from '../common/services';
import type { ExplorerNode } from '../explorer/treeModel';
import { DIAGNOSTIC_SOURCE } from '../../../contract/diagnostics';
import { sniffDocument } from '../../../contract/sniff';
import type { DefinitionSource } from '../language/definitions';
import { DeployBinding, DeployBindings } from './bindings';
import { DefinitionInfo, definitionInfo } from './definitionInfo';
import {
  deployDefinition,
  DeployableApiType,
  DeployCancelledError,
  DeployError,
  DeployResult,
  ImportMode,
} from './deployCore';
import { Locator, showImportWarnings } from './importDiagnostics';
import { bundleDefinition, DeployRefusedError, intrinsicsRefusal, type DeployBody } from './deployBody';
import { offerStackResolution } from './resolveFromStackCommand';
import type { DefinitionReader } from './definitionReader';
import { emulatorCopy, NotOpenApi3Error } from './emulatorCopy';
import { showReadOnly } from '../common/readOnlyDocuments';
import { protectedStageMatcher, validateStageName } from './stageRules';

export interface DeployDependencies {
  bindings: DeployBindings;
  diagnostics: vscode.DiagnosticCollection;
  locate: Locator;
  readDefinition: DefinitionReader;
  /** The language server's view of the definition (API type, version, title); without it deploy asks. */
  definitions?: DefinitionSource;
  /** Called after a deploy changed something, e.g. to refresh the explorer. */
  onDeployed(): void;
}

interface Target {
  apiId?: string;
  apiName: string;
  apiType: DeployableApiType;
  stage: string;
  mode?: ImportMode;
}

type Item<T> = vscode.QuickPickItem & { value: T };

class Dismissed extends Error {}

function orDismiss<T>(value: T | undefined): T {
  if (value === undefined) throw new Dismissed();
  return value;
}

export async function deployStage(services: ExtensionServices, deps: DeployDependencies, arg?: unknown): Promise<void> {
  const document = await definitionDocument(arg);
  if (!document) return;
  const apigwErrors = vscode.languages
    .getDiagnostics(document.uri)
    .filter((d) => d.severity === vscode.DiagnosticSeverity.Error && d.source === DIAGNOSTIC_SOURCE);
  if (apigwErrors.length) {
    const show = await vscode.window.showErrorMessage(
      `Fix the ${apigwErrors.length === 1 ? 'error' : `${apigwErrors.length} errors`} in ${vscode.workspace.asRelativePath(document.uri)} before deploying: API Gateway would reject the definition.`,
      'Show Problems',
    );
    if (show) await vscode.commands.executeCommand('workbench.actions.view.problems');
    return;
  }
  const info = definitionInfo(await askServer(services, deps, document));
  const conn = services.aws.connection;
  let prepared: DeployBody | undefined;
  try {
    prepared = await deployBody(deps, document, (longFormJson, refusal) =>
      offerStackResolution(services, vscode.workspace.asRelativePath(document.uri), longFormJson, refusal),
    );
    const target = await chooseTarget(services, deps, document, info, asStageNode(arg));
    if (info.swagger2 && target.apiType === 'HTTP') {
      void vscode.window.showErrorMessage(
        'HTTP APIs import only OpenAPI 3 definitions; this one is Swagger 2.0. Deploy it as a REST API, or convert it to OpenAPI 3.',
      );
      return;
    }
    const glob = vscode.workspace
      .getConfiguration('apigw.deploy', document.uri)
      .get<string>('protectedStages', 'prod*');
    if (protectedStageMatcher(glob)(target.stage)) {
      const ok = await vscode.window.showWarningMessage(
        `Deploy to the protected stage "${target.stage}" of ${target.apiName}?`,
        {
          modal: true,
          detail: `Stages matching "${glob}" (setting apigw.deploy.protectedStages) ask before each deploy.${target.mode === 'overwrite' ? ' Overwrite mode deletes everything the definition does not contain.' : ''}`,
        },
        'Deploy',
      );
      if (ok !== 'Deploy') return;
    }
    const body = prepared.body;
    const run = (sent: string) =>
      vscode.window.withProgress(
        {
          location: vscode.ProgressLocation.Notification,
          title: `Deploying to ${target.apiName}/${target.stage}`,
          cancellable: true,
        },
        (progress, token) =>
          deployDefinition(
            conn,
            {
              body: sent,
              apiType: target.apiType,
              apiId: target.apiId,
              newApiName: target.apiName,
              stage: target.stage,
              mode: target.mode,
              description: `Deployed from VS Code (${vscode.workspace.asRelativePath(document.uri)})`,
            },
            { isCancelled: () => token.isCancellationRequested, onStep: (message) => progress.report({ message }) },
          ),
      );
    let result: DeployResult;
    try {
      result = await run(body);
    } catch (err) {
      const copy = await offerEmulatorCopy(err, body, conn.endpoint);
      if (!copy) throw err;
      result = await run(copy.body);
      result.notes.push(
        `An emulator copy was imported (${copy.changes.join('; ')}); the definition itself is unchanged.`,
      );
    }
    await deps.bindings.set(document.uri.toString(), {
      apiId: result.apiId,
      apiType: result.apiType,
      apiName: target.apiName,
      stage: result.stage,
      mode: target.mode,
      region: conn.region,
      endpoint: conn.endpoint,
    });
    await showImportWarnings(deps.diagnostics, document, result.warnings, deps.locate, info.swagger2);
    deps.onDeployed();
    services.log.info(
      `Deployed ${document.uri.fsPath} to ${result.apiId}/${result.stage}${result.deploymentId ? ` (deployment ${result.deploymentId})` : ''}`,
    );
    for (const note of result.notes) services.log.info(`Deploy: ${note}`);
    void reportSuccess(result, target);
  } catch (err) {
    if (err instanceof Dismissed) return;
    if (err instanceof DeployRefusedError) {
      void vscode.window.showErrorMessage(`Deploy refused: ${err.message}`);
      return;
    }
    if (err instanceof DeployCancelledError) {
      if (err.apiId) deps.onDeployed();
      void vscode.window.showWarningMessage(err.message);
      return;
    }
    let message =
      err instanceof DeployError
        ? err.message
        : awsErrorMessage(err, { region: conn.region, profile: conn.profile, endpoint: conn.endpoint });
    // A remembered API that was deleted meanwhile: forget it, so the next deploy asks again.
    if (err instanceof DeployError && isNotFound(err.cause) && deps.bindings.get(document.uri.toString())) {
      await deps.bindings.forget(document.uri.toString());
      message += ' The remembered target was forgotten: run "Deploy Stage…" again to choose one.';
    }
    services.log.error(`Deploy failed: ${message}`);
    void vscode.window
      .showErrorMessage(`Deploy failed: ${message}`, 'Show Log')
      .then((choice) => choice && services.log.show());
  }
}

/**
 * The document from an editor/explorer context menu (a Uri), else the active editor's; with neither (Deploy Stage…
 * from a stage in the tree, nothing open), a file picker.
 */
async function definitionDocument(arg: unknown): Promise<vscode.TextDocument | undefined> {
  let document =
    arg instanceof vscode.Uri
      ? await vscode.workspace.openTextDocument(arg).then(undefined, () => undefined)
      : vscode.window.activeTextEditor?.document;
  if (!document && !(arg instanceof vscode.Uri)) {
    const picked = await vscode.window.showOpenDialog({
      title: 'Deploy which OpenAPI definition?',
      openLabel: 'Deploy',
      canSelectMany: false,
      defaultUri: vscode.workspace.workspaceFolders?.[0]?.uri,
      filters: { 'OpenAPI definitions': ['yaml', 'yml', 'json'] },
    });
    if (!picked?.[0]) return undefined;
    document = await vscode.workspace.openTextDocument(picked[0]).then(undefined, () => undefined);
    if (document) await vscode.window.showTextDocument(document, { preview: false });
  }
  const kind = document ? sniffDocument(document.getText()) : undefined;
  if (!document || kind === undefined) {
    void vscode.window.showErrorMessage(
      'Open an OpenAPI definition for API Gateway in the editor, then run "Deploy Stage…" again.',
    );
    return undefined;
  }
  if (kind === 'template') {
    void vscode.window.showErrorMessage(
      'Deploy Stage works on standalone OpenAPI definitions. Deploy SAM or CloudFormation templates with "sam deploy" or CloudFormation.',
    );
    return undefined;
  }
  return document;
}

/** The server's answer for the document; undefined (so deploy asks for the type) when it cannot give one. */
async function askServer(services: ExtensionServices, deps: DeployDependencies, document: vscode.TextDocument) {
  if (!deps.definitions) return undefined;
  try {
    return await deps.definitions.operations(document.uri.toString());
  } catch (err) {
    services.log.warn(
      `Deploy: the language server did not describe ${document.uri.toString()}: ${(err as Error)?.message ?? err}`,
    );
    return undefined;
  }
}

function asStageNode(arg: unknown): Extract<ExplorerNode, { kind: 'stage' }> | undefined {
  const node = arg as ExplorerNode | undefined;
  return node && typeof node === 'object' && node.kind === 'stage' && node.apiType !== 'WEBSOCKET' ? node : undefined;
}

async function chooseTarget(
  services: ExtensionServices,
  deps: DeployDependencies,
  document: vscode.TextDocument,
  info: DefinitionInfo,
  stageNode: ReturnType<typeof asStageNode>,
): Promise<Target> {
  if (stageNode) {
    const apiType = stageNode.apiType as DeployableApiType;
    const remembered = deps.bindings.get(document.uri.toString());
    return {
      apiId: stageNode.apiId,
      apiName: stageNode.api.name,
      apiType,
      stage: stageNode.stage,
      mode: apiType === 'REST' ? await chooseMode(remembered?.mode) : undefined,
    };
  }
  const conn = services.aws.connection;
  const binding = deps.bindings.getFor(document.uri.toString(), conn);
  if (binding) {
    const again: Item<DeployBinding | undefined> = {
      label: `$(cloud-upload) Deploy to ${binding.apiName ?? binding.apiId}/${binding.stage} again`,
      description: `${binding.apiType}${binding.mode ? ` · ${binding.mode}` : ''}`,
      value: binding,
    };
    const other: Item<DeployBinding | undefined> = {
      label: '$(list-selection) Choose another API or stage…',
      value: undefined,
    };
    const pick = orDismiss(await vscode.window.showQuickPick([again, other], { title: 'Deploy Stage' }));
    if (pick.value)
      return {
        apiId: pick.value.apiId,
        apiName: pick.value.apiName ?? pick.value.apiId,
        apiType: pick.value.apiType,
        stage: pick.value.stage,
        mode: pick.value.mode,
      };
  }
  return chooseNewTarget(services, info, binding?.mode);
}

async function chooseNewTarget(
  services: ExtensionServices,
  info: DefinitionInfo,
  rememberedMode: ImportMode | undefined,
): Promise<Target> {
  const conn = services.aws.connection;
  const apis = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Window, title: 'Listing APIs…' },
    () => listApis(conn),
  );
  const deployable = apis
    .filter((a) => a.type !== 'WEBSOCKET')
    .sort((a, b) => Number(b.type === info.apiType) - Number(a.type === info.apiType));
  const createItem: Item<ApiSummary | undefined> = {
    label: '$(add) Create a new API from this definition',
    value: undefined,
  };
  const pick = orDismiss(
    await vscode.window.showQuickPick(
      [
        createItem,
        ...deployable.map((a) => ({
          label: a.name,
          description: `${a.type} · ${a.id}`,
          detail: a.description,
          value: a,
        })),
      ],
      {
        title: `Deploy to which API? (${conn.region})`,
        matchOnDescription: true,
      },
    ),
  );
  if (!pick.value) {
    const apiType = info.apiType ?? (await chooseApiType());
    const apiName = orDismiss(
      await vscode.window.showInputBox({
        title: `Name of the new ${apiType} API`,
        value: info.title ?? 'My API',
        prompt:
          apiType === 'REST'
            ? 'REST APIs take their name from info.title of the definition; this name is used if it has none.'
            : undefined,
        validateInput: (v) => (v.trim() ? undefined : 'Enter a name.'),
      }),
    ).trim();
    const stage = await inputStageName(apiType, apiType === 'HTTP' ? '$default' : 'dev');
    return { apiName, apiType, stage };
  }
  const api = pick.value;
  const apiType = api.type as DeployableApiType;
  const stage = await chooseStage(services, api);
  return {
    apiId: api.id,
    apiName: api.name,
    apiType,
    stage,
    mode: apiType === 'REST' ? await chooseMode(rememberedMode) : undefined,
  };
}

async function chooseApiType(): Promise<DeployableApiType> {
  const pick = orDismiss(
    await vscode.window.showQuickPick<Item<DeployableApiType>>(
      [
        {
          label: 'REST API',
          detail: 'API Gateway v1: usage plans, API keys, request validation, caching, mapping templates',
          value: 'REST',
        },
        {
          label: 'HTTP API',
          detail: 'API Gateway v2: lower cost and latency, JWT authorizers, automatic deployments',
          value: 'HTTP',
        },
      ],
      { title: 'The definition does not say which API type it is for' },
    ),
  );
  return pick.value;
}

async function chooseStage(services: ExtensionServices, api: ApiSummary): Promise<string> {
  const stages = await listStages(services.aws.connection, api);
  const newItem: Item<string | undefined> = { label: '$(add) New stage…', value: undefined };
  const pick = orDismiss(
    await vscode.window.showQuickPick(
      [...stages.map((s) => ({ label: s.name, description: s.description, value: s.name })), newItem],
      {
        title: `Deploy ${api.name} to which stage?`,
      },
    ),
  );
  return pick.value ?? inputStageName(api.type as DeployableApiType, stages.length ? '' : 'dev');
}

async function inputStageName(apiType: DeployableApiType, value: string): Promise<string> {
  return orDismiss(
    await vscode.window.showInputBox({
      title: 'Stage name',
      value,
      prompt: 'Letters, digits, "-" and "_"',
      validateInput: (v) => validateStageName(v, apiType),
    }),
  );
}

async function chooseMode(remembered: ImportMode | undefined): Promise<ImportMode> {
  const items: Item<ImportMode>[] = [
    {
      label: 'Overwrite',
      detail: 'The API becomes exactly the definition; resources it does not contain are deleted',
      value: 'overwrite',
    },
    {
      label: 'Merge',
      detail: 'Methods in the definition replace existing ones; everything else is kept',
      value: 'merge',
    },
  ];
  if (remembered === 'merge') items.reverse();
  return orDismiss(await vscode.window.showQuickPick(items, { title: 'Import mode (REST)' })).value;
}

async function reportSuccess(result: DeployResult, target: Target): Promise<void> {
  const warnings = result.warnings.length
    ? ` with ${result.warnings.length} import warning${result.warnings.length === 1 ? '' : 's'} (see Problems)`
    : '';
  const extra = [result.invokeUrl.note, ...result.notes].filter(Boolean).join(' ');
  const choice = await vscode.window.showInformationMessage(
    `Deployed ${target.apiName} to ${result.stage}${warnings}: ${result.invokeUrl.url}${extra ? `. ${extra}` : ''}`,
    'Copy URL',
  );
  if (choice === 'Copy URL') await vscode.env.clipboard.writeText(result.invokeUrl.url);
}

/** "API Gateway: Show Deploy Bundle": what a deploy of the open definition would send, read-only. */
export async function showDeployBundle(
  deps: DeployDependencies,
  arg?: unknown,
): Promise<vscode.TextDocument | undefined> {
  const document = await definitionDocument(arg);
  if (!document) return undefined;
  try {
    const prepared = await deployBody(deps, document);
    let pretty = prepared.body;
    try {
      pretty = JSON.stringify(JSON.parse(prepared.body), null, 2);
    } catch {
      /* the server did not answer: the text as it is */
    }
    const base = vscode.workspace.asRelativePath(document.uri).replace(/\.(ya?ml|json)$/i, '');
    const shown = await showReadOnly(`${base} (deploy bundle).json`, `${pretty}\n`, 'json');
    if (prepared.bundled.length)
      void vscode.window.showInformationMessage(`Bundled in: ${prepared.bundled.join(', ')}.`);
    return shown;
  } catch (err) {
    if (err instanceof DeployRefusedError) {
      void vscode.window.showErrorMessage(`Nothing to show: ${err.message}`);
      return undefined;
    }
    throw err;
  }
}

/**
 * The body to import (see deployBody.ts). Without an answer from the language server, the text as it is (API
 * Gateway reads YAML and JSON alike).
 */
async function deployBody(
  deps: DeployDependencies,
  document: vscode.TextDocument,
  resolveIntrinsics?: (longFormJson: string, refusal: string) => Promise<string>,
): Promise<DeployBody> {
  const read = await deps.readDefinition(document);
  if (!read) return { body: document.getText(), bundled: [] };
  const refusal = intrinsicsRefusal(read.intrinsics);
  let json = read.json;
  if (refusal) {
    // Deploy Stage offers to resolve them from a stack; Show Deploy Bundle says why it cannot show one.
    if (!resolveIntrinsics || !read.longFormJson) throw new DeployRefusedError(refusal);
    json = await resolveIntrinsics(read.longFormJson, refusal);
  }
  if (read.externalRefs.length === 0 || document.uri.scheme !== 'file') return { body: json, bundled: [] };
  if (!vscode.workspace.isTrusted) {
    throw new DeployRefusedError(
      `The definition refers to other files (${read.externalRefs.slice(0, 3).join(', ')}); they are bundled only in a trusted workspace.`,
    );
  }
  const roots = [
    ...(vscode.workspace.workspaceFolders ?? []).map((f) => f.uri.fsPath),
    path.dirname(document.uri.fsPath),
  ];
  const inside = (file: string) =>
    roots.some((root) => !path.relative(root, file).startsWith('..') && !path.isAbsolute(path.relative(root, file)));
  return bundleDefinition(JSON.parse(json) as object, document.uri.fsPath, inside);
}

/**
 * An emulator that crashed on the import (an answer that is no AWS answer, from a custom endpoint): offer the copy
 * that works around moto's known import gaps, listing each change. Undefined when declined or not applicable.
 */
async function offerEmulatorCopy(
  err: unknown,
  body: string,
  endpoint: string | undefined,
): Promise<{ body: string; changes: string[] } | undefined> {
  if (
    !endpoint ||
    !(err instanceof DeployError) ||
    !/^(ImportRestApi|PutRestApi)$/.test(err.step) ||
    describeAwsError(err.cause).kind !== 'notOffered'
  )
    return undefined;
  let copy;
  try {
    copy = emulatorCopy(JSON.parse(body));
  } catch (e) {
    if (e instanceof NotOpenApi3Error || e instanceof SyntaxError) return undefined;
    throw e;
  }
  if (copy.changes.length === 0) return undefined;
  const choice = await vscode.window.showWarningMessage(
    `The emulator at ${endpoint} crashed on this definition (${err.step} answered with an error page). It is known to fail on what this definition has: ${copy.changes.slice(0, 4).join('; ')}${copy.changes.length > 4 ? '; …' : ''}.`,
    {
      modal: true,
      detail:
        'Deploy a copy with those parts changed? The definition file stays as it is; AWS itself imports it unchanged.',
    },
    'Deploy Emulator Copy',
    'Show the Copy',
  );
  if (choice === 'Show the Copy') await showReadOnly('emulator-copy.json', copy.body, 'json');
  return choice === 'Deploy Emulator Copy' ? copy : undefined;
}
