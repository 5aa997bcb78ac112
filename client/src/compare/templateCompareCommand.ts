/**
 * Compare with Deployed for an API written in a SAM / CloudFormation template (the "Compare with Stack…" lens, or
 * the command on a template): which API, which stack (those that have the API's logical id first; the choice is
 * remembered per template), which stage, then the same export, diff and summary as a standalone definition, with
 * the definition's intrinsics resolved from the stack (stack/templateCompare.ts).
 */
import * as vscode from 'vscode';
import type { CompareTemplateArgs } from '../../../contract/commands';
import { listStages } from '../aws/apis';
import { awsErrorMessage } from '../aws/errors';
import type { ExtensionServices } from '../common/services';
import { ExportError } from '../explorer/exportDefinition';
import type { CompareDependencies } from './compareCommand';
import { showComparison } from './compareCommand';
import type { Comparison } from './compareCore';
import { StackChoices } from './stack/stackChoices';
import { findStacksWithResource, StackLookupError, type StackChoice } from './stack/stackLookup';
import { compareTemplateWithStack, prepareTemplateComparison, type PreparedComparison } from './stack/templateCompare';
import { templateApis, type TemplateApi } from './stack/templateApis';

export function checkCompareTemplateArgs(raw: unknown): CompareTemplateArgs | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const a = raw as Record<string, unknown>;
  return typeof a.documentUri === 'string' &&
    a.documentUri.length <= 4096 &&
    typeof a.api === 'string' &&
    /^[A-Za-z0-9]{1,255}$/.test(a.api)
    ? { documentUri: a.documentUri, api: a.api }
    : undefined;
}

class Cancelled extends Error {}

export async function compareTemplateCommand(
  services: ExtensionServices,
  _deps: CompareDependencies,
  document: vscode.TextDocument,
  template: unknown,
  logicalId?: string,
): Promise<Comparison | undefined> {
  const name = vscode.workspace.asRelativePath(document.uri);
  const api = await chooseApi(name, templateApis(template), logicalId);
  if (!api) return undefined;
  const conn = services.aws.connection;
  const choices = new StackChoices(services.context.workspaceState);
  let operation = { operation: 'DescribeStacks', action: 'cloudformation:DescribeStacks' };
  try {
    let prepared: PreparedComparison | undefined;
    const remembered = choices.getFor(document.uri.toString(), conn);
    if (remembered) {
      prepared = await withCancellableProgress(`Reading the stack ${remembered}…`, (signal) =>
        prepareTemplateComparison(conn, template, api, remembered, { signal }),
      ).catch(async (err: unknown) => {
        // The remembered stack is gone (deleted, another account) or lacks this API: forget it and look again.
        if (isMissingStack(err) || (err instanceof StackLookupError && /has no resource/.test(err.message)))
          return (await choices.forget(document.uri.toString()), undefined);
        throw err;
      });
    }
    if (!prepared) {
      operation = { operation: 'ListStacks', action: 'cloudformation:ListStacks' };
      const found = await withCancellableProgress(`Finding the stacks that have ${api.logicalId}…`, (signal) =>
        findStacksWithResource(conn, api.logicalId, { signal }),
      );
      const stackName = await chooseStack(api, found, conn.region);
      if (!stackName) return undefined;
      operation = { operation: 'DescribeStacks', action: 'cloudformation:DescribeStacks' };
      prepared = await withCancellableProgress(`Reading the stack ${stackName}…`, (signal) =>
        prepareTemplateComparison(conn, template, api, stackName, { signal }),
      );
      await choices.set(document.uri.toString(), { stackName, region: conn.region, endpoint: conn.endpoint });
    }
    operation = { operation: 'GetStages', action: 'apigateway:GET' };
    const stage = prepared.stage ?? (await chooseStage(conn, prepared));
    if (!stage) return undefined;
    operation = { operation: 'GetExport', action: 'apigateway:GET' };
    const ready = prepared;
    const comparison = await withCancellableProgress(`Exporting ${ready.api.name} (${stage})…`, () =>
      compareTemplateWithStack(conn, ready, stage),
    );
    await showComparison(`${name} ${api.logicalId}`, { api: ready.api, stage }, comparison, [
      `Stack ${ready.stack.stackName}, API ${ready.api.id}.`,
    ]);
    return comparison;
  } catch (err) {
    if (err instanceof Cancelled) return undefined;
    const message =
      err instanceof ExportError || err instanceof StackLookupError
        ? err.message
        : awsErrorMessage(err, { ...operation, region: conn.region, profile: conn.profile, endpoint: conn.endpoint });
    if (/^Cancelled\.?$/.test(message)) return undefined;
    services.log.warn(`Compare with Stack: ${message}`);
    void vscode.window.showErrorMessage(`Could not compare ${api.logicalId} with its stack: ${message}`);
    return undefined;
  }
}

async function chooseApi(name: string, apis: TemplateApi[], logicalId?: string): Promise<TemplateApi | undefined> {
  const comparable = apis.filter((a) => a.apiType !== 'WEBSOCKET');
  if (logicalId) {
    const api = comparable.find((a) => a.logicalId === logicalId);
    if (!api)
      void vscode.window.showErrorMessage(
        `${name} has no REST or HTTP API ${logicalId} with its definition in the template (DefinitionBody or Body).`,
      );
    return api;
  }
  if (comparable.length === 0) {
    void vscode.window.showErrorMessage(
      `${name} has no REST or HTTP API whose definition is written in the template (DefinitionBody of AWS::Serverless::Api / HttpApi, Body of AWS::ApiGateway::RestApi / AWS::ApiGatewayV2::Api).`,
    );
    return undefined;
  }
  if (comparable.length === 1) return comparable[0];
  const picked = await vscode.window.showQuickPick(
    comparable.map((api) => ({ label: api.logicalId, description: `${api.resourceType} · ${api.apiType}`, api })),
    { title: `Compare which API of ${name} with its stack?` },
  );
  return picked?.api;
}

async function chooseStack(
  api: TemplateApi,
  found: { withResource: StackChoice[]; others: StackChoice[] },
  region: string,
): Promise<string | undefined> {
  if (found.withResource.length === 0) {
    void vscode.window.showErrorMessage(
      `No stack in ${region} has a resource ${api.logicalId} (${found.others.length === 1 ? '1 stack' : `${found.others.length} stacks`} checked). Deploy the template first, or choose the profile and region of its stack.`,
    );
    return undefined;
  }
  if (found.withResource.length === 1) return found.withResource[0].stackName;
  type Item = vscode.QuickPickItem & { stackName?: string };
  const items: Item[] = [
    ...found.withResource.map((s) => ({
      label: s.stackName,
      description: `${s.status} · ${api.logicalId} = ${s.resource?.physicalId}`,
      stackName: s.stackName,
    })),
    ...(found.others.length
      ? [
          { label: `Stacks without ${api.logicalId}`, kind: vscode.QuickPickItemKind.Separator },
          ...found.others.map((s) => ({ label: s.stackName, description: s.status, stackName: s.stackName })),
        ]
      : []),
  ];
  const picked = await vscode.window.showQuickPick(items, {
    title: `Compare ${api.logicalId} with the API of which stack? (${region})`,
  });
  return picked?.stackName;
}

async function chooseStage(
  conn: ExtensionServices['aws']['connection'],
  prepared: PreparedComparison,
): Promise<string | undefined> {
  const stages = await listStages(conn, prepared.api);
  if (stages.length === 0) {
    void vscode.window.showInformationMessage(
      `${prepared.api.name} (${prepared.api.id}) has no stages to compare with.`,
    );
    return undefined;
  }
  if (stages.length === 1) return stages[0].name;
  return vscode.window.showQuickPick(
    stages.map((s) => s.name),
    { title: `Compare with which stage of ${prepared.api.name}?` },
  );
}

/** A cancellable notification around AWS calls; cancelling aborts the requests in flight. */
function withCancellableProgress<T>(title: string, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
  return Promise.resolve(
    vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title, cancellable: true },
      async (_progress, token) => {
        const controller = new AbortController();
        const subscription = token.onCancellationRequested(() => controller.abort());
        try {
          const result = await work(controller.signal);
          if (token.isCancellationRequested) throw new Cancelled();
          return result;
        } catch (err) {
          if (token.isCancellationRequested) throw new Cancelled();
          throw err;
        } finally {
          subscription.dispose();
        }
      },
    ),
  );
}

function isMissingStack(err: unknown): boolean {
  const e = err as { name?: string; message?: string };
  return e?.name === 'ValidationError' && /does not exist/i.test(e.message ?? '');
}
