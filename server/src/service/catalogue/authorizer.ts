/** `x-amazon-apigateway-authorizer`: a Lambda, Cognito or JWT authorizer attached to a security scheme. */
import { AUTHORIZER_TYPE_DOCS, DG, HTTP_AUTHORIZER_TYPES, REST_AUTHORIZER_TYPES } from './enums';
import type { Schema } from './types';

export const authorizerSchema: Schema = {
  kind: 'object',
  description: 'Defines the authorizer that checks callers of operations using this security scheme.',
  required: ['type'],
  fields: {
    type: {
      kind: 'string',
      enum: [...REST_AUTHORIZER_TYPES, 'jwt'],
      enumDocs: AUTHORIZER_TYPE_DOCS,
      caseInsensitive: true,
      description: 'The kind of authorizer.',
      byApiType: {
        REST: { enum: REST_AUTHORIZER_TYPES },
        HTTP: { enum: HTTP_AUTHORIZER_TYPES },
        WEBSOCKET: { enum: ['request'] },
      },
    },
    authorizerUri: {
      kind: 'string',
      description:
        'Lambda authorizers: the invocation URI of the function, `arn:aws:apigateway:{region}:lambda:path/2015-03-31/functions/{functionArn}/invocations`.',
    },
    authorizerCredentials: {
      kind: 'string',
      description:
        "IAM role API Gateway assumes to invoke the authorizer function; leave out to rely on the function's resource policy.",
    },
    authorizerPayloadFormatVersion: {
      kind: 'string',
      apiTypes: ['HTTP'],
      enum: ['1.0', '2.0'],
      description: 'HTTP API Lambda authorizers: the event format sent to the function. Required for them.',
    },
    enableSimpleResponses: {
      kind: 'boolean',
      apiTypes: ['HTTP'],
      description:
        'HTTP API Lambda authorizers with payload 2.0: the function returns `{"isAuthorized": true|false}` instead of an IAM policy.',
    },
    identitySource: {
      kind: 'string',
      description:
        'Where the identity comes from, comma-separated. REST: `method.request.header.Name`, `method.request.querystring.name`, `stageVariables.name`, `context.name`. HTTP: `$request.header.Name`, `$request.querystring.name`, `$context.name`, `$stageVariables.name`.',
    },
    identityValidationExpression: {
      kind: 'string',
      apiTypes: ['REST'],
      description:
        'REST token (and Cognito) authorizers: a regular expression the token must match before the function is called.',
    },
    authorizerResultTtlInSeconds: {
      kind: 'integer',
      minimum: 0,
      maximum: 3600,
      default: '300 (REST)',
      description: "How long the authorizer's answer is cached; 0 turns caching off.",
    },
    providerARNs: {
      kind: 'array',
      apiTypes: ['REST'],
      items: {
        kind: 'string',
        pattern: {
          regex: /^arn:[^:]+:cognito-idp:[^:]+:[^:]*:userpool\/\S+$/,
          message: '`arn:aws:cognito-idp:{region}:{account}:userpool/{poolId}`',
        },
      },
      description: 'Cognito authorizers: the ARNs of the user pools whose tokens are accepted.',
    },
    jwtConfiguration: {
      kind: 'object',
      apiTypes: ['HTTP'],
      description: 'JWT authorizers: the token issuer and the audiences accepted.',
      fields: {
        issuer: {
          kind: 'string',
          description: 'The issuer URL, e.g. `https://cognito-idp.{region}.amazonaws.com/{userPoolId}`.',
        },
        audience: {
          kind: 'array',
          items: { kind: 'string' },
          description: 'Accepted `aud` (or `client_id`) values; at most 50.',
        },
      },
    },
  },
};

export const authorizerDocUrl = `${DG}api-gateway-swagger-extensions-authorizer.html`;
