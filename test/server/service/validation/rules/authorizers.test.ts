/**
 * The authorizers rule as the user sees it: what each authorizer type needs, identity sources in the form each API
 * type reads (apigateway-facts.md §1.4, "identitySource formats") and the quick fixes that rewrite them.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { authorizersRule } from '../../../../../server/src/service/validation/rules/authorizers';
import { diagnose } from './ruleDiagnostics';

const uri =
  'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:auth/invocations';

/** An OpenAPI 3 definition whose security schemes are the given YAML (indented under securitySchemes). */
const withSchemes = (schemes: string) =>
  `openapi: 3.0.1\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  securitySchemes:\n${schemes}`;

/** A scheme holding a Lambda authorizer of `type` with the given identity source. */
const lambdaScheme = (name: string, type: string, identitySource: string, extra = '') =>
  `    ${name}:\n      type: apiKey\n      name: Unused\n      in: header\n      x-amazon-apigateway-authorizer:\n` +
  `        type: ${type}\n        authorizerUri: ${uri}\n        identitySource: '${identitySource}'\n${extra}`;

const httpLambda = (name: string, identitySource: string) =>
  lambdaScheme(name, 'request', identitySource, "        authorizerPayloadFormatVersion: '2.0'\n");

const jwtScheme = (name: string, identitySource: string) =>
  `    ${name}:\n      type: oauth2\n      flows: {}\n      x-amazon-apigateway-authorizer:\n        type: jwt\n` +
  `        identitySource: '${identitySource}'\n` +
  '        jwtConfiguration: {issuer: "https://example.com", audience: [a]}\n';

const rest = (text: string) => diagnose(text, authorizersRule, { apiType: 'REST' });
const http = (text: string) => diagnose(text, authorizersRule, { apiType: 'HTTP' });

const restExpected =
  'method.request.header.<Name>, method.request.querystring.<name>, stageVariables.<name> or context.<name>';
const httpExpected = '$request.header.<Name>, $request.querystring.<name>, $context.<name> or $stageVariables.<name>';

describe('authorizers: REST identity sources', () => {
  test('headers, query strings, stage variables and context variables with names of several characters', () => {
    const source =
      'method.request.header.Authorization, method.request.querystring.token, stageVariables.stage_name, context.identity.sourceIp';
    assert.deepEqual(rest(withSchemes(lambdaScheme('a', 'request', source))), []);
  });

  test('a source that does not start or end the way REST reads it, with a fix where one is known', () => {
    const text = withSchemes(
      lambdaScheme('a', 'request', 'xcontext.requestId') +
        lambdaScheme('b', 'request', 'context.request-id') +
        lambdaScheme('c', 'request', 'stageVariables.a$b') +
        lambdaScheme('d', 'request', 'foo$request.header.A') +
        lambdaScheme('e', 'request', 'method.request.header.A, $context.requestId') +
        lambdaScheme('f', 'request', '$request.querystring.q') +
        lambdaScheme('g', 'request', 'stageVariables.stage-name'),
    );
    assert.deepEqual(rest(text), [
      `authorizer-identity-source error 13:25-13:45 "'xcontext.requestId'" "xcontext.requestId" is not an identity source REST APIs read: use ${restExpected}.`,
      `authorizer-identity-source error 21:25-21:45 "'context.request-id'" "context.request-id" is not an identity source REST APIs read: use ${restExpected}.`,
      `authorizer-identity-source error 29:25-29:45 "'stageVariables.a$b'" "stageVariables.a$b" is not an identity source REST APIs read: use ${restExpected}.`,
      `authorizer-identity-source error 37:25-37:47 "'foo$request.header.A'" "foo$request.header.A" is not an identity source REST APIs read: use ${restExpected}.`,
      `authorizer-identity-source error 45:25-45:70 "'method.request.header.A, $context.requestId'" "$context.requestId" is not an identity source REST APIs read: use ${restExpected}.`,
      '  fix {"replaceWith":["method.request.header.A, context.requestId"]}',
      `authorizer-identity-source error 53:25-53:49 "'$request.querystring.q'" "$request.querystring.q" is not an identity source REST APIs read: use ${restExpected}.`,
      '  fix {"replaceWith":["method.request.querystring.q"]}',
      `authorizer-identity-source error 61:25-61:52 "'stageVariables.stage-name'" "stageVariables.stage-name" is not an identity source REST APIs read: use ${restExpected}.`,
    ]);
  });

  test('a token authorizer reads exactly one header', () => {
    const text = withSchemes(
      lambdaScheme('one', 'token', 'method.request.header.Authorization') +
        lambdaScheme('two', 'token', 'method.request.header.A, method.request.header.B') +
        lambdaScheme('query', 'token', 'method.request.querystring.token') +
        lambdaScheme('requestTwo', 'request', 'method.request.header.A, method.request.querystring.b'),
    );
    assert.deepEqual(rest(text), [
      `authorizer-identity-source error 21:25-21:75 "'method.request.header.A, method.request.header.B'" A token authorizer reads exactly one header: method.request.header.<Name>.`,
      `authorizer-identity-source error 29:25-29:59 "'method.request.querystring.token'" A token authorizer reads exactly one header: method.request.header.<Name>.`,
    ]);
  });

  test('an identity source that is empty, a placeholder or not text is left alone, and the next scheme is still checked', () => {
    const text = withSchemes(
      lambdaScheme('blank', 'request', '   ') +
        lambdaScheme('sub', 'request', '${HeaderExpression}') +
        '    list:\n      type: apiKey\n      name: Unused\n      in: header\n      x-amazon-apigateway-authorizer:\n' +
        `        type: request\n        authorizerUri: ${uri}\n        identitySource: [method.request.header.A]\n` +
        lambdaScheme('after', 'request', 'header.A'),
    );
    const errors: string[] = [];
    assert.deepEqual(diagnose(text, authorizersRule, { apiType: 'REST', errors }), [
      `authorizer-identity-source error 37:25-37:35 "'header.A'" "header.A" is not an identity source REST APIs read: use ${restExpected}.`,
    ]);
    assert.deepEqual(errors, []);
  });
});

describe('authorizers: HTTP identity sources', () => {
  test('a Lambda authorizer reads headers, query strings, context and stage variables, several at once', () => {
    const source =
      '$request.header.Authorization, $request.querystring.token, $context.routeKey, $stageVariables.stage';
    assert.deepEqual(http(withSchemes(httpLambda('a', source))), []);
  });

  test('a source in another form, with the fix that writes it the HTTP way', () => {
    const text = withSchemes(
      httpLambda('a', 'x$context.requestId') +
        httpLambda('b', '$context.request-id') +
        httpLambda('c', '$stageVariables.stage-name') +
        httpLambda('d', 'method.request.header.Authorization') +
        httpLambda('e', '$request.header.A, context.requestId') +
        httpLambda('f', 'stageVariables.stage') +
        httpLambda('g', 'xmethod.request.header.A'),
    );
    assert.deepEqual(http(text), [
      `authorizer-identity-source error 13:25-13:46 "'x$context.requestId'" "x$context.requestId" is not an identity source HTTP APIs read: use ${httpExpected}.`,
      `authorizer-identity-source error 22:25-22:46 "'$context.request-id'" "$context.request-id" is not an identity source HTTP APIs read: use ${httpExpected}.`,
      `authorizer-identity-source error 31:25-31:53 "'$stageVariables.stage-name'" "$stageVariables.stage-name" is not an identity source HTTP APIs read: use ${httpExpected}.`,
      `authorizer-identity-source error 40:25-40:62 "'method.request.header.Authorization'" "method.request.header.Authorization" is not an identity source HTTP APIs read: use ${httpExpected}.`,
      '  fix {"replaceWith":["$request.header.Authorization"]}',
      `authorizer-identity-source error 49:25-49:63 "'$request.header.A, context.requestId'" "context.requestId" is not an identity source HTTP APIs read: use ${httpExpected}.`,
      '  fix {"replaceWith":["$request.header.A, $context.requestId"]}',
      `authorizer-identity-source error 58:25-58:47 "'stageVariables.stage'" "stageVariables.stage" is not an identity source HTTP APIs read: use ${httpExpected}.`,
      '  fix {"replaceWith":["$stageVariables.stage"]}',
      `authorizer-identity-source error 67:25-67:51 "'xmethod.request.header.A'" "xmethod.request.header.A" is not an identity source HTTP APIs read: use ${httpExpected}.`,
    ]);
  });

  test('a JWT authorizer reads one header or query string, nothing else', () => {
    const jwtExpected = 'one $request.header.<Name> or $request.querystring.<name>';
    const text = withSchemes(
      jwtScheme('good', '$request.header.Authorization') +
        jwtScheme('context', '$context.requestId') +
        jwtScheme('space', '$request.header.A B') +
        jwtScheme('prefix', 'x$request.header.A') +
        jwtScheme('two', '$request.header.A, $request.querystring.b') +
        httpLambda('lambda', '$context.requestId'),
    );
    assert.deepEqual(http(text), [
      `authorizer-identity-source error 18:25-18:45 "'$context.requestId'" "$context.requestId" is not an identity source HTTP APIs read: use ${jwtExpected}.`,
      `authorizer-identity-source error 25:25-25:46 "'$request.header.A B'" "$request.header.A B" is not an identity source HTTP APIs read: use ${jwtExpected}.`,
      `authorizer-identity-source error 32:25-32:45 "'x$request.header.A'" "x$request.header.A" is not an identity source HTTP APIs read: use ${jwtExpected}.`,
      `authorizer-identity-source error 39:25-39:68 "'$request.header.A, $request.querystring.b'" A JWT authorizer takes exactly one identity source.`,
    ]);
  });
});

describe('authorizers: what each type needs', () => {
  test('REST: request and token authorizers need their Lambda URI, Cognito ones their user pools', () => {
    const text = withSchemes(
      '    req:\n      type: apiKey\n      name: Unused\n      in: header\n      x-amazon-apigateway-authorizer:\n        type: request\n' +
        '    pool:\n      type: apiKey\n      name: Authorization\n      in: header\n      x-amazon-apigateway-authorizer:\n        type: COGNITO_USER_POOLS\n',
    );
    assert.deepEqual(rest(text), [
      `authorizer-shape error 10:7-10:37 "x-amazon-apigateway-authorizer" Authorizer 'req' (request) needs 'authorizerUri': the invocation URI of its Lambda function.`,
      '  fix {"addField":{"name":"authorizerUri","value":"","objectOffset":197}}',
      `authorizer-shape error 16:7-16:37 "x-amazon-apigateway-authorizer" Authorizer 'pool' (cognito_user_pools) needs 'providerARNs': the ARNs of the Cognito user pools.`,
      '  fix {"addField":{"name":"providerARNs","value":"","objectOffset":329}}',
    ]);
  });

  test('JWT: the configuration can come from an OpenID Connect scheme with its URL, and only from that', () => {
    const jwt = (name: string, scheme: string) =>
      `    ${name}:\n${scheme}      x-amazon-apigateway-authorizer:\n        type: jwt\n        identitySource: $request.header.Authorization\n`;
    const text = withSchemes(
      jwt(
        'oidc',
        '      type: openIdConnect\n      openIdConnectUrl: https://example.com/.well-known/openid-configuration\n',
      ) +
        jwt(
          'oauth',
          '      type: oauth2\n      openIdConnectUrl: https://example.com/.well-known/openid-configuration\n',
        ) +
        jwt('noUrl', '      type: openIdConnect\n'),
    );
    assert.deepEqual(http(text), [
      `authorizer-shape error 15:7-15:37 "x-amazon-apigateway-authorizer" Authorizer 'oauth' (jwt) needs 'jwtConfiguration': the issuer and audiences of the tokens.`,
      `  fix {"addField":{"name":"jwtConfiguration","value":"","objectOffset":${text.indexOf('type: jwt', text.indexOf('oauth:'))}}}`,
      `authorizer-shape error 20:7-20:37 "x-amazon-apigateway-authorizer" Authorizer 'noUrl' (jwt) needs 'jwtConfiguration': the issuer and audiences of the tokens.`,
      `  fix {"addField":{"name":"jwtConfiguration","value":"","objectOffset":${text.indexOf('type: jwt', text.indexOf('noUrl:'))}}}`,
    ]);
  });

  test('an authorizer without a text type is skipped, and the schemes after it are still checked', () => {
    const text = withSchemes(
      '    numeric:\n      type: apiKey\n      name: Unused\n      in: header\n      x-amazon-apigateway-authorizer:\n        type: 42\n' +
        "        identitySource: 'header.A'\n" +
        '    untyped:\n      type: apiKey\n      name: Unused\n      in: header\n      x-amazon-apigateway-authorizer:\n' +
        "        identitySource: 'header.A'\n" +
        lambdaScheme('after', 'request', 'header.B'),
    );
    const errors: string[] = [];
    assert.deepEqual(diagnose(text, authorizersRule, { apiType: 'REST', errors }), [
      `authorizer-identity-source error 26:25-26:35 "'header.B'" "header.B" is not an identity source REST APIs read: use ${restExpected}.`,
    ]);
    assert.deepEqual(errors, []);
  });

  test('a Lambda URI written as a folded block (ending in a line break) is read without its surrounding space', () => {
    const text = withSchemes(
      '    a:\n      type: apiKey\n      name: Unused\n      in: header\n      x-amazon-apigateway-authorizer:\n' +
        `        type: request\n        authorizerUri: >\n          ${uri}\n        identitySource: method.request.header.A\n` +
        '    b:\n      type: apiKey\n      name: Unused\n      in: header\n      x-amazon-apigateway-authorizer:\n' +
        `        type: request\n        authorizerUri: >\n          arn:aws:lambda:us-east-1:123456789012:function:auth\n`,
    );
    assert.deepEqual(rest(text), [
      `authorizer-uri error 21:24-23:1 ">\\n          arn:aws:lambda:us-east-1:123456789012:function:auth\\n" An authorizer URI is the function's invocation URI: 'arn:aws:apigateway:{region}:lambda:path/2015-03-31/functions/{functionArn}/invocations'.`,
    ]);
  });
});

describe("authorizers: a token authorizer's scheme location", () => {
  test("REST token authorizers need 'in: header'; request authorizers and HTTP APIs do not", () => {
    const scheme = (name: string, type: string) =>
      `    ${name}:\n      type: apiKey\n      name: token\n      in: query\n      x-amazon-apigateway-authorizer:\n` +
      `        type: ${type}\n        authorizerUri: ${uri}\n`;
    const text = withSchemes(scheme('tok', 'token') + scheme('req', 'request'));
    assert.deepEqual(rest(text), [
      `authorizer-shape error 9:11-9:16 "query" A token authorizer reads the token from a header: 'in' must be "header".`,
      '  fix {"replaceWith":["header"]}',
    ]);
    const httpText = withSchemes(
      scheme('tok', 'token') + scheme('req', 'request') + "        authorizerPayloadFormatVersion: '2.0'\n",
    );
    assert.deepEqual(http(httpText), []);
  });
});

describe('authorizers: HTTP Lambda payload format and simple responses', () => {
  test('simple responses need payload format 2.0; a missing version is reported once, on its own', () => {
    const scheme = (name: string, extra: string) =>
      `    ${name}:\n      type: apiKey\n      name: Unused\n      in: header\n      x-amazon-apigateway-authorizer:\n` +
      `        type: request\n        authorizerUri: ${uri}\n${extra}`;
    const text = withSchemes(
      scheme('v1simple', "        authorizerPayloadFormatVersion: '1.0'\n        enableSimpleResponses: true\n") +
        scheme('v2simple', "        authorizerPayloadFormatVersion: '2.0'\n        enableSimpleResponses: true\n") +
        scheme('v1off', "        authorizerPayloadFormatVersion: '1.0'\n        enableSimpleResponses: false\n") +
        scheme('v1empty', "        authorizerPayloadFormatVersion: '1.0'\n        enableSimpleResponses:\n") +
        scheme('v1', "        authorizerPayloadFormatVersion: '1.0'\n") +
        scheme('none', '        enableSimpleResponses: true\n'),
    );
    assert.deepEqual(http(text), [
      `authorizer-shape error 14:9-14:30 "enableSimpleResponses" 'enableSimpleResponses' works only with authorizerPayloadFormatVersion "2.0".`,
      `authorizer-shape error 54:7-54:37 "x-amazon-apigateway-authorizer" HTTP API Lambda authorizer 'none' needs 'authorizerPayloadFormatVersion' ("1.0" or "2.0").`,
      `  fix {"addField":{"name":"authorizerPayloadFormatVersion","value":"'2.0'","objectOffset":${text.indexOf('type: request', text.indexOf('none:'))}}}`,
    ]);
  });

  test('a flag without a value (a JSON syntax error) is skipped, the next scheme still checked', () => {
    const scheme = (name: string, flag: string) =>
      `"${name}": {"type": "apiKey", "name": "Unused", "in": "header", "x-amazon-apigateway-authorizer": {"type": "request",\n` +
      `  "authorizerUri": "${uri}", "authorizerPayloadFormatVersion": "1.0", "enableSimpleResponses": ${flag}}}`;
    const text =
      '{"openapi": "3.0.1", "info": {"title": "t", "version": "1"}, "paths": {}, "components": {"securitySchemes": {\n' +
      `${scheme('broken', '')},\n${scheme('after', 'true')}}}}\n`;
    const errors: string[] = [];
    assert.deepEqual(diagnose(text, authorizersRule, { apiType: 'HTTP', json: true, errors }), [
      `authorizer-shape error 5:190-5:213 "\\"enableSimpleResponses\\"" 'enableSimpleResponses' works only with authorizerPayloadFormatVersion "2.0".`,
    ]);
    assert.deepEqual(errors, []);
  });
});
