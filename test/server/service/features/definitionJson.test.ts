import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { getLanguageService } from '../../../../server/src/service/languageService';

const service = getLanguageService({ host: {} });
const definitionJson = (text: string, languageId = 'yaml') =>
  service.definitionJson(service.parseDocument(`file:///d.${languageId}`, languageId, 1, text));

describe('definitionJson: the standalone definition an import sends', () => {
  const spec = `openapi: 3.0.1
info: {title: Pets, version: '1'}
paths:
  /pets/{id}:
    get:
      x-amazon-apigateway-integration:
        uri: !Sub 'arn:aws:apigateway:\${AWS::Region}:lambda:path/2015-03-31/functions/\${Fn.Arn}/invocations'
        credentials: {'Fn::GetAtt': [Role, Arn]}
        type: aws_proxy
      parameters:
        - $ref: 'common.yaml#/Id'
        - $ref: '#/components/parameters/X'
        - $ref: 'common.yaml#/Id'
      responses:
        '200': {$ref: 'common.yaml#/Ok'}
        x~y: {description: tilde}
`;

  test('intrinsics with the JSON Pointer of where they stand (/ and ~ escaped); external $refs once each', () => {
    const result = definitionJson(spec)!;
    assert.deepEqual(result.intrinsics, [
      { name: 'Fn::Sub', path: '/paths/~1pets~1{id}/get/x-amazon-apigateway-integration/uri' },
      { name: 'Fn::GetAtt', path: '/paths/~1pets~1{id}/get/x-amazon-apigateway-integration/credentials' },
    ]);
    assert.deepEqual(result.externalRefs, ['common.yaml#/Id', 'common.yaml#/Ok']);
  });

  test('the JSON keeps every value (short-form tags dropped); the long form writes the intrinsics out', () => {
    const result = definitionJson(spec)!;
    const json = JSON.parse(result.json);
    const integration = json.paths['/pets/{id}'].get['x-amazon-apigateway-integration'];
    assert.equal(
      integration.uri,
      'arn:aws:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${Fn.Arn}/invocations',
    );
    assert.deepEqual(json.paths['/pets/{id}'].get.responses['x~y'], { description: 'tilde' });
    const long = JSON.parse(result.longFormJson!);
    assert.deepEqual(long.paths['/pets/{id}'].get['x-amazon-apigateway-integration'], {
      uri: { 'Fn::Sub': integration.uri },
      credentials: { 'Fn::GetAtt': ['Role', 'Arn'] },
      type: 'aws_proxy',
    });
  });

  test('an intrinsic inside a list is found by its index; nothing inside an intrinsic is listed again', () => {
    const result = definitionJson(`openapi: 3.0.1\npaths: {}\nx-list:\n  - plain\n  - !Join ['', [!Ref A, b]]\n`)!;
    assert.deepEqual(result.intrinsics, [{ name: 'Fn::Join', path: '/x-list/1' }]);
  });

  test('without intrinsics there is no long form', () => {
    const result = definitionJson('{"openapi": "3.0.1", "paths": {"/a": {"$ref": "a.json"}}}', 'json')!;
    assert.deepEqual(result, {
      json: '{"openapi":"3.0.1","paths":{"/a":{"$ref":"a.json"}}}',
      intrinsics: [],
      externalRefs: ['a.json'],
    });
  });

  test('at most 50 intrinsics and 50 external $refs are listed', () => {
    const refs = (make: (i: number) => string) =>
      `openapi: 3.0.1\npaths: {}\nx-many:\n${Array.from({ length: 60 }, (_, i) => `  p${i}: ${make(i)}`).join('\n')}\n`;
    const intrinsics = definitionJson(refs((i) => `!Ref R${i}`))!.intrinsics;
    assert.equal(intrinsics.length, 50);
    assert.deepEqual(intrinsics[49], { name: 'Ref', path: '/x-many/p49' });
    const external = definitionJson(refs((i) => `{$ref: 'f${i}.yaml'}`))!.externalRefs;
    assert.equal(external.length, 50);
    assert.equal(external[49], 'f49.yaml');
  });

  test('null for a template and for a document that is no definition', () => {
    assert.equal(
      definitionJson(
        'Resources:\n  Api:\n    Type: AWS::Serverless::Api\n    Properties:\n      DefinitionBody:\n        openapi: 3.0.1\n        paths: {}\n',
      ),
      null,
    );
    assert.equal(definitionJson('name: x\n'), null);
  });
});
