/**
 * HTTP API AWS service integrations: the subtype's required parameters are there, unknown ones are flagged.
 * Severity evidence: a subtype without its required parameters is refused by CreateIntegration (error,
 * apigateway-facts.md §1.13.1); an unknown parameter is ignored or refused depending on the subtype, so a warning.
 */
import { INTEGRATION_SUBTYPES } from '../../catalogue/enums';
import { asObject, getValue, scalarText } from '../../parser/ast';
import { closestMatches, didYouMean, listOf } from '../../util/similarity';
import { anchorOf } from '../schemaCheck';
import { integrationsOf } from '../integrations';
import { definitionRule } from '../rule';

export const integrationSubtypeRule = definitionRule({
  name: 'subtype-parameters',
  reports: ['subtype-parameter-unknown', 'subtype-parameters'],
  check(ctx) {
    if (ctx.apiType !== 'HTTP') return;
    for (const op of ctx.index.operations) {
      for (const { node } of integrationsOf(ctx.def.root, op)) {
        const subtypeNode = getValue(node, 'integrationSubtype');
        const subtype = scalarText(subtypeNode);
        const spec = subtype ? INTEGRATION_SUBTYPES[subtype] : undefined;
        if (!spec) continue;
        const params = asObject(getValue(node, 'requestParameters'));
        const given = new Set(params?.properties.map((p) => p.key.value) ?? []);
        const missing = spec.required.filter((r) => !given.has(r));
        if (missing.length)
          ctx.report(
            'subtype-parameters',
            params ? anchorOf(params) : subtypeNode!,
            `${subtype} needs request parameter${missing.length > 1 ? 's' : ''} ${listOf(
              missing.map((m) => `'${m}'`),
              'and',
            )}.`,
          );
        const known = [...spec.required, ...spec.optional];
        for (const p of params?.properties ?? []) {
          if (known.includes(p.key.value)) continue;
          const suggestions = closestMatches(p.key.value, known);
          ctx.report(
            'subtype-parameter-unknown',
            p.key,
            `${subtype} has no parameter '${p.key.value}'.${didYouMean(suggestions)}`,
            suggestions.length ? { replaceWith: suggestions } : undefined,
          );
        }
      }
    }
  },
});
