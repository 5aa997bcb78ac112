/**
 * Every `x-amazon-apigateway-*` key: a known name, in a place it belongs, read by this API type, with a valid value.
 * Severity evidence: API Gateway's import ignores unknown extensions and extensions in places it does not read
 * (warnings). A proxy integration ignores its mapping templates and passthrough behaviour, and a `requestTemplates`
 * holding a mapping under `aws_proxy` deploys (observed, issue #13): a bad value there is a warning
 * (`proxy-ignored-value`) saying that API Gateway ignores it, not an error.
 */
import { EXTENSIONS, findExtension } from '../../catalogue';
import { refOf } from '../refs';
import { SCHEMA_CHECK_RULES, checkValue } from '../schemaCheck';
import { definitionRule } from '../rule';
import type { DefinitionContext, FixData, RuleId, Span } from '../rule';
import { type AstNode, getProperty, scalarText } from '../../parser/ast';
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
    'proxy-ignored-value',
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
      if (use.name === 'x-amazon-apigateway-integration' && refOf(use.property.value)) continue;
      const checkCtx = use.name === 'x-amazon-apigateway-integration' ? proxyAware(ctx, use.property.value) : ctx;
      checkValue(checkCtx, use.property.value, spec.schema, use.name);
    }
  },
});

/** Fields a proxy integration does not read (AWS: "proxy integrations ignore" mapping templates and passthrough). */
const ignoredByProxy = ['requestTemplates', 'passthroughBehavior'];

/** The schema check's findings that would be errors where the value is read. */
const valueErrors = new Set(['value-type', 'enum-value', 'value-range', 'value-format', 'missing-field']);

/** For a proxy integration, errors inside the fields it ignores become warnings that say so. */
function proxyAware(ctx: DefinitionContext, integration: AstNode | undefined): DefinitionContext {
  const type = scalarText(getProperty(integration, 'type')?.value)?.toLowerCase();
  if (type !== 'aws_proxy' && type !== 'http_proxy') return ctx;
  const ignored = ignoredByProxy.map((f) => getProperty(integration, f)).filter((p) => p !== undefined);
  if (ignored.length === 0) return ctx;
  const within = (offset: number) => ignored.find((p) => offset >= p.offset && offset < p.offset + p.length);
  return Object.create(ctx, {
    report: {
      value: (rule: RuleId, at: Span, message: string, data?: FixData) => {
        const field = valueErrors.has(rule) ? within(at.offset) : undefined;
        if (field)
          ctx.report(
            'proxy-ignored-value',
            at,
            `An ${type} integration ignores '${field.key.value}', so API Gateway deploys this as it is: ${message}`,
          );
        else ctx.report(rule, at, message, data);
      },
    },
  }) as DefinitionContext;
}
