// The API type a standalone OpenAPI 3 definition is inferred to have, from its authorizers' types: JWT authorizers
// exist only in HTTP APIs, TOKEN and COGNITO_USER_POOLS only in REST APIs. A JWT-only definition was inferred REST
// and got a false error on `type: jwt`.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parse } from '../../../../server/src/service/parser/parse';
import { inferApiType } from '../../../../server/src/service/document/model';
import { getLanguageService } from '../../../../server/src/service/languageService';
import type { ObjectNode } from '../../../../server/src/service/parser/ast';

const withAuthorizers = (...authorizers: string[]) =>
  `openapi: 3.0.1\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  securitySchemes:\n` +
  authorizers
    .map(
      (a, i) =>
        `    s${i}:\n      type: apiKey\n      name: Authorization\n      in: header\n      x-amazon-apigateway-authorizer: ${a}\n`,
    )
    .join('');
const infer = (text: string) => inferApiType(parse(text, 'yaml').root as ObjectNode, 'openapi3');

test('each authorizer type only one API type has counts for that type, in any letter case', () => {
  assert.equal(infer(withAuthorizers('{type: jwt}')), 'HTTP');
  assert.equal(infer(withAuthorizers('{type: JWT}')), 'HTTP');
  assert.equal(infer(withAuthorizers('{type: token}')), 'REST');
  assert.equal(infer(withAuthorizers('{type: COGNITO_USER_POOLS}')), 'REST');
  assert.equal(infer(withAuthorizers('{type: request}')), undefined);
  // One against one is REST, as every tie is; two REST-only authorizers outweigh one JWT.
  assert.equal(infer(withAuthorizers('{type: jwt}', '{type: token}')), 'REST');
  assert.equal(infer(withAuthorizers('{type: jwt}', '{type: jwt}', '{type: token}')), 'HTTP');
});

test('a definition whose only HTTP sign is its JWT authorizer gets no error on it', () => {
  const service = getLanguageService({ host: {} });
  const text = withAuthorizers(
    "{type: jwt, jwtConfiguration: {issuer: 'https://cognito-idp.us-east-1.amazonaws.com/us-east-1_X', audience: [a]}, identitySource: '$request.header.Authorization'}",
  ).replace(", identitySource: '$request.header.Authorization'", '');
  const doc = service.parseDocument('file:///jwt.yaml', 'yaml', 1, text);
  assert.deepEqual(
    service
      .validate(doc)
      .filter((d) => d.severity === 1)
      .map((d) => d.message),
    [],
  );
});
