/**
 * `x-amazon-apigateway-integration` as plain JSON → an IntegrationSpec with API Gateway's defaults filled in.
 * Field meanings: AWS API Gateway Developer Guide, "x-amazon-apigateway-integration object".
 */
import type { ApiKind, IntegrationResponseSpec, IntegrationSpec, IntegrationType, PassthroughBehavior } from '../types';
import { isObject, stringMap } from './refs';
import { scalarText } from '../../../../common/scalarText';

const types = new Set<IntegrationType>(['MOCK', 'HTTP', 'HTTP_PROXY', 'AWS', 'AWS_PROXY']);
const passthroughs = new Set<PassthroughBehavior>(['WHEN_NO_MATCH', 'WHEN_NO_TEMPLATES', 'NEVER']);

/** An IntegrationSpec, or a message saying why the integration cannot be used. */
export function integrationSpec(raw: unknown, kind: ApiKind): IntegrationSpec | string {
  if (!isObject(raw)) return 'the x-amazon-apigateway-integration is not an object';
  const type = (scalarText(raw.type) ?? '').toUpperCase() as IntegrationType;
  if (!types.has(type))
    return `integration type "${scalarText(raw.type) ?? ''}" is not one of mock, http, http_proxy, aws, aws_proxy`;
  const passthrough = (scalarText(raw.passthroughBehavior) ?? 'WHEN_NO_MATCH').toUpperCase() as PassthroughBehavior;
  const uri = typeof raw.uri === 'string' ? raw.uri : '';
  const subtype = typeof raw.integrationSubtype === 'string' ? raw.integrationSubtype : undefined;
  if (type !== 'MOCK' && !uri && !subtype) return `a ${type.toLowerCase()} integration needs a uri`;
  // Timeouts: 50 ms to 29 s on REST APIs, at most 30 s on HTTP APIs; defaults 29000 / 30000
  // (DG limits.md; runtime facts T1, T2).
  const timeout = Number(raw.timeoutInMillis);
  const timeoutMs = Number.isFinite(timeout) && timeout >= 50 ? timeout : kind === 'HTTP' ? 30000 : 29000;
  const version = scalarText(raw.payloadFormatVersion) ?? (kind === 'HTTP' ? '2.0' : '1.0');
  return {
    type,
    httpMethod: (scalarText(raw.httpMethod) ?? 'POST').toUpperCase(),
    uri,
    requestParameters: stringMap(raw.requestParameters),
    requestTemplates: stringMap(raw.requestTemplates),
    passthroughBehavior: passthroughs.has(passthrough) ? passthrough : 'WHEN_NO_MATCH',
    responses: integrationResponses(raw.responses),
    timeoutMs,
    payloadFormatVersion: version === '1.0' ? '1.0' : '2.0',
    contentHandling: typeof raw.contentHandling === 'string' ? raw.contentHandling : undefined,
    credentials: typeof raw.credentials === 'string' ? raw.credentials : undefined,
    integrationSubtype: subtype,
    connectionType: typeof raw.connectionType === 'string' ? raw.connectionType.toUpperCase() : undefined,
  };
}

/** `responses` is keyed by selection pattern; `default` is the response with no pattern (DG: integration responses). */
function integrationResponses(raw: unknown): IntegrationResponseSpec[] {
  if (!isObject(raw)) return [];
  return Object.entries(raw).flatMap(([key, value]) => {
    if (!isObject(value)) return [];
    return [
      {
        pattern: key === 'default' ? '' : key,
        statusCode: scalarText(value.statusCode) ?? '200',
        responseParameters: stringMap(value.responseParameters),
        responseTemplates: stringMap(value.responseTemplates),
        contentHandling: typeof value.contentHandling === 'string' ? value.contentHandling : undefined,
      },
    ];
  });
}
