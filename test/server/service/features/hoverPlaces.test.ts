// Hover by place: keys and values of extensions, template settings, map keys, intrinsics around a URI, JSON;
// what it covers (the key or the value) and where it says nothing.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { getLanguageService } from '../../../../server/src/service/languageService';
import { atCursor } from './helpers';

const service = getLanguageService({ host: {} });

function hoverAt(text: string, languageId = 'yaml'): { value: string; covers: string } | null {
  const at = atCursor(text, languageId);
  const h = service.hover(at.doc, at.position);
  if (!h) return null;
  assert.equal((h.contents as { kind: string }).kind, 'markdown');
  return { value: (h.contents as { value: string }).value, covers: at.doc.text.getText(h.range) };
}

const sam = (inApi: string) => `Resources:\n  Api:\n    Type: AWS::Serverless::Api\n    Properties:\n${inApi}`;
const body = (integration: string) =>
  sam(
    `      DefinitionBody:\n        openapi: 3.0.1\n        paths:\n          /a:\n            get:\n              x-amazon-apigateway-integration:\n${integration}`,
  );

describe('hover by place', () => {
  test('a Fn::Sub value stands for the key that holds it', () => {
    const h = hoverAt(body('                uri:\n                  Fn::Sub: https://exa|mple.com/${Stage}\n'))!;
    assert.equal(h.covers, 'https://example.com/${Stage}');
    assert.match(h.value, /^\*\*HTTP endpoint\*\*\n\n- HTTPS to host `example\.com`\.\n- Written with `Fn::Sub`/);
    const list = hoverAt(
      body(
        '                uri:\n                  Fn::Sub:\n                    - https://exa|mple.com/\n                    - {}\n',
      ),
    )!;
    assert.match(list.value, /^\*\*HTTP endpoint\*\*[\s\S]*Written with `Fn::Sub`/);
  });

  test('the key holding an intrinsic: the field', () => {
    const h = hoverAt(body('                u|ri:\n                  Fn::Sub: https://example.com/\n'))!;
    assert.equal(h.covers, 'uri');
    assert.match(h.value, /^\*\*uri\*\*\n\nThe backend/);
  });

  test('a plain URI value is not written with Fn::Sub', () => {
    const h = hoverAt(body('                uri: https://exa|mple.com/\n'))!;
    assert.doesNotMatch(h.value, /Fn::Sub/);
  });

  test('template settings: a key, an enum value in a list item', () => {
    const auth = hoverAt(sam('      Aut|h: {}\n'))!;
    assert.equal(auth.covers, 'Auth');
    assert.match(
      auth.value,
      /^\*\*Auth\*\*\n\nAuthorizers, the default authorizer, API keys and a usage plan for this API\.\n\n- Type: object\n\n\[AWS documentation\]\(https:\/\/docs\.aws\.amazon\.com\/serverless-application-model\//,
    );
    const level = hoverAt(sam('      MethodSettings:\n        - LoggingLevel: ER|ROR\n'))!;
    assert.equal(level.covers, 'ERROR');
    assert.match(
      level.value,
      /^\*\*ERROR\*\* \(LoggingLevel\)\n\nExecution logs for errors only\.\n\nOther values: `OFF`, `INFO`\n\n\[AWS documentation\]\(https:\/\/docs\.aws\.amazon\.com\/serverless-application-model\//,
    );
  });

  test('JSON: an enum value, quotes included in the range', () => {
    const h = hoverAt(
      '{"openapi": "3.0.1", "paths": {"/a": {"get": {"x-amazon-apigateway-integration": {"type": "MO|CK"}}}}}',
      'json',
    )!;
    assert.equal(h.covers, '"MOCK"');
    assert.match(h.value, /^\*\*MOCK\*\* \(type\)\n\nAnswers from API Gateway itself/);
  });

  test('a value that is no enum value: the field it is the value of; of an extension: the extension', () => {
    const field = hoverAt(
      'openapi: 3.0.1\npaths:\n  /a:\n    get:\n      x-amazon-apigateway-integration:\n        timeoutInMillis: 10|00\n',
    )!;
    assert.equal(field.covers, '1000');
    assert.match(field.value, /^\*\*timeoutInMillis\*\*\n\nHow long API Gateway waits/);
    const ext = hoverAt('openapi: 3.0.1\nx-amazon-apigateway-api-key-source: SOMETH|ING\npaths: {}\n')!;
    assert.match(ext.value, /^\*\*x-amazon-apigateway-api-key-source\*\*\n\nWhere API keys/);
  });

  test('keys of a map: a known gateway response type, an unknown one, a selection pattern', () => {
    const known = hoverAt('openapi: 3.0.1\nx-amazon-apigateway-gateway-responses:\n  UNAUTH|ORIZED: {}\npaths: {}\n')!;
    assert.match(
      known.value,
      /^\*\*UNAUTHORIZED\*\* \(x-amazon-apigateway-gateway-responses\)\n\n.+\n\n\[AWS documentation\]\(https:\/\/docs\.aws\.amazon\.com\/apigateway\/latest\/developerguide\/api-gateway-swagger-extensions-gateway-responses\.html\)$/,
    );
    const unknown = hoverAt('openapi: 3.0.1\nx-amazon-apigateway-gateway-responses:\n  NOT_A_TY|PE: {}\npaths: {}\n')!;
    assert.match(unknown.value, /^\*\*NOT_A_TYPE\*\*\n\nA customised gateway response\./);
    const pattern = hoverAt(
      'openapi: 3.0.1\npaths:\n  /a:\n    get:\n      x-amazon-apigateway-integration:\n        responses:\n          defa|ult: {}\n',
    )!;
    assert.match(pattern.value, /^\*\*default\*\*\n\nHow a backend response/);
  });

  test('nothing on lists, objects, list items of an extension, unknown keys of a template', () => {
    assert.equal(
      hoverAt('openapi: 3.0.1\npaths:\n  /a:\n    get:\n      x-amazon-apigateway-integration:\n        uri: [a|b]\n'),
      null,
    );
    assert.equal(hoverAt('openapi: 3.0.1\nx-amazon-apigateway-binary-media-types:\n  - image/p|ng\npaths: {}\n'), null);
    assert.equal(hoverAt(sam('      Unknown|Key: 1\n')), null);
    assert.equal(hoverAt('Resources:\n  Api:\n    Ty|pe: AWS::Serverless::Api\n'), null);
    assert.equal(hoverAt('openapi: 3.0.1\n|\n'), null);
  });
});
