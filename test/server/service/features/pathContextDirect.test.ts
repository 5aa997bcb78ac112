// pathContext, placeOf and walkSchema called directly: what a path means in a definition and in a template (the
// definition, API type, resource, place, extension and schema), including the paths that mean nothing.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { pathContext, placeOf, walkSchema } from '../../../../server/src/service/features/pathContext';
import type { Schema } from '../../../../server/src/service/catalogue/types';
import { documentOf } from './helpers';

const template = documentOf(`Transform: AWS::Serverless-2016-10-31
Resources:
  First:
    Type: AWS::Serverless::Api
    Properties:
      StageName: prod
      DefinitionBody:
        openapi: 3.0.1
        paths: {}
  Second:
    Type: AWS::Serverless::HttpApi
    Properties:
      DefinitionBody:
        openapi: 3.0.1
        paths: {}
  Rest:
    Type: AWS::ApiGateway::RestApi
    Properties:
      Body: not a definition
  Bucket:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: b
Outputs:
  First:
    Properties:
      DefinitionBody: {}
`);

describe('pathContext in a template', () => {
  test('outside a resource property: REST and nothing else', () => {
    for (const path of [
      [],
      ['Outputs', 'First', 'Properties', 'DefinitionBody', 'paths'],
      ['Resources', 0, 'Properties'],
      ['Resources', 'First', 'Type'],
      ['Resources', 'Missing', 'Properties', 'DefinitionBody'],
    ])
      assert.deepEqual(pathContext(template, path), { apiType: 'REST' }, JSON.stringify(path));
  });

  test("inside a definition body: that resource's definition, the path from the body", () => {
    const first = pathContext(template, ['Resources', 'First', 'Properties', 'DefinitionBody', 'paths']);
    assert.equal(first.def?.resource?.logicalId, 'First');
    assert.deepEqual(first.defPath, ['paths']);
    assert.equal(first.apiType, 'REST');
    const second = pathContext(template, ['Resources', 'Second', 'Properties', 'DefinitionBody', 'paths']);
    assert.equal(second.def?.resource?.logicalId, 'Second');
    assert.equal(second.apiType, 'HTTP');
  });

  test('a body that is no definition, a resource type the catalogue does not know: the resource alone', () => {
    const rest = pathContext(template, ['Resources', 'Rest', 'Properties', 'Body']);
    assert.deepEqual(Object.keys(rest).sort(), ['apiType', 'resource']);
    assert.equal(rest.apiType, 'REST');
    assert.equal(rest.resource?.logicalId, 'Rest');
    const bucket = pathContext(template, ['Resources', 'Bucket', 'Properties', 'BucketName']);
    assert.deepEqual(Object.keys(bucket).sort(), ['apiType', 'resource']);
    assert.equal(bucket.resource?.logicalId, 'Bucket');
    assert.equal(bucket.apiType, 'REST');
  });

  test('a document with no definition and no template', () => {
    assert.deepEqual(pathContext(documentOf('just: text\n'), ['just']), { apiType: 'REST' });
  });
});

describe('pathContext in a definition', () => {
  const spec = documentOf('openapi: 3.0.1\npaths: {}\n');

  test('an extension the catalogue does not know: no extension, no path inside it, no schema', () => {
    const ctx = pathContext(spec, ['paths', '/a', 'get', 'x-amazon-apigateway-unknown', 'a']);
    assert.equal(ctx.extension, undefined);
    assert.equal(ctx.extensionPath, undefined);
    assert.equal(ctx.schema, undefined);
  });

  test('the first extension key holds the path; any-method is an operation only as a path item key', () => {
    const atPathItem = pathContext(spec, [
      'paths',
      '/a',
      'x-amazon-apigateway-any-method',
      'x-amazon-apigateway-integration',
      'type',
    ]);
    assert.equal(atPathItem.extension?.name, 'x-amazon-apigateway-integration');
    assert.deepEqual(atPathItem.extensionPath, ['type']);
    const elsewhere = pathContext(spec, ['components', 'x', 'x-amazon-apigateway-any-method', 'a']);
    assert.equal(elsewhere.extension?.name, 'x-amazon-apigateway-any-method');
    assert.deepEqual(elsewhere.extensionPath, ['a']);
    const notFirst = pathContext(spec, ['x-a', 'b', 'x-amazon-apigateway-any-method']);
    assert.equal(notFirst.extension?.name, 'x-amazon-apigateway-any-method');
    // Directly under paths (no path item), any-method is an extension key like any other.
    assert.equal(
      pathContext(spec, ['paths', 'x-amazon-apigateway-any-method', 'a']).extension?.name,
      'x-amazon-apigateway-any-method',
    );
    // At the path item level, another extension is the holder.
    const integration = pathContext(spec, ['paths', '/a', 'x-amazon-apigateway-integration', 'type']);
    assert.equal(integration.extension?.name, 'x-amazon-apigateway-integration');
    assert.equal(integration.schema?.kind, 'string');
  });
});

describe('placeOf', () => {
  test('each place, and the paths one step off', () => {
    assert.equal(placeOf([]), 'root');
    assert.equal(placeOf(['components']), 'components');
    assert.equal(placeOf(['paths']), undefined);
    assert.equal(placeOf(['paths', '/a']), 'pathItem');
    assert.equal(placeOf(['servers', 0]), 'server');
    assert.equal(placeOf(['servers', 'x']), undefined);
    assert.equal(placeOf(['tags', 1]), 'tag');
    assert.equal(placeOf(['tags', 'x']), undefined);
    assert.equal(placeOf(['securityDefinitions', 'k']), 'securityScheme');
    assert.equal(placeOf(['x', 'y']), undefined);
    assert.equal(placeOf(['paths', '/a', 'get']), 'operation');
    assert.equal(placeOf(['paths', '/a', 'x-amazon-apigateway-any-method']), 'operation');
    assert.equal(placeOf(['paths', '/a', 'parameters']), undefined);
    assert.equal(placeOf(['webhooks', '/a', 'get']), undefined);
    assert.equal(placeOf(['components', 'securitySchemes', 'k']), 'securityScheme');
    assert.equal(placeOf(['components', 'schemas', 'k']), undefined);
    assert.equal(placeOf(['other', 'securitySchemes', 'k']), undefined);
    assert.equal(placeOf(['paths', '/a', 'get', 'responses']), undefined);
    assert.equal(placeOf(['components', 'securitySchemes', 'k', 'x']), undefined);
  });
});

describe('walkSchema', () => {
  const object: Schema = { kind: 'object', fields: { a: { kind: 'string' } } };
  const bare: Schema = { kind: 'object' };
  const array: Schema = { kind: 'array', items: { kind: 'number' } };
  const map: Schema = { kind: 'map', values: { kind: 'boolean' } };

  test('fields by name, items by index, map values by any key', () => {
    assert.equal(walkSchema(object, ['a'], 'REST')?.kind, 'string');
    assert.equal(walkSchema(array, [3], 'REST')?.kind, 'number');
    assert.equal(walkSchema(map, ['any'], 'REST')?.kind, 'boolean');
    assert.equal(walkSchema(object, [], 'REST')?.kind, 'object');
  });

  test('a step the schema does not describe: nothing', () => {
    assert.equal(walkSchema(bare, ['a'], 'REST'), undefined);
    assert.equal(walkSchema(array, ['a'], 'REST'), undefined);
    assert.equal(walkSchema({ kind: 'object', fields: { 0: { kind: 'string' } } }, [0], 'REST'), undefined);
    assert.equal(walkSchema({ kind: 'string' }, ['a'], 'REST'), undefined);
    assert.equal(walkSchema(object, ['b', 'c'], 'REST'), undefined);
    assert.equal(walkSchema(undefined, [], 'REST'), undefined);
  });
});
