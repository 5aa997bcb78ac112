/**
 * SAM authorizers named by `Auth.DefaultAuthorizer` and by function events exist in that API's `Auth.Authorizers`.
 * Severity evidence (error): the SAM transform raises InvalidResourceException/InvalidEventException for an
 * authorizer name that the API does not declare (aws-sam-translator 1.115.0, model/api/api_generator.py and
 * eventsources/push.py; checked by test/server/service/validation/rules/template/samTranslator.test.ts).
 */
import { BUILT_IN_AUTHORIZERS } from '../../../catalogue/samSettings';
import { AstNode, asObject, getValue } from '../../../parser/ast';
import { closestMatches, didYouMean } from '../../../util/similarity';
import type { TemplateResource } from '../../../document/model';
import { templateRule, type TemplateContext } from '../../rule';
import { apiEvents, declaredAuthorizers, globalAuthorizers } from './samApis';
import { pythonTruthy } from '../../pythonTruth';
import { apiProperty, present, samApisWithImplicit } from './samShapes';

export const samAuthorizerRefsRule = templateRule({
  name: 'sam-authorizer-ref',
  reports: ['sam-authorizer-ref'],
  checkTemplate(ctx) {
    // Explicit APIs, and the implicit ones whose Auth is in Globals.
    for (const api of samApisWithImplicit(ctx.template)) {
      const auth = asObject(apiProperty(ctx.template, api, 'Auth')?.value);
      const authorizers = getValue(auth, 'Authorizers');
      if (authorizers && authorizers.type !== 'object') continue;
      const declared = asObject(authorizers)?.properties.map((p) => p.key.value) ?? [];
      // A REST API without authorizers ignores its DefaultAuthorizer (SAM's api_generator.py `_add_auth`).
      if (api.type === 'AWS::Serverless::Api' && declared.length === 0) continue;
      const defaultAuthorizer = getValue(auth, 'DefaultAuthorizer');
      // An empty name is no default authorizer to SAM (`if not default_authorizer: return`).
      if (pythonTruthy(defaultAuthorizer)) check(ctx, defaultAuthorizer, declared, api.logicalId);
    }
    for (const event of apiEvents(ctx.template)) {
      const eventAuth = asObject(getValue(event.properties, 'Auth'));
      const use = getValue(eventAuth, 'Authorizer');
      if (!use) continue;
      if (event.explicit && !event.api) continue;
      // SAM applies a REST event's Auth only to an OpenAPI it generates or merges into, or with OverrideApiAuth.
      const override = getValue(eventAuth, 'OverrideApiAuth');
      if (
        event.type === 'Api' &&
        event.api &&
        !samManagesDefinition(event.api) &&
        !(override?.type === 'boolean' && override.value)
      )
        continue;
      const names = event.api ? declaredAuthorizers(event.api) : globalAuthorizers(ctx.template, event.type);
      check(
        ctx,
        use,
        names.map((p) => p.key.value),
        event.api?.logicalId ?? `the implicit ${event.type === 'Api' ? 'REST' : 'HTTP'} API (Globals)`,
      );
    }
  },
});

/**
 * SAM writes the API's OpenAPI itself when it has neither DefinitionBody nor DefinitionUri (an empty DefinitionBody is
 * replaced by the one SAM generates), or merges with MergeDefinitions.
 */
function samManagesDefinition(api: TemplateResource): boolean {
  const merge = getValue(api.properties, 'MergeDefinitions');
  if (merge?.type === 'boolean' && merge.value) return true;
  return (
    !pythonTruthy(getValue(api.properties, 'DefinitionBody')) && !present(getValue(api.properties, 'DefinitionUri'))
  );
}

function check(ctx: TemplateContext, node: AstNode | undefined, declared: string[], apiName: string): void {
  // A plain string is the name itself, `${...}` included: SAM substitutes nothing outside Fn::Sub.
  if (node?.type !== 'string' || node.tag) return;
  const name = node.value;
  // AWS_IAM and NONE have conditions of their own (sam-auth, sam-event).
  if (declared.includes(name) || (BUILT_IN_AUTHORIZERS as readonly string[]).includes(name)) return;
  const candidates = [...declared, ...BUILT_IN_AUTHORIZERS];
  const suggestions = closestMatches(name, candidates);
  const known = declared.length ? ` Declared: ${declared.join(', ')}.` : ' It declares none.';
  ctx.report(
    'sam-authorizer-ref',
    node,
    `No authorizer '${name}' in the Auth.Authorizers of ${apiName}.${suggestions.length ? didYouMean(suggestions) : known}`,
    suggestions.length ? { replaceWith: suggestions } : undefined,
  );
}
