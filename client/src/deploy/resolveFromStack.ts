/**
 * Deploy Stage of a standalone definition written with CloudFormation intrinsics (for `AWS::Include`): resolves
 * them from a chosen stack's parameters and resources with the same resolver as Compare with Stack, and refuses
 * when any stays unknown (an import would send it as text). Pure AWS logic, no `vscode`.
 */
import type { AwsConnection } from '../aws/connection';
import { resolveIntrinsics, type Unresolved } from '../compare/stack/intrinsicResolver';
import { readStack, stackStatusVerdict, type LookupOptions } from '../compare/stack/stackLookup';
import { DeployRefusedError } from './deployBody';

export interface ResolvedDefinition {
  /** The resolved definition as pretty JSON: what the import sends. */
  body: string;
  stackName: string;
  /** Status notes (a failed update) the user should see before deploying. */
  notes: string[];
}

export async function resolveDefinitionFromStack(
  conn: AwsConnection,
  longFormDefinition: unknown,
  stackName: string,
  options: LookupOptions = {},
): Promise<ResolvedDefinition> {
  const stack = await readStack(conn, stackName, options);
  const verdict = stackStatusVerdict(stack.stackName, stack.status);
  if (verdict.refuse) throw new DeployRefusedError(verdict.refuse);
  const { value, unresolved } = resolveIntrinsics(longFormDefinition, stack);
  if (unresolved.length) throw new DeployRefusedError(unresolvedRefusal(stack.stackName, unresolved));
  return {
    body: `${JSON.stringify(value, null, 2)}\n`,
    stackName: stack.stackName,
    notes: verdict.note ? [verdict.note] : [],
  };
}

function unresolvedRefusal(stackName: string, unresolved: Unresolved[]): string {
  const listed = unresolved
    .slice(0, 3)
    .map((u) => `${u.expression} at ${u.path} (${u.reason})`)
    .join('; ');
  const more = unresolved.length > 3 ? ` and ${unresolved.length - 3} more` : '';
  return `The stack ${stackName} does not tell ${unresolved.length === 1 ? 'one value' : `${unresolved.length} values`} of the definition: ${listed}${more}. Nothing was deployed.`;
}
