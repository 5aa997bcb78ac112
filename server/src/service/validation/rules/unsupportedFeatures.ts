/** OpenAPI features that the REST import drops or rejects (hints: the definition is valid OpenAPI). */
import { AstNode, asObject, asString, getProperty, getValue } from '../../parser/ast';
import { definitionRule, type DefinitionContext } from '../rule';

/** A hint per occurrence would drown a large spec; say it a few times. */
const MAX_HINTS = 20;

const schemaKeywords: Record<string, string> = {
  discriminator: "REST APIs do not support 'discriminator'; the import drops it.",
  exclusiveMinimum: "REST APIs do not support 'exclusiveMinimum' in models.",
  readOnly: "REST APIs do not support 'readOnly' in models.",
};

export const unsupportedFeaturesRule = definitionRule({
  name: 'unsupported-feature',
  reports: ['unsupported-feature'],
  check(ctx) {
    if (ctx.apiType !== 'REST') return;
    const budget = { left: MAX_HINTS };
    const schemas =
      ctx.def.version === 'swagger2'
        ? getValue(ctx.def.root, 'definitions')
        : getValue(asObject(getValue(ctx.def.root, 'components')), 'schemas');
    for (const schema of asObject(schemas)?.properties ?? []) walkSchema(ctx, schema.value, budget, 0);
    for (const op of ctx.index.operations) {
      const deprecated = getProperty(op.node, 'deprecated');
      if (deprecated && budget.left-- > 0)
        ctx.report(
          'unsupported-feature',
          deprecated.key,
          "REST APIs do not support 'deprecated'; it is dropped on import and export.",
        );
    }
  },
});

function walkSchema(ctx: DefinitionContext, node: AstNode | undefined, budget: { left: number }, depth: number): void {
  if (!node || depth > 40 || budget.left <= 0) return;
  if (node.type === 'array') return node.items.forEach((i) => walkSchema(ctx, i, budget, depth + 1));
  if (node.type !== 'object') return;
  for (const prop of node.properties) {
    const message = schemaKeywords[prop.key.value];
    if (message && budget.left-- > 0) ctx.report('unsupported-feature', prop.key, message);
    if (prop.key.value === 'format' && asString(prop.value) === 'decimal' && budget.left-- > 0)
      ctx.report('unsupported-feature', prop.value!, "REST APIs do not support format 'decimal'.");
    if (
      prop.key.value === 'properties' ||
      prop.key.value === 'items' ||
      prop.key.value === 'allOf' ||
      prop.key.value === 'anyOf' ||
      prop.key.value === 'oneOf' ||
      prop.key.value === 'additionalProperties'
    ) {
      if (prop.key.value === 'properties')
        for (const p of asObject(prop.value)?.properties ?? []) walkSchema(ctx, p.value, budget, depth + 1);
      else walkSchema(ctx, prop.value, budget, depth + 1);
    }
  }
}
