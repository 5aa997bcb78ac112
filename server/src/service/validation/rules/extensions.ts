/** Every `x-amazon-apigateway-*` key: a known name, in a place it belongs, read by this API type, with a valid value. */
import { EXTENSIONS, findExtension } from '../../catalogue';
import { refOf } from '../refs';
import { SCHEMA_CHECK_RULES, checkValue } from '../schemaCheck';
import { definitionRule } from '../rule';
import { closestMatches, didYouMean, listOf } from '../../util/similarity';

const names = EXTENSIONS.map((e) => e.name);
const placeName: Record<string, string> = {
  root: 'at the top level',
  pathItem: 'in a path item',
  operation: 'in an operation',
  securityScheme: 'in a security scheme',
  server: 'in a servers entry',
  components: 'in components',
  tag: 'in a top-level tags entry',
  other: 'here',
};

export const extensionsRule = definitionRule({
  name: 'extensions',
  reports: [
    'extension-api-type',
    'extension-api-type-unconfirmed',
    'extension-placement',
    'unknown-extension',
    ...SCHEMA_CHECK_RULES,
  ],
  check(ctx) {
    for (const use of ctx.index.extensions) {
      const spec = findExtension(use.name);
      const key = use.property.key;
      if (!spec) {
        const suggestions = closestMatches(use.name, names, 2);
        ctx.report(
          'unknown-extension',
          key,
          `Unknown API Gateway extension '${use.name}'; API Gateway ignores it.${didYouMean(suggestions)}`,
          suggestions.length ? { replaceWith: suggestions } : undefined,
        );
        continue;
      }
      let places = spec.places;
      if (spec.name === 'x-amazon-apigateway-endpoint-configuration')
        places = ctx.def.version === 'openapi3' ? ['server'] : ['root'];
      if (!places.includes(use.place as never)) {
        ctx.report(
          'extension-placement',
          key,
          `'${use.name}' does not belong ${placeName[use.place]}; put it ${listOf(places.map((p) => placeName[p]))}. API Gateway ignores it here.`,
        );
        continue;
      }
      if (!spec.apiTypes.includes(ctx.apiType)) {
        if (spec.unconfirmedApiTypes?.includes(ctx.apiType)) {
          ctx.report(
            'extension-api-type-unconfirmed',
            key,
            `AWS documents '${use.name}' for ${listOf([...spec.apiTypes])} APIs only; whether ${ctx.apiType} APIs read it is not confirmed.`,
          );
        } else {
          ctx.report(
            'extension-api-type',
            key,
            `${ctx.apiType} APIs do not support '${use.name}' (only ${listOf([...spec.apiTypes])} APIs); API Gateway ignores it.`,
          );
          continue;
        }
      }
      if (use.name === 'x-amazon-apigateway-any-method') continue;
      if (use.name === 'x-amazon-apigateway-integration' && refOf(use.property.value)) continue;
      checkValue(ctx, use.property.value, spec.schema, use.name);
    }
  },
});
