/**
 * What API Gateway does with a gateway response template instead of Velocity: it substitutes `$context.*`,
 * `$stageVariables.*` and `method.request.{path|querystring|header}.<name>` (runtime facts G2, AWS's
 * "x-amazon-apigateway-gateway-responses.responseTemplates object"). Everything else stays as written. What a
 * value that is not set becomes is not documented; it is left empty here.
 */
import type { TemplateRequestJson } from '../../../../contract/messages';
import { jsonText } from '../../../../common/scalarText';

const substitutable =
  /\$context\.([A-Za-z0-9_]+(?:\.[A-Za-z0-9_]+)*)|\$stageVariables\.([A-Za-z0-9_]+)|method\.request\.(path|querystring|header)\.([A-Za-z0-9_.~-]+)/g;

export function substituteGatewayResponse(template: string, request: TemplateRequestJson): string {
  return template.replace(substitutable, (_m, context?: string, stage?: string, where?: string, name?: string) => {
    if (context !== undefined) return textOf(lookup(request.context, context.split('.')));
    if (stage !== undefined) return request.stageVariables?.[stage] ?? '';
    const source = where === 'path' ? request.path : where === 'querystring' ? request.query : request.headers;
    if (!source || name === undefined) return '';
    if (where === 'header') {
      const key = Object.keys(source).find((k) => k.toLowerCase() === name.toLowerCase());
      return key ? source[key] : '';
    }
    return source[name] ?? '';
  });
}

function lookup(value: unknown, keys: string[]): unknown {
  let current = value;
  for (const key of keys) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

function textOf(value: unknown): string {
  return jsonText(value) ?? '';
}
