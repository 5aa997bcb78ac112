/**
 * Renders one template of a document for a request, as API Gateway would, and says what API Gateway (or the
 * integration behind it) would reject in the result: output that is not JSON where JSON is required, a MOCK
 * request template without an integer statusCode, a template above the 300 KB limit. Gateway response templates
 * get API Gateway's simple substitution instead of Velocity (runtime facts G2).
 */
import { ParseErrorCode, parse as parseJsonc, printParseErrorCode } from 'jsonc-parser';
import type { RenderTemplateResult, RenderedProblem, TemplateRequestJson } from '../../../../contract/messages';
import type { ApiDocument } from '../document/model';
import { asString, getValue } from '../parser/ast';
import { renderTemplate } from '../velocity';
import { checkedText } from './checkedText';
import { TemplateSite, sitePath, templateSites } from './discover';
import { parseCached } from './engine';
import { MAX_TEMPLATE_BYTES, utf8Length } from './limits';
import { docRangeOf } from './sourceMap';
import { substituteGatewayResponse } from './substitute';

/** The most output a render keeps (API Gateway's payload limit is 10 MB, runtime facts T4). */
const MAX_OUTPUT_BYTES = 10 * 1024 * 1024;

export function findSite(doc: ApiDocument, path: readonly (string | number)[]): TemplateSite | undefined {
  return templateSites(doc).find((s) => samePath(sitePath(s), path));
}

function samePath(a: readonly (string | number)[], b: readonly (string | number)[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

export function renderSite(doc: ApiDocument, site: TemplateSite, request: TemplateRequestJson): RenderTemplateResult {
  const problems: RenderedProblem[] = [];
  const templateRange = (start: number, end: number) => {
    const r = site.map.exact ? docRangeOf(site.map, start, end) : { offset: site.map.tokenStart, length: 0 };
    return { start: doc.text.positionAt(r.offset), end: doc.text.positionAt(r.offset + r.length) };
  };
  const bytes = utf8Length(site.map.text);
  if (bytes > MAX_TEMPLATE_BYTES) {
    problems.push({
      severity: 'error',
      range: null,
      message: `The template is ${Math.ceil(bytes / 1024)} KB; API Gateway allows mapping templates of at most 300 KB (AWS: "Amazon API Gateway important notes").`,
    });
  }
  if (site.kind === 'gateway-response') {
    const output = substituteGatewayResponse(site.map.text, request);
    problems.push({
      severity: 'information',
      range: null,
      message:
        'Gateway response template: API Gateway only substitutes $context, $stageVariables and method.request.* values here; Velocity directives are not run.',
    });
    checkJson(site, output, problems, false);
    return { output, problems, overrides: emptyOverrides(), engine: 'substitution', contentType: site.contentType };
  }
  let text = checkedText(site);
  if (text === undefined) {
    text = site.map.text;
    problems.push({
      severity: 'warning',
      range: null,
      message:
        'CloudFormation replaces the ${…} placeholders of this Fn::Sub before API Gateway sees the template; they are rendered here as written.',
    });
  }
  const result = renderTemplate(parseCached(text), request, { maxOutputBytes: MAX_OUTPUT_BYTES });
  for (const p of result.problems) {
    problems.push({
      severity: p.severity,
      message: p.message,
      range: templateRange(p.range.start.offset, p.range.end.offset),
    });
  }
  const integration = integrationOf(site);
  if (site.kind === 'request' && integration.type === 'mock') checkMockStatus(result.output, problems);
  else checkJson(site, result.output, problems, site.kind === 'request' && integration.lambda);
  return {
    output: result.output,
    problems,
    overrides: result.overrides,
    engine: 'velocity',
    contentType: site.contentType,
  };
}

function emptyOverrides(): RenderTemplateResult['overrides'] {
  return { request: { header: {}, querystring: {}, path: {} }, response: { header: {} } };
}

/** The integration a template belongs to: its type, and whether it calls Lambda (not as a proxy). */
function integrationOf(site: TemplateSite): { type?: string; lambda: boolean } {
  const integration = site.operation
    ? getValue(site.operation.node, 'x-amazon-apigateway-integration')
    : getValue(site.resource?.properties, 'Integration');
  const type = (asString(getValue(integration, 'type')) ?? asString(getValue(integration, 'Type')))?.toLowerCase();
  const uri = asString(getValue(integration, 'uri')) ?? asString(getValue(integration, 'Uri')) ?? '';
  return { ...(type ? { type } : {}), lambda: type === 'aws' && /:lambda:path\//.test(uri) };
}

const jsonType = /^application\/(?:[\w.+-]+\+)?json$/i;

/**
 * Output that is not JSON under a JSON content type. An error where it fails (a Lambda custom integration: Lambda
 * refuses a payload that is not JSON); a warning elsewhere (API Gateway passes it on, the receiver gets broken JSON).
 */
function checkJson(site: TemplateSite, output: string, problems: RenderedProblem[], required: boolean): void {
  if (!jsonType.test(site.contentType) || output.trim() === '') return;
  try {
    JSON.parse(output);
    return;
  } catch {
    // Not JSON: jsonc-parser says where.
  }
  const errors: { error: ParseErrorCode; offset: number; length: number }[] = [];
  parseJsonc(output, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: true });
  if (errors.length === 0) return;
  const e = errors[0];
  const why = required
    ? 'Lambda refuses a payload that is not JSON ("Could not parse request body into json"), so the request fails.'
    : `API Gateway passes it on as it is, and whoever reads it as ${site.contentType} gets a broken document.`;
  problems.push({
    severity: required ? 'error' : 'warning',
    range: null,
    outputOffset: e.offset,
    message: `The output is not valid JSON (${printParseErrorCode(e.error)} at offset ${e.offset}). ${why}`,
  });
}

/**
 * A MOCK integration reads the status code from its request template's output: `{"statusCode": 200}` (runtime
 * facts M44; AWS also accepts it unquoted, M46). Without an integer statusCode the request fails with a 500.
 */
function checkMockStatus(output: string, problems: RenderedProblem[]): void {
  if (/["']?statusCode["']?\s*:\s*["']?\d+/.test(output)) return;
  problems.push({
    severity: 'error',
    range: null,
    message:
      'A MOCK integration needs {"statusCode": <integer>} from its request template; without it API Gateway answers 500 ("Unable to parse statusCode").',
  });
}
