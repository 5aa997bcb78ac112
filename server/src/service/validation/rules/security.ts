/**
 * Security requirements name declared schemes; REST ignores root-level security and wants `apiKey` schemes;
 * HTTP APIs allow one authorization kind per operation.
 */
import { AstNode, asObject, asString, getProperty, getValue } from '../../parser/ast';
import { BUILT_IN_AUTHORIZERS } from '../../catalogue/samSettings';
import { closestMatches, didYouMean } from '../../util/similarity';
import { declaredAuthorizers } from './template/samApis';
import { definitionRule, type DefinitionContext } from '../rule';

export const securityRule = definitionRule({
  name: 'security',
  reports: ['http-multiple-security', 'root-security-ignored', 'security-ref', 'security-scheme-type'],
  check(ctx) {
    const schemes = [...ctx.index.securitySchemes.keys()];
    const rootSecurity = getProperty(ctx.def.root, 'security');
    if (rootSecurity) {
      checkRequirements(ctx, rootSecurity.value, schemes);
      if (
        ctx.apiType === 'REST' &&
        rootSecurity.value?.type === 'array' &&
        rootSecurity.value.items.length > 0 &&
        !ctx.def.resource
      ) {
        ctx.report(
          'root-security-ignored',
          rootSecurity.key,
          'REST APIs ignore top-level security: set `security` on each operation.',
        );
      }
    }
    for (const op of ctx.index.operations) {
      const security = getValue(op.node, 'security');
      checkRequirements(ctx, security, schemes);
      if (ctx.apiType === 'HTTP' && security?.type === 'array') {
        const kinds = security.items.filter((i) => i.type === 'object' && i.properties.length > 0).length;
        if (kinds > 1)
          ctx.report(
            'http-multiple-security',
            getProperty(op.node, 'security')!.key,
            'HTTP APIs allow only one of IAM, a Lambda authorizer or a JWT authorizer per operation; the import fails with several security requirements.',
          );
      }
    }
    if (ctx.apiType === 'REST') {
      for (const [name, prop] of ctx.index.securitySchemes) {
        const type = asString(getValue(prop.value, 'type'));
        if (type && type !== 'apiKey' && !ctx.def.resource) {
          ctx.report(
            'security-scheme-type',
            getValue(prop.value, 'type')!,
            `REST APIs read only 'apiKey' security schemes (OAuth 2 and others go through Lambda or Cognito authorizers); '${name}' is ignored.`,
          );
        }
      }
    }
  },
});

function checkRequirements(ctx: DefinitionContext, list: AstNode | undefined, schemes: string[]): void {
  if (list?.type !== 'array') return;
  // SAM defines authorizers from `Auth` and adds their schemes itself.
  const samNames = ctx.def.resource
    ? new Set<string>([...BUILT_IN_AUTHORIZERS, ...declaredAuthorizers(ctx.def.resource).map((p) => p.key.value)])
    : undefined;
  for (const requirement of list.items) {
    for (const prop of asObject(requirement)?.properties ?? []) {
      const name = prop.key.value;
      // `api_key` is API Gateway's built-in name for "this method requires an API key".
      if (schemes.includes(name) || name.includes('${') || name === 'api_key') continue;
      if (samNames?.has(name)) continue;
      const suggestions = closestMatches(name, schemes);
      ctx.report(
        'security-ref',
        prop.key,
        `No security scheme '${name}' is declared.${didYouMean(suggestions)}`,
        suggestions.length ? { replaceWith: suggestions } : undefined,
      );
    }
  }
}
