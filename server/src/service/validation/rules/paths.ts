/**
 * Path templates as API Gateway reads them: allowed characters, whole-segment variables, greedy last.
 * Severity evidence: a segment API Gateway cannot create a resource for fails the import (CreateResource's
 * pathPart rules, apigateway-facts.md paths). A path without its leading '/' deploys (observed on real
 * templates, issue #13), so that is only a warning (`path-leading-slash`).
 */
import { definitionRule } from '../rule';

const segmentChars = /^[A-Za-z0-9_\-.,:{}+]*$/;

export const pathsRule = definitionRule({
  name: 'path-template',
  reports: ['path-template', 'path-leading-slash'],
  check(ctx) {
    const seen = new Set<string>();
    for (const op of ctx.index.operations) {
      const path = op.path;
      if (seen.has(path) || path.includes('${')) continue;
      seen.add(path);
      if (path === '/$default' || path === '$default') continue;
      if (!path.startsWith('/')) {
        ctx.report(
          'path-leading-slash',
          op.pathKey.key,
          `API Gateway deploys this path, but OpenAPI paths start with '/': write '/${path}'.`,
          { replaceWith: [`/${path}`] },
        );
        continue;
      }
      const segments = path.split('/').slice(1);
      segments.forEach((segment, i) => {
        if (ctx.apiType === 'REST' && !segmentChars.test(segment)) {
          ctx.report(
            'path-template',
            op.pathKey.key,
            `REST path segments may contain only letters, digits and _ - . , : { }; '${segment}' does not qualify.`,
          );
        } else if (/\{[^}]*\}/.test(segment) && !/^\{[^{}]+\}$/.test(segment)) {
          ctx.report(
            'path-template',
            op.pathKey.key,
            `A path variable must be a whole segment: '${segment}' mixes it with text.`,
          );
        } else if (/^\{[^{}]+\+\}$/.test(segment) && i !== segments.length - 1) {
          ctx.report(
            'path-template',
            op.pathKey.key,
            `The greedy variable '${segment}' must be the last segment of the path.`,
          );
        }
      });
    }
  },
});
