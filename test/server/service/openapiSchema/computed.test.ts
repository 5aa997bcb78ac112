/**
 * The OpenAPI schema check of definitions embedded in templates (SAM `DefinitionBody`, CloudFormation `Body`): the
 * same findings as in a standalone file, on the template's own nodes, while whatever CloudFormation computes
 * (intrinsics, long or short, and `Fn::Transform` snippets) matches anything; re-checks after incremental edits
 * equal a fresh check.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { getLanguageService } from '../../../../server/src/service/languageService';
import { computedIn } from '../../../../server/src/service/openapiSchema/computed';

const service = getLanguageService();
const SCHEMA = { openApiSchema: true };

function schemaFindings(uri: string, text: string, settings: Record<string, unknown> = SCHEMA): string[] {
  const doc = service.parseDocument(uri, uri.endsWith('.json') ? 'json' : 'yaml', 1, text);
  return service
    .validate(doc, settings)
    .filter((d) => String(d.code).startsWith('openapi-'))
    .map(
      (d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.severity} ${d.code}: ${d.message as string}`,
    );
}

// Three schema errors (a misspelt member, a wrong `in`, a Server without `url`) among intrinsics in every form.
const sam = `Transform: AWS::Serverless-2016-10-31
Parameters:
  Stage: {Type: String}
Resources:
  Api:
    Type: AWS::Serverless::Api
    Properties:
      StageName: !Ref Stage
      DefinitionBody:
        openapi: 3.0.1
        info:
          title: !Sub "\${AWS::StackName}-api"
          version: {Ref: Stage}
        servers:
          - description: no url
        paths:
          /a/{id}:
            get:
              operationID: getA
              parameters:
                - {name: id, in: pth, required: true, schema: {type: string}}
                - {name: q, in: !Ref Where, required: !If [Cond, true, false], schema: !GetAtt X.Schema}
              responses: {'200': {description: ok}}
              x-amazon-apigateway-integration:
                type: aws_proxy
                httpMethod: POST
                uri: !Sub arn:aws:apigateway:\${AWS::Region}:lambda:path/2015-03-31/functions/\${Fn.Arn}/invocations
          /b: !If [Cond, {get: {responses: {'200': {description: ok}}}}, !Ref AWS::NoValue]
          /c:
            Fn::Transform: {Name: AWS::Include, Parameters: {Location: s3://bucket/c.yaml}}
        components:
          securitySchemes:
            token: {type: http, scheme: !Ref Scheme}
            bearer: {type: http, scheme: {'Fn::Sub': '\${S}'}, bearerFormat: JWT}
`;

describe('OpenAPI schema check of definitions embedded in templates', () => {
  test('a SAM DefinitionBody: exact findings on the template, intrinsics in every form not reported', () => {
    assert.deepEqual(schemaFindings('file:///sam.yaml', sam), [
      "15:13 2 openapi-schema: Missing 'url': a Server requires it.",
      "19:15 2 openapi-schema: 'operationID' is not allowed in an Operation (did you mean 'operationId'?). Allowed: 'tags', 'summary', 'description', 'externalDocs', 'operationId', 'parameters', 'requestBody', 'responses', 'callbacks', 'deprecated', 'security', 'servers', x-… extensions.",
      `21:34 2 openapi-schema: 'in' must be one of "path", "query", "header", "cookie", not "pth" (Parameter Location).`,
    ]);
    // The same with the switch off: nothing.
    assert.deepEqual(schemaFindings('file:///sam.yaml', sam, { openApiSchema: false }), []);
  });

  test('a CloudFormation RestApi Body in JSON and an ApiGatewayV2 Body: exact findings, the same rule ids', () => {
    const cfn = JSON.stringify(
      {
        AWSTemplateFormatVersion: '2010-09-09',
        Resources: {
          Rest: {
            Type: 'AWS::ApiGateway::RestApi',
            Properties: {
              Body: {
                swagger: '2.0',
                info: { title: { 'Fn::Sub': '${AWS::StackName}' }, version: '1' },
                basePath: { 'Fn::Join': ['', ['/', { Ref: 'Stage' }]] },
                paths: {
                  '/a': {
                    get: {
                      responses: { '200': { description: 'ok' } },
                      schemes: ['ftp'],
                    },
                  },
                },
              },
            },
          },
          Http: {
            Type: 'AWS::ApiGatewayV2::Api',
            Properties: { Body: { openapi: '3.1.0', info: { title: 't', version: '1' }, paths: {} } },
          },
        },
      },
      null,
      2,
    );
    assert.deepEqual(schemaFindings('file:///cfn.json', cfn), [
      `35:19 2 openapi-schema: Item 1 of 'schemes' must be one of "http", "https", "ws", "wss", not "ftp" (Schemes List item).`,
      '47:22 2 openapi-version: OpenAPI 3.1.0 is not a version API Gateway imports: REST APIs import OpenAPI 2.0 (swagger: "2.0") and OpenAPI 3.0 (openapi: "3.0.x"), HTTP APIs OpenAPI 3.0 only. The OpenAPI structure is not checked.',
    ]);
  });

  test('what counts as computed: intrinsics long and short, objects holding Fn::Transform; nothing below them', () => {
    const doc = service.parseDocument('file:///sam.yaml', 'yaml', 1, sam);
    const def = doc.definitions[0];
    const text = doc.text.getText();
    const computed = [...computedIn(def.root)].map((n) => text.slice(n.offset, n.offset + n.length).split('\n')[0]);
    // Short forms are the tagged node (the tag is not part of its span).
    assert.deepEqual(
      computed.sort(),
      [
        '"${AWS::StackName}-api"',
        'Fn::Transform: {Name: AWS::Include, Parameters: {Location: s3://bucket/c.yaml}}',
        'Scheme',
        'Where',
        'X.Schema',
        '[Cond, true, false]',
        "[Cond, {get: {responses: {'200': {description: ok}}}}, !Ref AWS::NoValue]",
        'arn:aws:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${Fn.Arn}/invocations',
        "{'Fn::Sub': '${S}'}",
        '{Ref: Stage}',
      ].sort(),
    );
  });

  test('a template whose version is computed, or whose whole body is an AWS::Include, is not judged', () => {
    const computedVersion = sam.replace('openapi: 3.0.1', 'openapi: !Ref Version');
    assert.deepEqual(schemaFindings('file:///v.yaml', computedVersion), []);
    const included = sam.replace(
      '      DefinitionBody:\n',
      '      DefinitionBody:\n        Fn::Transform: {Name: AWS::Include, Parameters: {Location: s3://b/api.yaml}}\n',
    );
    assert.deepEqual(schemaFindings('file:///i.yaml', included), []);
  });

  test('incremental edits in an embedded definition: the re-check equals a fresh check', () => {
    let doc = service.parseDocument('file:///sam.yaml', 'yaml', 1, sam);
    const first = service.validate(doc, SCHEMA);
    assert.equal(first.filter((d) => d.code === 'openapi-schema').length, 3);
    // Typing inside strings of the definition: `pth` becomes `path`, a description grows, `operationID` is mended.
    const edits = [
      { find: 'in: pth', at: 'in: p'.length, removed: 0, text: 'a' },
      { find: 'description: ok}}\n              x-amazon', at: 'description: ok'.length, removed: 0, text: 'ay' },
      { find: 'operationID', at: 'operationI'.length, removed: 1, text: 'd' },
    ];
    let text = sam;
    let version = 1;
    for (const edit of edits) {
      const offset = text.indexOf(edit.find) + edit.at;
      const next = text.slice(0, offset) + edit.text + text.slice(offset + edit.removed);
      const patched = service.updateDocument(doc, { offset, removed: edit.removed, text: edit.text }, next, ++version);
      assert.equal(patched.parsed.root, doc.parsed.root, 'the tree was patched, not parsed anew');
      const fresh = service.parseDocument('file:///sam.yaml', 'yaml', version, next);
      assert.deepEqual(service.validate(patched, SCHEMA), service.validate(fresh, SCHEMA), JSON.stringify(edit));
      text = next;
      doc = patched;
    }
    assert.deepEqual(
      service
        .validate(doc, SCHEMA)
        .filter((d) => d.code === 'openapi-schema')
        .map((d) => d.message),
      ["Missing 'url': a Server requires it."],
    );
  });
});
