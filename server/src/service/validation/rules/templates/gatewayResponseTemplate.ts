/**
 * Velocity written in a gateway response template. API Gateway does not run Velocity there: it only substitutes
 * `$context.*`, `$stageVariables.*` and `method.request.*` (runtime facts G2; AWS: "A GatewayResponse mapping
 * template isn't processed by the Velocity Template Language (VTL) engine",
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-gateway-responses.responseTemplates.html).
 * Information only: nothing fails, but `#if` or `$input.body` would not do what they look like they do.
 */
import { documentRule } from '../../rule';
import { templateSites } from '../../../templates/discover';
import { reportAt } from '../../../templates/reportAt';

const velocityOnly =
  /#(?:set|if|elseif|else|end|foreach|break|stop|define|macro)\b|#\{(?:if|else|end|foreach|set)\}|\$!?\{?(?:input|util)\b/g;

export const gatewayResponseTemplateRule = documentRule({
  name: 'gateway-response-template-vtl',
  reports: ['gateway-response-template-vtl'],
  checkDocument(ctx) {
    for (const site of templateSites(ctx.doc)) {
      if (site.kind !== 'gateway-response') continue;
      const text = site.map.text;
      velocityOnly.lastIndex = 0;
      const m = velocityOnly.exec(text);
      if (!m) continue;
      reportAt(
        ctx,
        'gateway-response-template-vtl',
        site,
        m.index,
        m.index + m[0].length,
        `Gateway response templates are not run through Velocity: API Gateway only substitutes $context, $stageVariables and method.request.* values here, so "${m[0]}" is not evaluated.`,
      );
    }
  },
});
