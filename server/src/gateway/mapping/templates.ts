/**
 * Mapping templates for non-proxy integrations: which template applies (request: by Content-Type, with the
 * passthrough behaviour; response: by Accept), and its rendering by the project's Velocity engine
 * (DG "Mapping templates for REST APIs", "Passthrough behaviors"; runtime facts M1–M5, M35, M36).
 */
import { parseTemplate, renderTemplate, type ParsedTemplate, type TemplateOverrides, type TemplateRequest } from '../../service/velocity';
import type { Exchange } from '../pipeline/exchange';
import { joinedHeaders, lastValues } from '../pipeline/exchange';
import type { PassthroughBehavior } from '../types';

export type RequestTemplateChoice =
  | { kind: 'template'; contentType: string; template: string }
  | { kind: 'passthrough' }
  /** 415 Unsupported Media Type. */
  | { kind: 'reject' };

/** The request template for a Content-Type; a missing one counts as application/json (facts M1, M2, M5). */
export function chooseRequestTemplate(templates: Record<string, string>, contentTypeHeader: string | undefined, behavior: PassthroughBehavior): RequestTemplateChoice {
  const type = (contentTypeHeader ?? 'application/json').split(';')[0].trim().toLowerCase();
  const keys = Object.keys(templates);
  const key = keys.find((k) => k.toLowerCase() === type);
  if (key !== undefined) return { kind: 'template', contentType: key, template: templates[key] };
  if (keys.length === 0) return behavior === 'NEVER' ? { kind: 'reject' } : { kind: 'passthrough' };
  return behavior === 'WHEN_NO_MATCH' ? { kind: 'passthrough' } : { kind: 'reject' };
}

/**
 * The response template for the request's Accept (only its first type counts, M4); a missing Accept counts as
 * application/json; no match → application/json's, else the first template (M3). Undefined: pass the body through.
 */
export function chooseResponseTemplate(templates: Record<string, string>, acceptHeader: string | undefined): { contentType: string; template: string } | undefined {
  const keys = Object.keys(templates);
  if (keys.length === 0) return undefined;
  const wanted = (acceptHeader ?? 'application/json').split(',')[0].split(';')[0].trim().toLowerCase();
  const key = keys.find((k) => k.toLowerCase() === wanted) ?? keys.find((k) => k.toLowerCase() === 'application/json') ?? keys[0];
  return { contentType: key, template: templates[key] };
}

const parsedCache = new Map<string, ParsedTemplate>();

export interface MappingResult {
  output: string;
  overrides: TemplateOverrides;
  problems: string[];
  /** An override was assigned more than once: API Gateway fails the request with a 5XX (facts M14). */
  overrideAssignedTwice?: string;
}

/** Renders a template for this exchange with `body` as `$input`'s payload. */
export function renderMapping(ex: Exchange, template: string, body: string): MappingResult {
  let parsed = parsedCache.get(template);
  if (!parsed) {
    parsed = parseTemplate(template);
    if (parsedCache.size > 500) parsedCache.clear();
    parsedCache.set(template, parsed);
  }
  const request: TemplateRequest = {
    body,
    headers: joinedHeaders(ex.request.headers),
    query: lastValues(ex.request.query),
    path: ex.pathParameters,
    stageVariables: ex.stageVariables,
    context: ex.context,
  };
  const result = renderTemplate(parsed, request);
  const twice = result.problems.find((p) => p.code === 'vtl-override-twice');
  return {
    output: result.output,
    overrides: result.overrides,
    problems: result.problems.filter((p) => p.severity === 'error').map((p) => `${p.message} (line ${p.range.start.line + 1})`),
    overrideAssignedTwice: twice ? `${twice.message} (line ${twice.range.start.line + 1})` : undefined,
  };
}
