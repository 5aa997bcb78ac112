/**
 * SAM authorizers named by `Auth.DefaultAuthorizer` and by function events exist in that API's `Auth.Authorizers`.
 * Severity evidence (error): the SAM transform raises InvalidResourceException/InvalidEventException for an
 * authorizer name that the API does not declare (aws-sam-translator 1.115.0, model/api/api_generator.py and
 * eventsources/push.py; checked by test/sam/translator.test.ts).
 */
import { BUILT_IN_AUTHORIZERS } from '../../../catalogue/samSettings';
import { AstNode, asObject, getValue } from '../../../parser/ast';
import { closestMatches, didYouMean } from '../../../util/similarity';
import type { TemplateContext, TemplateRule } from '../../rule';
import { SAM_API_TYPES, apiEvents, declaredAuthorizers, globalAuthorizers } from './samApis';

export const samAuthorizerRefsRule: TemplateRule = {
  id: 'sam-authorizer-ref',
  severity: 'error',
  description: 'Authorizer names used by SAM APIs and function events are declared in Auth.Authorizers.',
  checkTemplate(ctx) {
    for (const api of ctx.template.resources.values()) {
      if (!SAM_API_TYPES.has(api.type)) continue;
      const auth = asObject(getValue(api.properties, 'Auth'));
      const authorizers = getValue(auth, 'Authorizers');
      if (authorizers && authorizers.type !== 'object') continue;
      check(ctx, getValue(auth, 'DefaultAuthorizer'), declaredAuthorizers(api).map((p) => p.key.value), api.logicalId);
    }
    for (const event of apiEvents(ctx.template)) {
      const use = getValue(asObject(getValue(event.properties, 'Auth')), 'Authorizer');
      if (!use) continue;
      if (event.explicit && !event.api) continue;
      const names = event.api ? declaredAuthorizers(event.api) : globalAuthorizers(ctx.template, event.type);
      check(ctx, use, names.map((p) => p.key.value), event.api?.logicalId ?? `the implicit ${event.type === 'Api' ? 'REST' : 'HTTP'} API (Globals)`);
    }
  },
};

function check(ctx: TemplateContext, node: AstNode | undefined, declared: string[], apiName: string): void {
  if (node?.type !== 'string' || node.tag || node.value.includes('${')) return;
  const name = node.value;
  if (declared.includes(name) || (BUILT_IN_AUTHORIZERS as readonly string[]).includes(name)) return;
  const candidates = [...declared, ...BUILT_IN_AUTHORIZERS];
  const suggestions = closestMatches(name, candidates);
  const known = declared.length ? ` Declared: ${declared.join(', ')}.` : ' It declares none.';
  ctx.report('sam-authorizer-ref', node, `No authorizer '${name}' in the Auth.Authorizers of ${apiName}.${suggestions.length ? didYouMean(suggestions) : known}`, suggestions.length ? { replaceWith: suggestions } : undefined);
}
