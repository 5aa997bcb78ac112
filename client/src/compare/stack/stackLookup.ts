/**
 * Finds the deployed stack of a template's API: the stacks whose resources include the API's logical id (offered
 * first), and what one stack knows for resolving the definition's intrinsics (parameters, physical ids, account,
 * partition). Pure AWS logic through the connection's CloudFormation client, no `vscode`.
 */
// Types only: the SDK is loaded on the first call (dist/aws-sdk.js), never when the extension starts.
import type { StackStatus } from '@aws-sdk/client-cloudformation';
import type { AwsConnection } from '../../aws/connection';
import { awsErrorMessage } from '../../aws/errors';
import type { StackContext, StackResource } from './intrinsicResolver';

export interface StackChoice {
  stackName: string;
  status: string;
  /** The resource with the logical id asked for, when the stack has it. */
  resource?: StackResource;
}

/** Every status but DELETE_COMPLETE: deleted stacks have nothing left to compare with. */
const LISTED_STATUSES: StackStatus[] = [
  'CREATE_IN_PROGRESS',
  'CREATE_FAILED',
  'CREATE_COMPLETE',
  'ROLLBACK_IN_PROGRESS',
  'ROLLBACK_FAILED',
  'ROLLBACK_COMPLETE',
  'DELETE_IN_PROGRESS',
  'DELETE_FAILED',
  'UPDATE_IN_PROGRESS',
  'UPDATE_COMPLETE_CLEANUP_IN_PROGRESS',
  'UPDATE_COMPLETE',
  'UPDATE_FAILED',
  'UPDATE_ROLLBACK_IN_PROGRESS',
  'UPDATE_ROLLBACK_FAILED',
  'UPDATE_ROLLBACK_COMPLETE_CLEANUP_IN_PROGRESS',
  'UPDATE_ROLLBACK_COMPLETE',
  'REVIEW_IN_PROGRESS',
  'IMPORT_IN_PROGRESS',
  'IMPORT_COMPLETE',
  'IMPORT_ROLLBACK_IN_PROGRESS',
  'IMPORT_ROLLBACK_FAILED',
  'IMPORT_ROLLBACK_COMPLETE',
];
const MAX_PAGES = 20;
const MAX_STACKS_CHECKED = 200;
const CONCURRENCY = 4;

export interface LookupOptions {
  signal?: AbortSignal;
}

/** The region's stacks, those that have `logicalId` first (with its physical id and type). */
export async function findStacksWithResource(
  conn: AwsConnection,
  logicalId: string,
  options: LookupOptions = {},
): Promise<{ withResource: StackChoice[]; others: StackChoice[] }> {
  const stacks = await listStacks(conn, options);
  const checked = stacks.slice(0, MAX_STACKS_CHECKED);
  let next = 0;
  const worker = async () => {
    while (next < checked.length) {
      const stack = checked[next++];
      stack.resource = await stackResource(conn, stack.stackName, logicalId, options);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return { withResource: stacks.filter((s) => s.resource), others: stacks.filter((s) => !s.resource) };
}

/** The region's stacks that still exist, with their status (ListStacks, paginated). */
export async function listStacks(conn: AwsConnection, options: LookupOptions = {}): Promise<StackChoice[]> {
  const { ListStacksCommand } = await import('@aws-sdk/client-cloudformation');
  const cf = await conn.cloudFormation();
  const stacks: StackChoice[] = [];
  let token: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const out = await cf.send(new ListStacksCommand({ NextToken: token, StackStatusFilter: LISTED_STATUSES }), {
      abortSignal: options.signal,
    });
    for (const s of out.StackSummaries ?? [])
      if (s.StackName && s.StackStatus !== 'DELETE_COMPLETE')
        stacks.push({ stackName: s.StackName, status: s.StackStatus ?? 'UNKNOWN' });
    token = out.NextToken;
    if (!token) break;
  }
  return stacks;
}

/** The stack's resource with this logical id, or undefined when the stack has none. */
export async function stackResource(
  conn: AwsConnection,
  stackName: string,
  logicalId: string,
  options: LookupOptions = {},
): Promise<StackResource | undefined> {
  const { DescribeStackResourceCommand } = await import('@aws-sdk/client-cloudformation');
  const cf = await conn.cloudFormation();
  try {
    const out = await cf.send(
      new DescribeStackResourceCommand({ StackName: stackName, LogicalResourceId: logicalId }),
      { abortSignal: options.signal },
    );
    const detail = out.StackResourceDetail;
    return detail?.PhysicalResourceId && detail.ResourceType
      ? { physicalId: detail.PhysicalResourceId, type: detail.ResourceType }
      : undefined;
  } catch (err) {
    // CloudFormation answers ValidationError "Resource X does not exist for stack Y".
    if ((err as { name?: string }).name === 'ValidationError' && /does not exist/i.test(String((err as Error).message)))
      return undefined;
    throw err;
  }
}

export interface StackFacts extends StackContext {
  status: string;
}

/** What the stack knows for resolving intrinsics: DescribeStacks (parameters, ARN) and ListStackResources. */
export async function readStack(
  conn: AwsConnection,
  stackName: string,
  options: LookupOptions = {},
): Promise<StackFacts> {
  const { DescribeStacksCommand, ListStackResourcesCommand } = await import('@aws-sdk/client-cloudformation');
  const cf = await conn.cloudFormation();
  const described = await cf.send(new DescribeStacksCommand({ StackName: stackName }), {
    abortSignal: options.signal,
  });
  const stack = described.Stacks?.[0];
  if (!stack?.StackId) throw new StackLookupError(`The stack ${stackName} was not found.`);
  // arn:<partition>:cloudformation:<region>:<account>:stack/<name>/<id>
  const [, partition, , region, accountId] = stack.StackId.split(':');
  const parameters: Record<string, string> = {};
  for (const p of stack.Parameters ?? [])
    if (p.ParameterKey) parameters[p.ParameterKey] = p.ResolvedValue ?? p.ParameterValue ?? '';
  const resources: Record<string, StackResource> = {};
  let token: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const out = await cf.send(new ListStackResourcesCommand({ StackName: stackName, NextToken: token }), {
      abortSignal: options.signal,
    });
    for (const r of out.StackResourceSummaries ?? [])
      if (r.LogicalResourceId && r.PhysicalResourceId && r.ResourceType)
        resources[r.LogicalResourceId] = { physicalId: r.PhysicalResourceId, type: r.ResourceType };
    token = out.NextToken;
    if (!token) break;
  }
  const { exports, exportsUnavailable } = await readExports(conn, options);
  return {
    stackName: stack.StackName ?? stackName,
    stackId: stack.StackId,
    status: stack.StackStatus ?? 'UNKNOWN',
    partition: partition || 'aws',
    region: region || conn.region,
    accountId: accountId ?? '',
    parameters,
    resources,
    exports,
    exportsUnavailable,
  };
}

/**
 * The region's exports (ListExports, paginated) for `Fn::ImportValue`. Without permission to list them the rest of
 * the stack still resolves: the imports stay unknown, with the reason.
 */
async function readExports(
  conn: AwsConnection,
  options: LookupOptions,
): Promise<{ exports?: Record<string, string>; exportsUnavailable?: string }> {
  const { ListExportsCommand } = await import('@aws-sdk/client-cloudformation');
  const cf = await conn.cloudFormation();
  const exports: Record<string, string> = {};
  let token: string | undefined;
  try {
    for (let page = 0; page < MAX_PAGES; page++) {
      const out = await cf.send(new ListExportsCommand({ NextToken: token }), { abortSignal: options.signal });
      for (const e of out.Exports ?? []) if (e.Name && e.Value !== undefined) exports[e.Name] = e.Value;
      token = out.NextToken;
      if (!token) break;
    }
  } catch (err) {
    if (options.signal?.aborted) throw err;
    return {
      exportsUnavailable: awsErrorMessage(err, { operation: 'ListExports', action: 'cloudformation:ListExports' }),
    };
  }
  return { exports };
}

export class StackLookupError extends Error {}

/**
 * Whether a stack's status lets its API be compared: refused when its resources are gone or were never made
 * (a failed create, a rollback of the create, a delete), a note when an update failed or is under way.
 * Statuses: https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/view-stack-events.html#cfn-console-view-stack-data-resources-status-codes
 */
export function stackStatusVerdict(stackName: string, status: string): { refuse?: string; note?: string } {
  if (/^(CREATE_FAILED|ROLLBACK_.*|DELETE_.*|REVIEW_IN_PROGRESS|CREATE_IN_PROGRESS)$/.test(status))
    return {
      refuse: `The stack ${stackName} is in ${status}: its resources ${status.startsWith('CREATE_IN') ? 'are still being created' : status === 'REVIEW_IN_PROGRESS' ? 'do not exist yet (a change set under review)' : 'were not created or are being removed'}, so there is no deployed API to compare with. Fix or redeploy the stack first.`,
    };
  if (/ROLLBACK|FAILED/.test(status))
    return {
      note: `The stack ${stackName} is in ${status}: its last update did not complete, so the stage may run the template before that update.`,
    };
  if (/IN_PROGRESS/.test(status))
    return { note: `The stack ${stackName} is in ${status}: the stage may change while the update runs.` };
  return {};
}
