/**
 * Compare with Deployed for a template's API: reads the chosen stack, finds the API's physical id (SAM's transform
 * keeps the logical id on the RestApi / Api it generates), resolves the definition's intrinsics with what the stack
 * knows, and works out the stage (SAM's StageName), ready for the same export and comparison as a standalone
 * definition. Pure AWS logic, no `vscode`.
 */
import type { AwsConnection } from '../../aws/connection';
import { compareWithDeployed, type Comparison } from '../compareCore';
import { hasPlaceholder, resolveIntrinsics, type Unresolved } from './intrinsicResolver';
import { readStack, StackLookupError, stackStatusVerdict, type LookupOptions, type StackFacts } from './stackLookup';
import { isSamTemplate, templateSections, type TemplateApi } from './templateApis';

export interface PreparedComparison {
  stack: StackFacts;
  api: { id: string; type: TemplateApi['apiType']; name: string };
  /** The definition with every intrinsic the stack could answer resolved. */
  resolved: unknown;
  unresolved: Unresolved[];
  /** From the template (SAM's StageName, resolved); otherwise the user picks one of the API's stages. */
  stage?: string;
  notes: string[];
}

export async function prepareTemplateComparison(
  conn: AwsConnection,
  template: unknown,
  api: TemplateApi,
  stackName: string,
  options: LookupOptions = {},
): Promise<PreparedComparison> {
  const stack = await readStack(conn, stackName, options);
  const verdict = stackStatusVerdict(stack.stackName, stack.status);
  if (verdict.refuse) throw new StackLookupError(verdict.refuse);
  const resource = stack.resources[api.logicalId];
  if (!resource)
    throw new StackLookupError(
      `The stack ${stack.stackName} has no resource ${api.logicalId}: it was deployed from another template, or before ${api.logicalId} was added.`,
    );
  if (resource.type !== api.stackType)
    throw new StackLookupError(
      `${api.logicalId} in the stack ${stack.stackName} is an ${resource.type}, not the ${api.stackType} that ${api.resourceType} makes.`,
    );
  const context = { ...stack, template: templateSections(template) };
  const { value, unresolved } = resolveIntrinsics(api.definition, context);
  const notes: string[] = [];
  if (verdict.note) notes.push(verdict.note);
  if (isSamTemplate(template))
    notes.push(
      "SAM adds to DefinitionBody what the template's function events, Auth and Cors say when it deploys: those parts show as drift.",
    );
  let stage: string | undefined;
  if (api.stageName !== undefined) {
    const resolvedStage = resolveIntrinsics(api.stageName, context).value;
    if (typeof resolvedStage === 'string' && !hasPlaceholder(resolvedStage)) stage = resolvedStage;
  }
  const title = (value as { info?: { title?: unknown } } | null)?.info?.title;
  return {
    stack,
    api: { id: resource.physicalId, type: api.apiType, name: typeof title === 'string' ? title : api.logicalId },
    resolved: value,
    unresolved,
    ...(stage ? { stage } : {}),
    notes,
  };
}

/** Exports the stage and compares it with the resolved definition; unresolved values are listed, not drift. */
export async function compareTemplateWithStack(
  conn: AwsConnection,
  prepared: PreparedComparison,
  stage: string,
): Promise<Comparison> {
  const comparison = await compareWithDeployed(conn, prepared.resolved, prepared.api, stage, {
    unresolved: prepared.unresolved,
  });
  // What concerns this comparison (unresolved values, an export without extensions) before the general notes.
  return { ...comparison, notes: [...comparison.notes, ...prepared.notes] };
}
