/**
 * The editor side of resolving a definition's intrinsics from a stack before a deploy: asks whether to, which
 * stack, shows the resolved bundle read-only and asks again before anything is imported.
 */
import * as vscode from 'vscode';
import { awsErrorMessage } from '../aws/errors';
import type { ExtensionServices } from '../common/services';
import { showReadOnly } from '../common/readOnlyDocuments';
import { listStacks } from '../compare/stack/stackLookup';
import { DeployRefusedError } from './deployBody';
import { resolveDefinitionFromStack } from './resolveFromStack';

/** The resolved definition's JSON text; throws DeployRefusedError with `refusal` when the user does not go on. */
export async function offerStackResolution(
  services: ExtensionServices,
  name: string,
  longFormJson: string,
  refusal: string,
): Promise<string> {
  const choice = await vscode.window.showWarningMessage(
    refusal,
    {
      modal: true,
      detail:
        "Resolve them from a deployed stack instead? Its parameters and resources' physical names give Ref, Fn::GetAtt, Fn::Sub and the pseudo parameters; the resolved definition is shown before anything is imported.",
    },
    'Resolve from a Stack…',
  );
  if (choice !== 'Resolve from a Stack…') throw new DeployRefusedError(refusal);
  const conn = services.aws.connection;
  try {
    const stacks = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'Listing stacks…', cancellable: true },
      (_p, token) => {
        const controller = new AbortController();
        token.onCancellationRequested(() => controller.abort());
        return listStacks(conn, { signal: controller.signal });
      },
    );
    if (stacks.length === 0) throw new DeployRefusedError(`No stack in ${conn.region} to resolve the intrinsics from.`);
    const picked = await vscode.window.showQuickPick(
      stacks.map((s) => ({ label: s.stackName, description: s.status })),
      { title: `Resolve the intrinsics of ${name} from which stack? (${conn.region})` },
    );
    if (!picked) throw new DeployRefusedError('No stack chosen: nothing was deployed.');
    const resolved = await vscode.window.withProgress(
      {
        location: vscode.ProgressLocation.Notification,
        title: `Reading the stack ${picked.label}…`,
        cancellable: true,
      },
      (_p, token) => {
        const controller = new AbortController();
        token.onCancellationRequested(() => controller.abort());
        return resolveDefinitionFromStack(conn, JSON.parse(longFormJson), picked.label, {
          signal: controller.signal,
        });
      },
    );
    await showReadOnly(`${name} (resolved from ${resolved.stackName}).json`, resolved.body, 'json');
    const go = await vscode.window.showInformationMessage(
      `Deploy ${name} with its intrinsics resolved from ${resolved.stackName}?`,
      {
        modal: true,
        detail: [...resolved.notes, 'The resolved definition is open beside; the file stays as it is.'].join(' '),
      },
      'Deploy Resolved',
    );
    if (go !== 'Deploy Resolved')
      throw new DeployRefusedError('Not deployed: the resolved definition was not confirmed.');
    return resolved.body;
  } catch (err) {
    if (err instanceof DeployRefusedError) throw err;
    throw new DeployRefusedError(
      awsErrorMessage(err, {
        operation: 'DescribeStacks',
        action: 'cloudformation:DescribeStacks',
        region: conn.region,
        profile: conn.profile,
        endpoint: conn.endpoint,
      }),
    );
  }
}
