/** REST APIs: every operation needs an integration, or the deployment fails. */
import { asIntrinsic } from '../../document/intrinsics';
import { asObject, asString, getValue } from '../../parser/ast';
import { definitionRule, type DefinitionContext } from '../rule';

export const integrationMissingRule = definitionRule({
  name: 'integration-missing',
  reports: ['integration-missing', 'integration-missing-all'],
  check(ctx) {
    if (ctx.apiType !== 'REST') return;
    // SAM adds integrations for functions whose Api events name this path and method.
    const samEvents = ctx.def.resource?.type === 'AWS::Serverless::Api' ? samEventRoutes(ctx) : undefined;
    const hasIntegration = (op: (typeof ctx.index.operations)[number]) =>
      op.node.properties.some((p) => p.key.value === 'x-amazon-apigateway-integration') ||
      (samEvents !== undefined &&
        (samEvents.has(`${op.method} ${op.path}`) || samEvents.has(`ANY ${op.path}`) || samEvents.has('*')));
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

/** "METHOD /path" of every SAM function event bound to this API; "*" when some binding cannot be read. */
function samEventRoutes(ctx: DefinitionContext): Set<string> {
  const routes = new Set<string>();
  const apiId = ctx.def.resource!.logicalId;
  for (const res of ctx.doc.template?.resources.values() ?? []) {
    if (res.type !== 'AWS::Serverless::Function') continue;
    for (const event of asObject(getValue(res.properties, 'Events'))?.properties ?? []) {
      if (asString(getValue(event.value, 'Type')) !== 'Api') continue;
      const props = asObject(getValue(event.value, 'Properties'));
      const restApiId = getValue(props, 'RestApiId');
      const target = asIntrinsic(restApiId)?.argument;
      const bound = target?.type === 'string' ? target.value : undefined;
      // Events without RestApiId belong to SAM's implicit API, not to this one.
      if (bound !== apiId) continue;
      const path = asString(getValue(props, 'Path'));
      const method = asString(getValue(props, 'Method'));
      if (!path || !method) routes.add('*');
      else routes.add(`${method.toLowerCase() === 'any' ? 'ANY' : method.toUpperCase()} ${path}`);
    }
  }
  return routes;
}
