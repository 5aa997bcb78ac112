/**
 * Ready-made values for the common shapes of extensions (integrations, authorizers, validators, gateway
 * responses, CORS), offered by completion next to the bare key. In SAM/CloudFormation templates they use the
 * template's idioms (`!Sub` with `${AWS::Region}`, `!GetAtt Fn.Arn`) and its own resources.
 */
import { RenderValue, choice, tab } from './snippetSyntax';
import type { ApiType } from './types';

export interface SnippetEnv {
  /** The document is a SAM/CloudFormation template. */
  template: boolean;
  /** Logical ids of the template's resources, by kind. */
  functions: string[];
  roles: string[];
  userPools: string[];
}

export interface ExtensionSnippet {
  extension: string;
  /** Shown after the key in the completion list. */
  label: string;
  apiTypes: readonly ApiType[];
  documentation: string;
  value(env: SnippetEnv): RenderValue;
}

function lambdaUri(env: SnippetEnv, n: number): RenderValue {
  if (env.template) {
    const fn = env.functions.length ? choice(n, env.functions) : tab(n, 'MyFunction');
    return { '!Sub': `arn:aws:apigateway:\${AWS::Region}:lambda:path/2015-03-31/functions/\${${fn}.Arn}/invocations` };
  }
  return `arn:aws:apigateway:${tab(n, 'us-east-1')}:lambda:path/2015-03-31/functions/arn:aws:lambda:${tab(n, 'us-east-1')}:${tab(n + 1, '123456789012')}:function:${tab(n + 2, 'my-function')}/invocations`;
}

function userPoolArn(env: SnippetEnv, n: number): RenderValue {
  if (env.template && env.userPools.length) return { '!GetAtt': `${choice(n, env.userPools)}.Arn` };
  return `arn:aws:cognito-idp:${tab(n, 'us-east-1')}:${tab(n + 1, '123456789012')}:userpool/${tab(n + 2, 'us-east-1_EXAMPLE')}`;
}

const INTEGRATION = 'x-amazon-apigateway-integration';
const AUTHORIZER = 'x-amazon-apigateway-authorizer';

export const EXTENSION_SNIPPETS: readonly ExtensionSnippet[] = [
  {
    extension: INTEGRATION,
    label: 'Lambda proxy',
    apiTypes: ['REST'],
    documentation: 'Hands the whole request to a Lambda function, which returns the status, headers and body.',
    value: (env) => ({
      type: 'aws_proxy',
      httpMethod: 'POST',
      uri: lambdaUri(env, 1),
      passthroughBehavior: 'when_no_match',
    }),
  },
  {
    extension: INTEGRATION,
    label: 'Lambda proxy',
    apiTypes: ['HTTP'],
    documentation: 'Hands the request to a Lambda function with the 2.0 event format.',
    value: (env) => ({ type: 'aws_proxy', httpMethod: 'POST', uri: lambdaUri(env, 1), payloadFormatVersion: '2.0' }),
  },
  {
    extension: INTEGRATION,
    label: 'HTTP proxy',
    apiTypes: ['REST'],
    documentation: 'Passes the request to an HTTP endpoint and returns its response unchanged.',
    value: () => ({
      type: 'http_proxy',
      httpMethod: tab(1, 'GET'),
      uri: `https://${tab(2, 'example.com')}/${tab(3)}`,
      passthroughBehavior: 'when_no_match',
    }),
  },
  {
    extension: INTEGRATION,
    label: 'HTTP proxy',
    apiTypes: ['HTTP'],
    documentation: 'Passes the request to an HTTP endpoint and returns its response unchanged.',
    value: () => ({
      type: 'http_proxy',
      httpMethod: tab(1, 'ANY'),
      uri: `https://${tab(2, 'example.com')}/${tab(3)}`,
      payloadFormatVersion: '1.0',
    }),
  },
  {
    extension: INTEGRATION,
    label: 'MOCK',
    apiTypes: ['REST'],
    documentation: 'Answers from API Gateway itself with a fixed response, without a backend.',
    value: () => ({
      type: 'mock',
      requestTemplates: { 'application/json': '{"statusCode": 200}' },
      responses: {
        default: { statusCode: '200', responseTemplates: { 'application/json': `{"message": "${tab(1, 'ok')}"}` } },
      },
      passthroughBehavior: 'when_no_match',
    }),
  },
  {
    extension: AUTHORIZER,
    label: 'Lambda token authorizer',
    apiTypes: ['REST'],
    documentation: 'A Lambda function checks a bearer token from a header. The scheme is `type: apiKey`, `in: header`.',
    value: (env) => ({
      type: 'token',
      authorizerUri: lambdaUri(env, 1),
      identitySource: `method.request.header.${tab(4, 'Authorization')}`,
      authorizerResultTtlInSeconds: 300,
    }),
  },
  {
    extension: AUTHORIZER,
    label: 'Lambda request authorizer',
    apiTypes: ['REST'],
    documentation: 'A Lambda function checks headers, query string, stage variables or context values.',
    value: (env) => ({
      type: 'request',
      authorizerUri: lambdaUri(env, 1),
      identitySource: `method.request.header.${tab(4, 'Authorization')}`,
      authorizerResultTtlInSeconds: 300,
    }),
  },
  {
    extension: AUTHORIZER,
    label: 'Lambda request authorizer',
    apiTypes: ['HTTP'],
    documentation: 'A Lambda function answers `{"isAuthorized": ...}` (payload 2.0, simple responses).',
    value: (env) => ({
      type: 'request',
      authorizerUri: lambdaUri(env, 1),
      authorizerPayloadFormatVersion: '2.0',
      enableSimpleResponses: true,
      identitySource: `$request.header.${tab(4, 'Authorization')}`,
      authorizerResultTtlInSeconds: 300,
    }),
  },
  {
    extension: AUTHORIZER,
    label: 'Cognito user pool authorizer',
    apiTypes: ['REST'],
    documentation: 'Accepts tokens issued by a Cognito user pool.',
    value: (env) => ({ type: 'cognito_user_pools', providerARNs: [userPoolArn(env, 1)] }),
  },
  {
    extension: AUTHORIZER,
    label: 'JWT authorizer',
    apiTypes: ['HTTP'],
    documentation: 'Validates JSON Web Tokens from an OpenID Connect or OAuth 2.0 issuer (a Cognito user pool, say).',
    value: () => ({
      type: 'jwt',
      jwtConfiguration: {
        issuer: `https://cognito-idp.${tab(1, 'us-east-1')}.amazonaws.com/${tab(2, 'us-east-1_EXAMPLE')}`,
        audience: [tab(3, 'client-id')],
      },
      identitySource: '$request.header.Authorization',
    }),
  },
  {
    extension: 'x-amazon-apigateway-request-validators',
    label: 'body and parameters',
    apiTypes: ['REST'],
    documentation: 'Two validators: `all` checks body and parameters, `params-only` checks parameters.',
    value: () => ({
      all: { validateRequestBody: true, validateRequestParameters: true },
      'params-only': { validateRequestBody: false, validateRequestParameters: true },
    }),
  },
  {
    extension: 'x-amazon-apigateway-gateway-responses',
    label: 'CORS headers on errors',
    apiTypes: ['REST'],
    documentation:
      "Adds `Access-Control-Allow-Origin` to API Gateway's own 4xx and 5xx answers, so browsers can read them.",
    value: () => {
      const cors = { responseParameters: { 'gatewayresponse.header.Access-Control-Allow-Origin': `'${tab(1, '*')}'` } };
      return { DEFAULT_4XX: cors, DEFAULT_5XX: cors };
    },
  },
  {
    extension: 'x-amazon-apigateway-cors',
    label: 'CORS',
    apiTypes: ['HTTP'],
    documentation: 'API Gateway answers preflight requests itself for these origins, methods and headers.',
    value: () => ({
      allowOrigins: [tab(1, 'https://example.com')],
      allowMethods: ['GET', 'POST', 'OPTIONS'],
      allowHeaders: ['content-type', 'authorization'],
      maxAge: 3600,
    }),
  },
];
