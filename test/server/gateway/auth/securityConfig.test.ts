// Reading what an operation requires (API key, authorizer) from definitions as AWS writes them.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { apiKeySource, cognitoIssuer, operationSecurity } from '../../../../server/src/gateway/auth/securityConfig';

const restRoot = {
  openapi: '3.0.1',
  'x-amazon-apigateway-api-key-source': 'HEADER',
  security: [{ api_key: [] }],
  components: {
    securitySchemes: {
      api_key: { type: 'apiKey', name: 'x-api-key', in: 'header' },
      TokenAuth: {
        type: 'apiKey',
        name: 'Authorization',
        in: 'header',
        'x-amazon-apigateway-authtype': 'custom',
        'x-amazon-apigateway-authorizer': {
          type: 'token',
          authorizerUri:
            'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:1:function:auth/invocations',
          identityValidationExpression: '^Bearer .+$',
          authorizerResultTtlInSeconds: 60,
        },
      },
      ReqAuth: {
        type: 'apiKey',
        name: 'Unused',
        in: 'header',
        'x-amazon-apigateway-authorizer': {
          type: 'request',
          authorizerUri: 'u',
          identitySource: 'method.request.header.X-User, method.request.querystring.tenant',
        },
      },
      Pool: {
        type: 'apiKey',
        name: 'Authorization',
        in: 'header',
        'x-amazon-apigateway-authtype': 'cognito_user_pools',
        'x-amazon-apigateway-authorizer': {
          type: 'cognito_user_pools',
          providerARNs: ['arn:aws:cognito-idp:eu-west-1:123456789012:userpool/eu-west-1_AbC'],
        },
      },
      sigv4: { type: 'apiKey', name: 'Authorization', in: 'header', 'x-amazon-apigateway-authtype': 'awsSigv4' },
    },
  },
};

describe('operation security', () => {
  test('REST ignores root security; a token authorizer takes its header from the scheme', () => {
    assert.deepEqual(operationSecurity(restRoot, {}, 'REST'), {
      apiKeyRequired: false,
      scopes: [],
      unknownSchemes: [],
    });
    const s = operationSecurity(restRoot, { security: [{ TokenAuth: [], api_key: [] }] }, 'REST');
    assert.equal(s.apiKeyRequired, true);
    assert.deepEqual(s.authorizer, {
      kind: 'lambda',
      name: 'TokenAuth',
      type: 'TOKEN',
      functionUri: restRoot.components.securitySchemes.TokenAuth['x-amazon-apigateway-authorizer'].authorizerUri,
      identitySources: ['method.request.header.Authorization'],
      validationExpression: '^Bearer .+$',
      ttlSeconds: 60,
    });
  });
  test('REQUEST sources, Cognito scopes, IAM, unknown schemes', () => {
    const req = operationSecurity(restRoot, { security: [{ ReqAuth: [] }] }, 'REST').authorizer;
    assert.deepEqual(req?.kind === 'lambda' && [req.type, req.identitySources, req.ttlSeconds], [
      'REQUEST',
      ['method.request.header.X-User', 'method.request.querystring.tenant'],
      300,
    ]);
    const pool = operationSecurity(restRoot, { security: [{ Pool: ['pets/read'] }] }, 'REST');
    assert.deepEqual([pool.authorizer?.kind, pool.scopes], ['cognito', ['pets/read']]);
    assert.equal(operationSecurity(restRoot, { security: [{ sigv4: [] }] }, 'REST').authorizer?.kind, 'iam');
    assert.deepEqual(operationSecurity(restRoot, { security: [{ Nope: [] }] }, 'REST').unknownSchemes, ['Nope']);
    assert.equal(apiKeySource(restRoot), 'HEADER');
    assert.equal(
      cognitoIssuer('arn:aws:cognito-idp:eu-west-1:123456789012:userpool/eu-west-1_AbC'),
      'https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_AbC',
    );
  });
  test('HTTP: JWT with scopes, Lambda 2.0 simple responses, root security as default; no API keys', () => {
    const root = {
      openapi: '3.0.1',
      security: [{ Jwt: ['orders/read'] }],
      components: {
        securitySchemes: {
          Jwt: {
            type: 'oauth2',
            'x-amazon-apigateway-authorizer': {
              type: 'jwt',
              identitySource: '$request.header.Authorization',
              jwtConfiguration: { issuer: 'https://issuer', audience: ['app'] },
            },
          },
          Lam: {
            type: 'apiKey',
            name: 'Authorization',
            in: 'header',
            'x-amazon-apigateway-authorizer': {
              type: 'request',
              authorizerUri: 'u',
              authorizerPayloadFormatVersion: '2.0',
              enableSimpleResponses: true,
              identitySource: ['$request.header.Authorization'],
              authorizerResultTtlInSeconds: 30,
            },
          },
          api_key: { type: 'apiKey', name: 'x-api-key', in: 'header' },
        },
      },
    };
    assert.deepEqual(operationSecurity(root, {}, 'HTTP'), {
      apiKeyRequired: false,
      scopes: ['orders/read'],
      unknownSchemes: [],
      authorizer: {
        kind: 'jwt',
        name: 'Jwt',
        issuer: 'https://issuer',
        audiences: ['app'],
        identitySource: '$request.header.Authorization',
      },
    });
    const lam = operationSecurity(root, { security: [{ Lam: [] }, { api_key: [] }] }, 'HTTP');
    assert.deepEqual(lam.authorizer, {
      kind: 'lambda',
      name: 'Lam',
      type: 'REQUEST',
      functionUri: 'u',
      identitySources: ['$request.header.Authorization'],
      ttlSeconds: 30,
      payloadFormatVersion: '2.0',
      simpleResponses: true,
    });
    assert.equal(lam.apiKeyRequired, false);
  });
});
