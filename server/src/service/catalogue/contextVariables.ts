/**
 * `$context` variables: which exist in REST mapping templates, REST access logs and HTTP API access logs, with a
 * line each for completion and hover. Names are written without the `$context.` prefix.
 */
import type { ApiType } from './types';

/** Where a variable can be used. */
export type ContextUse = 'template' | 'log';

export interface ContextVariable {
  name: string;
  doc: string;
  /** REST: where the variable works; HTTP variables are for access logs. */
  rest?: readonly ContextUse[];
  http?: boolean;
  /** The name ends with a part the user writes (`authorizer.claims.<property>`). */
  open?: boolean;
}

const both: readonly ContextUse[] = ['template', 'log'];
const logOnly: readonly ContextUse[] = ['log'];

const v = (
  name: string,
  doc: string,
  rest: readonly ContextUse[] | undefined,
  http: boolean,
  open = false,
): ContextVariable => ({
  name,
  doc,
  ...(rest ? { rest } : {}),
  http,
  ...(open ? { open } : {}),
});

export const CONTEXT_VARIABLES: readonly ContextVariable[] = [
  v('accountId', 'The AWS account id of the API owner.', both, true),
  v('apiId', 'The identifier API Gateway gave the API.', both, true),
  v('awsEndpointRequestId', 'The request id of the AWS endpoint API Gateway called.', both, true),
  v('awsEndpointRequestId2', 'A second request id of the AWS endpoint (for S3, the extended id).', undefined, true),
  v('domainName', 'The domain name the API was called on.', both, true),
  v('domainPrefix', 'The first label of the domain name.', both, true),
  v(
    'authorizer.claims.',
    'A claim of the Cognito (or JWT) token, e.g. `$context.authorizer.claims.email`.',
    both,
    true,
    true,
  ),
  v('authorizer.principalId', 'The principal id the Lambda authorizer returned.', both, true),
  v('authorizer.', 'A value from the `context` map the Lambda authorizer returned, as a string.', both, true, true),
  v('authorizer.error', 'The error the authorizer returned.', logOnly, true),
  v('authorizer.integrationLatency', 'How long the Lambda authorizer ran, in ms.', logOnly, false),
  v('authorizer.integrationStatus', 'The status code the Lambda authorizer returned.', logOnly, false),
  v('authorizer.latency', 'How long authorization took, in ms.', logOnly, false),
  v('authorizer.requestId', 'The request id of the call to the authorizer.', logOnly, false),
  v('authorizer.status', 'The status code of the authorizer step.', logOnly, false),
  v('authorize.error', 'The error of the authorization step.', logOnly, false),
  v('authorize.latency', 'How long the authorization step took, in ms.', logOnly, false),
  v('authorize.status', 'The status code of the authorization step.', logOnly, false),
  v('authenticate.error', 'The error of the authentication step.', logOnly, false),
  v('authenticate.latency', 'How long authentication took, in ms.', logOnly, false),
  v('authenticate.status', 'The status code of the authentication step.', logOnly, false),
  v('customDomain.basePathMatched', 'The base path mapping of the custom domain that matched.', logOnly, true),
  v('dataProcessed', 'Bytes processed.', undefined, true),
  v('error.message', 'The gateway error message; in gateway responses and access logs.', both, true),
  v('error.messageString', 'The gateway error message, quoted as a JSON string.', both, true),
  v('error.responseType', 'The gateway response type, such as `UNAUTHORIZED`.', both, true),
  v('error.validationErrorString', 'What request validation found, for gateway responses.', both, false),
  v('extendedRequestId', 'The id API Gateway generates for the request (the `x-amz-apigw-id` header).', both, true),
  v('httpMethod', 'The request method: GET, POST, ...', both, true),
  v('identity.accountId', 'The account id of the caller (IAM authorization).', both, true),
  v('identity.apiKey', 'The API key of the request (for methods that require one).', both, false),
  v('identity.apiKeyId', 'The id of the API key of the request.', both, false),
  v('identity.caller', 'The principal id of the IAM caller.', both, true),
  v('identity.cognitoAuthenticationProvider', 'The Cognito identity providers of the caller.', both, true),
  v('identity.cognitoAuthenticationType', 'authenticated or unauthenticated (Cognito identity pools).', both, true),
  v('identity.cognitoIdentityId', 'The Cognito identity id of the caller.', both, true),
  v('identity.cognitoIdentityPoolId', 'The Cognito identity pool of the caller.', both, true),
  v('identity.principalOrgId', 'The AWS Organizations id of the caller.', both, true),
  v('identity.sourceIp', 'The IP address the TCP connection came from.', both, true),
  v('identity.user', 'The principal id of the IAM user.', both, true),
  v('identity.userAgent', 'The User-Agent header of the caller.', both, true),
  v('identity.userArn', 'The ARN of the IAM user.', both, true),
  v('identity.clientCert.clientCertPem', 'The client certificate (mutual TLS), PEM encoded.', both, true),
  v('identity.clientCert.subjectDN', 'The subject of the client certificate.', both, true),
  v('identity.clientCert.issuerDN', 'The issuer of the client certificate.', both, true),
  v('identity.clientCert.serialNumber', 'The serial number of the client certificate.', both, true),
  v('identity.clientCert.validity.notBefore', 'When the client certificate becomes valid.', both, true),
  v('identity.clientCert.validity.notAfter', 'When the client certificate expires.', both, true),
  v('integration.error', 'The error the integration returned.', logOnly, true),
  v('integration.integrationStatus', 'For Lambda proxy: the status code of the Lambda service itself.', logOnly, true),
  v('integration.latency', 'How long the integration took, in ms.', logOnly, true),
  v('integration.requestId', 'The request id of the integration call (the Lambda request id, say).', logOnly, true),
  v('integration.status', 'The status code the integration returned.', logOnly, true),
  v('integrationErrorMessage', 'The error message of the integration.', logOnly, true),
  v('integrationLatency', 'How long the integration took, in ms.', logOnly, true),
  v('integrationStatus', 'The status code the integration returned.', logOnly, true),
  v('path', 'The request path with the stage, e.g. `/prod/pets/1`.', both, true),
  v('protocol', 'The request protocol, e.g. `HTTP/1.1`.', both, true),
  v('requestId', 'The request id (`x-amzn-RequestId`); access log formats must contain it.', both, true),
  v(
    'requestOverride.header.',
    'Overrides a request header sent to the backend (mapping templates).',
    ['template'],
    false,
    true,
  ),
  v(
    'requestOverride.path.',
    'Overrides a path parameter sent to the backend (mapping templates).',
    ['template'],
    false,
    true,
  ),
  v(
    'requestOverride.querystring.',
    'Overrides a query string parameter sent to the backend (mapping templates).',
    ['template'],
    false,
    true,
  ),
  v('responseOverride.header.', 'Overrides a response header (mapping templates).', ['template'], false, true),
  v('responseOverride.status', 'Overrides the response status code (mapping templates).', ['template'], false),
  v('requestTime', 'The request time, CLF format (`dd/MMM/yyyy:HH:mm:ss +-hhmm`).', both, true),
  v('requestTimeEpoch', 'The request time in epoch milliseconds.', both, true),
  v('resourceId', 'The id of the API resource.', both, false),
  v('resourcePath', 'The resource path template, e.g. `/pets/{id}`.', both, false),
  v('responseLatency', 'How long the request took, in ms.', logOnly, true),
  v('responseLength', 'The length of the response payload, in bytes.', logOnly, true),
  v('routeKey', 'The route key that matched, e.g. `GET /pets`.', undefined, true),
  v('stage', 'The stage name.', both, true),
  v('status', 'The response status code.', logOnly, true),
  v('wafResponseCode', 'What AWS WAF decided: WAF_ALLOW or WAF_BLOCK.', both, false),
  v('webaclArn', 'The ARN of the web ACL that checked the request.', both, false),
  v('waf.error', 'The error of the AWS WAF step.', logOnly, false),
  v('waf.latency', 'How long the AWS WAF step took, in ms.', logOnly, false),
  v('waf.status', 'The status code of the AWS WAF step.', logOnly, false),
  v('xrayTraceId', 'The X-Ray trace id.', logOnly, false),
  v('tlsVersion', 'The TLS version the client used.', logOnly, false),
  v('cipherSuite', 'The TLS cipher suite the client used.', logOnly, false),
];

/** The variables that work in a place: REST mapping templates, REST access logs or HTTP access logs. */
export function contextVariablesFor(apiType: ApiType, use: ContextUse): ContextVariable[] {
  if (apiType === 'HTTP') return CONTEXT_VARIABLES.filter((x) => x.http);
  return CONTEXT_VARIABLES.filter((x) => x.rest?.includes(use));
}

/** Other variables of REST mapping templates, with a line each. */
export const TEMPLATE_VARIABLES: Readonly<Record<string, string>> = {
  '$input.body': 'The raw request body, as a string.',
  "$input.json('$')": 'A JSONPath expression over the body, as a JSON string.',
  '$input.params()': 'Every request parameter (path, querystring, header).',
  "$input.params('name')": 'One request parameter, looked up in path, query string and headers.',
  "$input.path('$')": 'A JSONPath expression over the body, as an object.',
  '$stageVariables.': 'A stage variable.',
  '$util.escapeJavaScript()': 'Escapes a string for JavaScript (and JSON) string literals.',
  '$util.parseJson()': 'Turns a JSON string into an object.',
  '$util.urlEncode()': 'URL-encodes a string.',
  '$util.urlDecode()': 'URL-decodes a string.',
  '$util.base64Encode()': 'Base64-encodes a string.',
  '$util.base64Decode()': 'Decodes a base64 string.',
};
