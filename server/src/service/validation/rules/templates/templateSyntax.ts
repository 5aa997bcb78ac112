/**
 * Velocity syntax errors in mapping templates, at their exact place in the document.
 *
 * Severity error, because the request path fails: API Gateway parses a mapping template when a request selects
 * it, and a template that does not parse fails that request with a 500 (runtime facts M8, M14: "the template is
 * applied only after the entire template has been parsed"). Import and deployment do not catch it: AWS stores
 * `requestTemplates` / `responseTemplates` as opaque strings (no source we found shows Velocity being checked by
 * PutIntegration or import), so the error surfaces only at request time, which is exactly why it is shown here.
 *
 * Not checked: gateway response templates (API Gateway does not run Velocity on them, runtime facts G2; see
 * gatewayResponseTemplate.ts) and `Fn::Sub` templates with real substitutions (their final text is unknown).
 */
import type { DocumentRule } from '../../rule';
import { templateSites } from '../../../templates/discover';
import { checkedText } from '../../../templates/checkedText';
import { parseCached } from '../../../templates/engine';
import { reportAt } from '../../../templates/reportAt';

export const templateSyntaxRule: DocumentRule = {
  id: 'template-syntax',
  severity: 'error',
  description: 'A Velocity syntax error in a mapping template (every request that selects it fails with 500).',
  checkDocument(ctx) {
    for (const site of templateSites(ctx.doc)) {
      if (site.kind === 'gateway-response') continue;
      const text = checkedText(site);
      if (text === undefined) continue;
      for (const problem of parseCached(text).problems) {
        if (problem.severity !== 'error') continue;
        reportAt(ctx, 'template-syntax', site, problem.range.start.offset, problem.range.end.offset, `${problem.message} (API Gateway fails every request that uses this template with a 500.)`);
      }
    }
  },
};
