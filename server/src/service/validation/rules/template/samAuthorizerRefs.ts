/** SAM authorizers named by `Auth.DefaultAuthorizer` and by function events exist in that API's `Auth.Authorizers`. */
import { BUILT_IN_AUTHORIZERS } from '../../../catalogue/samSettings';
import { AstNode, asObject, getValue } from '../../../parser/ast';
import { closestMatches, didYouMean } from '../../../util/similarity';
import { templateRule, type TemplateContext } from '../../rule';
import { SAM_API_TYPES, apiEvents, declaredAuthorizers, globalAuthorizers } from './samApis';

export const samAuthorizerRefsRule = templateRule({
  name: 'sam-authorizer-ref',
  reports: ['sam-authorizer-ref'],
  checkTemplate(ctx) {
    for (const api of ctx.template.resources.values()) {
      if (!SAM_API_TYPES.has(api.type)) continue;
      const auth = asObject(getValue(api.properties, 'Auth'));
      const authorizers = getValue(auth, 'Authorizers');
      if (authorizers && authorizers.type !== 'object') continue;
      check(
        ctx,
        getValue(auth, 'DefaultAuthorizer'),
        declaredAuthorizers(api).map((p) => p.key.value),
        api.logicalId,
      );
    }
    for (const event of apiEvents(ctx.template)) {
      const use = getValue(asObject(getValue(event.properties, 'Auth')), 'Authorizer');
      if (!use) continue;
      if (event.explicit && !event.api) continue;
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

function check(ctx: TemplateContext, node: AstNode | undefined, declared: string[], apiName: string): void {
  if (node?.type !== 'string' || node.tag || node.value.includes('${')) return;
  const name = node.value;
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
