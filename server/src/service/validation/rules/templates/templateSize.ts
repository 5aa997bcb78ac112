/**
 * A mapping template above API Gateway's 300 KB limit (runtime facts M10). A warning, not an error: AWS
 * documents the limit, but we found no record of how it is enforced (rejected at import, or cut at run time).
 */
import { documentRule } from '../../rule';
import { templateSites } from '../../../templates/discover';
import { MAX_TEMPLATE_BYTES, utf8Length } from '../../../templates/limits';

export const templateSizeRule = documentRule({
  name: 'template-size',
  reports: ['template-size'],
  checkDocument(ctx) {
    for (const site of templateSites(ctx.doc)) {
      if (site.kind === 'file' || !site.keyNode) continue;
      const text = site.map.text;
      if (text.length * 3 <= MAX_TEMPLATE_BYTES) continue;
      const bytes = utf8Length(text);
      if (bytes > MAX_TEMPLATE_BYTES)
        ctx.report(
          'template-size',
          site.keyNode,
          `This template is ${Math.ceil(bytes / 1024)} KB; API Gateway allows mapping templates of at most 300 KB.`,
        );
    }
  },
});
