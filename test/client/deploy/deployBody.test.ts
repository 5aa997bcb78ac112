import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { bundleDefinition, DeployRefusedError, intrinsicsRefusal } from '../../../client/src/deploy/deployBody';
import { emulatorCopy, NotOpenApi3Error } from '../../../client/src/deploy/emulatorCopy';
import { getLanguageService } from '../../../server/src/service/languageService';

const service = getLanguageService();
const jsonOf = (text: string) => service.definitionJson(service.parseDocument('file:///w/api.yaml', 'yaml', 1, text));

describe('what a deploy sends', () => {
  test('the server gives the definition as JSON, with its intrinsics and its references to other files', () => {
    const result = jsonOf(`openapi: 3.0.1
info: { title: t, version: "1" }
paths:
  /pets:
    get:
      responses:
        "200": { $ref: "./responses.yaml#/Ok" }
      x-amazon-apigateway-integration:
        type: aws_proxy
        httpMethod: POST
        uri: !Sub "arn:aws:apigateway:\${AWS::Region}:lambda:path/x"
components:
  schemas:
    Pet: { $ref: "#/components/schemas/Other" }
    Other: { type: object }
`)!;
    assert.deepEqual(result.intrinsics, [
      { name: 'Fn::Sub', path: '/paths/~1pets/get/x-amazon-apigateway-integration/uri' },
    ]);
    assert.deepEqual(result.externalRefs, ['./responses.yaml#/Ok']);
    assert.equal((JSON.parse(result.json) as { info: { title: string } }).info.title, 't');
    assert.equal(
      jsonOf('AWSTemplateFormatVersion: "2010-09-09"\nResources: {}\n'),
      null,
      'templates are not deployed this way',
    );
  });

  test('intrinsics are refused with a message that names them and where they are', () => {
    assert.equal(intrinsicsRefusal([]), undefined);
    const message = intrinsicsRefusal([
      { name: 'Fn::Sub', path: '/paths/~1a/get/x' },
      { name: 'Fn::GetAtt', path: '/b' },
      { name: 'Ref', path: '/c' },
      { name: 'Ref', path: '/d' },
    ])!;
    assert.match(message, /Fn::Sub at \/paths\/~1a\/get\/x, Fn::GetAtt at \/b, Ref at \/c and 1 more/);
    assert.match(message, /sam deploy/);
  });

  test('references to other files are bundled into one document; files outside the allowed folders are refused; URLs are never fetched', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'apigw-bundle-'));
    try {
      fs.writeFileSync(
        path.join(dir, 'schemas.yaml'),
        'Pet:\n  type: object\n  properties:\n    name: { type: string }\n',
      );
      const file = path.join(dir, 'api.yaml');
      const definition = {
        openapi: '3.0.1',
        info: { title: 't', version: '1' },
        paths: {
          '/pets': {
            get: {
              responses: {
                '200': {
                  description: 'ok',
                  content: { 'application/json': { schema: { $ref: './schemas.yaml#/Pet' } } },
                },
              },
            },
          },
        },
      };
      const bundled = await bundleDefinition(definition, file, (f) => f.startsWith(dir));
      assert.deepEqual(bundled.bundled, ['schemas.yaml']);
      assert.ok(!bundled.body.includes('schemas.yaml'), 'no reference to the other file is left');
      assert.ok(bundled.body.includes('"name":{"type":"string"}'));
      await assert.rejects(
        bundleDefinition(definition, file, () => false),
        (e: unknown) => e instanceof DeployRefusedError || /outside the folders/.test(String((e as Error)?.message)),
      );
      const remote = {
        ...definition,
        paths: { '/x': { get: { responses: { '200': { $ref: 'http://127.0.0.1:9/never.yaml#/R' } } } } },
      };
      await assert.rejects(bundleDefinition(remote, file, () => true));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('the emulator copy changes only what moto trips over, and lists it', () => {
    const ready = {
      openapi: '3.0.1',
      info: { title: 't', description: 'd', version: '1' },
      paths: {
        '/a': { get: { 'x-amazon-apigateway-integration': { type: 'http', httpMethod: 'GET', uri: 'https://x' } } },
      },
    };
    assert.deepEqual(emulatorCopy(ready).changes, []);
    const copy = emulatorCopy({
      openapi: '3.0.1',
      info: { title: 't' },
      paths: { '/a': { parameters: [], get: { 'x-amazon-apigateway-integration': { type: 'mock' } } } },
    });
    assert.deepEqual(copy.changes, [
      'info.description set to the title',
      '/a: path-level "parameters" left out',
      'GET /a: placeholder uri/httpMethod added to its mock integration',
    ]);
    assert.throws(() => emulatorCopy({ swagger: '2.0', paths: {} }), NotOpenApi3Error);
  });
});
