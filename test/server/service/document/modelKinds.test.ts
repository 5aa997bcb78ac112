// What decides that a text is a template, a definition or neither, beyond the plain cases of model.test.ts: a
// template needs a `Resources` object and one of its signs (the format version, a transform, or an API resource type
// the sniff saw); a definition that only mentions a resource type, or has a `Resources` key, stays a definition; and
// what is no API document at all keeps an empty parse result that every feature can read.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { buildDocument, openApiVersion } from '../../../../server/src/service/document/model';
import { parse } from '../../../../server/src/service/parser/parse';

const yaml = (text: string) => buildDocument('file:///w/a.yaml', 'yaml', 1, text);
const summary = (doc: ReturnType<typeof yaml>) => ({
  kind: doc.kind,
  template: doc.template ? [...doc.template.resources.keys()] : undefined,
  definitions: doc.definitions.map(
    (d) => `${d.resource?.logicalId ?? '-'} ${d.version} ${d.apiType} ${d.apiTypeSource}`,
  ),
});

describe('document kinds', () => {
  test('a text that is no API document has an empty parse result, not a missing one', () => {
    const doc = yaml('just: a file\n');
    assert.equal(doc.kind, 'other');
    assert.deepEqual(doc.parsed, { root: undefined, problems: [] });
  });

  test('a template whose API is not a definition holder is still a template, by its version or its transform', () => {
    // The sniff sees no API resource here, only an extension name in a comment: it would say "definition".
    const resources = [
      'Resources:',
      '  Method:',
      '    Type: AWS::ApiGateway::Method',
      '    Properties:',
      '      HttpMethod: GET',
      '      Integration: {Type: MOCK}',
      '# The integration mirrors x-amazon-apigateway-integration.',
    ].join('\n');
    for (const head of ['AWSTemplateFormatVersion: "2010-09-09"', 'Transform: AWS::Serverless-2016-10-31']) {
      assert.deepEqual(summary(yaml(`${head}\n${resources}\n`)), {
        kind: 'template',
        template: ['Method'],
        definitions: [],
      });
    }
  });

  test('a definition that mentions a resource type, or has a Resources key, is a definition', () => {
    const mentions = yaml(
      'openapi: 3.0.1\ninfo:\n  title: t\n  description: Deployed as an AWS::Serverless::Api\npaths: {}\n',
    );
    assert.deepEqual(summary(mentions), {
      kind: 'definition',
      template: undefined,
      definitions: ['- openapi3 REST default'],
    });
    const resourcesKey = yaml('openapi: 3.0.1\nResources: {a: 1}\npaths: {}\n');
    assert.deepEqual(summary(resourcesKey), {
      kind: 'definition',
      template: undefined,
      definitions: ['- openapi3 REST default'],
    });
  });

  test('a template whose Resources is not an object has no resources to read, and no crash', () => {
    for (const resources of ['[]', 'none', '']) {
      const doc = yaml(
        `AWSTemplateFormatVersion: "2010-09-09"\nDescription: an AWS::Serverless::Api\nResources: ${resources}\n`,
      );
      assert.equal(doc.template, undefined, resources);
      assert.deepEqual(doc.definitions, [], resources);
    }
  });

  test('a text with an extension but no OpenAPI version has no definition to check', () => {
    const doc = yaml('info:\n  x-amazon-apigateway-api-key-source: HEADER\npaths: {}\n');
    assert.equal(doc.kind, 'definition');
    assert.deepEqual(doc.definitions, []);
  });

  test('a body under a function tag is computed by CloudFormation: not a definition, even when it looks like one', () => {
    // The mapping is the function's argument (here a macro's input); what the API gets is the function's result, so
    // checking the argument as a definition could only give false errors.
    const doc = yaml(
      [
        'Transform: AWS::Serverless-2016-10-31',
        'Resources:',
        '  Api:',
        '    Type: AWS::Serverless::Api',
        '    Properties:',
        '      DefinitionBody: !Transform',
        '        Name: AddDefaults',
        '        openapi: 3.0.1',
        '        paths: {}',
        '  Literal:',
        '    Type: AWS::Serverless::Api',
        '    Properties:',
        '      DefinitionBody: {openapi: 3.0.1, paths: {}}',
      ].join('\n'),
    );
    assert.deepEqual(summary(doc).definitions, ['Literal openapi3 REST template']);
  });
});

describe('a computed OpenAPI version', () => {
  const version = (text: string) => openApiVersion(parse(text, 'yaml').root);

  test('counts only with paths, for swagger as for openapi', () => {
    assert.equal(version('swagger: {Ref: Version}\n'), undefined);
    assert.equal(version('swagger: {Ref: Version}\ninfo: {title: t}\n'), undefined);
    assert.equal(version('swagger: {Ref: Version}\npaths: {}\n'), 'swagger2');
    assert.equal(version('openapi: {Fn::Sub: "3.0.${Minor}"}\npaths: {}\n'), 'openapi3');
    assert.equal(version('openapi: {Fn::Sub: "3.0.${Minor}"}\ninfo: {title: t}\n'), undefined);
  });
});
