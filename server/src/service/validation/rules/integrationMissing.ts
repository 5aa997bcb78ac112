/**
 * REST APIs: every operation needs an integration, or the deployment fails.
 * Severity evidence (error): CreateDeployment fails with "No integration defined for method", so an SAM/CFN stack
 * with such a method fails to deploy (apigateway-facts.md §1.13). A definition with no integration at all is taken as
 * integrations set up elsewhere: a warning.
 */
import { isIntrinsic } from '../../document/intrinsics';
import { AstNode, asString, getValue } from '../../parser/ast';
import type { TemplateResource } from '../../document/model';
import { definitionRule, type DefinitionContext } from '../rule';
import { apiEvents } from './template/samApis';

export const integrationMissingRule = definitionRule({
  name: 'integration-missing',
  reports: ['integration-missing', 'integration-missing-all'],
  check(ctx) {
    if (ctx.apiType !== 'REST') return;
    // SAM adds integrations for functions whose Api events name this path and method, but into the user's own
    // DefinitionBody only when the API asks for it with MergeDefinitions (the SAM translator's Api event source).
    const api = ctx.def.resource;
    const samEvents = api?.type === 'AWS::Serverless::Api' && mergesDefinitions(api) ? samEventRoutes(ctx) : undefined;
    const hasIntegration = (op: (typeof ctx.index.operations)[number]) =>
      op.node.properties.some((p) => p.key.value === 'x-amazon-apigateway-integration') ||
      // An ANY event adds x-amazon-apigateway-any-method only: the path's other methods still need their own.
      (samEvents !== undefined && (samEvents.has(`${op.method} ${op.path}`) || samEvents.has('*')));
    // With no integration at all, the definition is imported for its routes and models and wired up elsewhere
    // (Terraform, CDK, the console): deployment still needs them, so say so, but it is not a mistake in the file.
    const rule = ctx.index.operations.some(hasIntegration) ? 'integration-missing' : 'integration-missing-all';
    for (const op of ctx.index.operations) {
      if (hasIntegration(op)) continue;
      ctx.report(
        rule,
        op.property.key,
        `${op.method} ${op.path} has no 'x-amazon-apigateway-integration'; deploying a REST API with it fails. Add an integration (or a mock).`,
        {
          addMockIntegration: { operationOffset: op.node.offset },
        },
      );
    }
  },
});

/**
 * Whether SAM merges its event integrations into this API's DefinitionBody: `MergeDefinitions: true`, or a value
 * that cannot be read (a condition), which is given the benefit of the doubt. A state machine's Api event never
 * touches a DefinitionBody (the translator adds it only to a definition SAM generates), so only functions count.
 */
function mergesDefinitions(api: TemplateResource): boolean {
  const merge = getValue(api.properties, 'MergeDefinitions');
  if (!merge) return false;
  return merge.type === 'boolean' ? merge.value : true;
}

/** "METHOD /path" of every SAM function event bound to this API; "*" when some binding cannot be read. */
function samEventRoutes(ctx: DefinitionContext): Set<string> {
  const routes = new Set<string>();
  // apiEvents follows `RestApiId: !Ref Api` and the plain `Api` alike, as SAM does; events without RestApiId belong
  // to SAM's implicit API, not to this one.
  for (const event of apiEvents(ctx.doc.template!)) {
    if (event.type !== 'Api' || event.api !== ctx.def.resource) continue;
    // A computed path or method (`!Sub "/${Prefix}"`, `!Ref Verb`) may be any route: it is not read as written.
    const path = literalString(getValue(event.properties, 'Path'));
    const method = literalString(getValue(event.properties, 'Method'));
    if (!path || !method) routes.add('*');
    // SAM reads the method in any case; `any` is the operation x-amazon-apigateway-any-method, indexed as ANY.
    else routes.add(`${method.toUpperCase()} ${path}`);
  }
  return routes;
}

function literalString(node: AstNode | undefined): string | undefined {
  return isIntrinsic(node) ? undefined : asString(node);
}
