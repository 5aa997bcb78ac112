/** "Render Template…" above each mapping template, opening the client's side-by-side renderer for it. */
import type { CodeLens } from 'vscode-languageserver-types';
import { Commands, type RenderTemplateArgs } from '../../../../contract/commands';
import type { ApiDocument } from '../document/model';
import { TemplateSite, sitePath, templateSites } from './discover';
import { decodePercentOrKeep } from '../../../../common/percentDecode';

export function templateLenses(doc: ApiDocument): CodeLens[] {
  return templateSites(doc).map((site) => {
    const start = doc.text.positionAt(site.keyNode?.offset ?? 0);
    const args: RenderTemplateArgs = {
      documentUri: doc.uri,
      templatePath: sitePath(site),
      label: siteLabel(doc, site),
    };
    return {
      range: { start, end: start },
      command: { title: '$(preview) Render Template…', command: Commands.renderTemplate, arguments: [args] },
    };
  });
}

/** `POST /pets · request · application/json`, `gateway response DEFAULT_4XX · application/json`, `mapping.vtl`. */
export function siteLabel(doc: ApiDocument, site: TemplateSite): string {
  if (site.kind === 'file') return decodePercentOrKeep(doc.uri.replace(/^.*\//, ''));
  const owner = site.operation ? `${site.operation.method} ${site.operation.path}` : site.resource?.logicalId;
  const what =
    site.kind === 'request'
      ? 'request'
      : site.kind === 'response'
        ? `response ${site.responseKey ?? ''}`.trim()
        : `gateway response ${site.responseKey ?? ''}`.trim();
  return [owner, what, site.contentType].filter(Boolean).join(' · ');
}
