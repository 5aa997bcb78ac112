/**
 * Velocity syntax errors in mapping templates, at their exact place in the document.
 *
 * Severity warning, not error, and why. Import and deployment succeed: AWS stores `requestTemplates` /
 * `responseTemplates` as opaque strings (no source we found shows PutIntegration or import checking Velocity),
 * and the valid corpus holds a deploying definition whose template Apache Velocity 1.7 refuses
 * (`$input.params("data")`, LocalStack's tests/aws/files/api_definition.yaml). The failure comes at request time:
 * API Gateway parses the template when a request selects it (runtime facts M8, M14) and the request fails with a
 * 500. That Velocity 1.7 is AWS's engine is the usual assumption, not confirmed by AWS (M9 [U]); this engine
 * reports what Velocity 1.7 itself refuses (checked against velocity-1.7.jar). So: almost surely a mistake that
 * breaks requests, but nothing AWS checks before that: a warning whose message says what will happen.
 *
 * Not checked: gateway response templates (API Gateway does not run Velocity on them, runtime facts G2; see
 * gatewayResponseTemplate.ts) and `Fn::Sub` templates with real substitutions (their final text is unknown).
 */
import { documentRule } from '../../rule';
import { templateSites } from '../../../templates/discover';
import { checkedText } from '../../../templates/checkedText';
import { parseCached } from '../../../templates/engine';
import { reportAt } from '../../../templates/reportAt';

export const templateSyntaxRule = documentRule({
  name: 'template-syntax',
  reports: ['template-syntax'],
  checkDocument(ctx) {
    for (const site of templateSites(ctx.doc)) {
      if (site.kind === 'gateway-response') continue;
      const text = checkedText(site);
      if (text === undefined) continue;
      for (const problem of parseCached(text).problems) {
        // Only Velocity syntax errors: an engine failure ('vtl-internal') says nothing about the template.
        if (problem.code !== 'vtl-syntax') continue;
        reportAt(
          ctx,
          'template-syntax',
          site,
          problem.range.start.offset,
          problem.range.end.offset,
          `${problem.message} API Gateway accepts the template at deployment, then fails every request that uses it (500).`,
        );
      }
    }
  },
});
