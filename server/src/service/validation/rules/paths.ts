/** Path templates as API Gateway reads them: allowed characters, whole-segment variables, greedy last. */
import { definitionRule } from '../rule';

const segmentChars = /^[A-Za-z0-9_\-.,:{}+]*$/;

export const pathsRule = definitionRule({
  name: 'path-template',
  reports: ['path-template'],
  check(ctx) {
    const seen = new Set<string>();
    for (const op of ctx.index.operations) {
      const path = op.path;
      if (seen.has(path) || path.includes('${')) continue;
      seen.add(path);
      if (path === '/$default' || path === '$default') continue;
      if (!path.startsWith('/')) {
        ctx.report('path-template', op.pathKey.key, `Paths start with '/'.`, { replaceWith: [`/${path}`] });
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
