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

describe('what a deploy refuses, and what the user is told', () => {
  const withRef = (ref: string) => ({
    openapi: '3.0.1',
    info: { title: 't', version: '1' },
    paths: {
      '/a': {
        get: {
          responses: { '200': { description: 'ok', content: { 'application/json': { schema: { $ref: ref } } } } },
        },
      },
    },
  });

  test('the intrinsics message names up to three, then counts the rest, and says what to do instead', () => {
    const three = [
      { name: 'Fn::Sub', path: '/a' },
      { name: 'Ref', path: '/b' },
      { name: 'Fn::If', path: '/c' },
    ];
    assert.equal(
      intrinsicsRefusal(three),
      'The definition holds CloudFormation intrinsics (Fn::Sub at /a, Ref at /b, Fn::If at /c). Only CloudFormation ' +
        'resolves them (AWS::Include, or a SAM/CloudFormation DefinitionBody); an import would send them as literal ' +
        'text. Deploy it with its template (sam deploy), or replace them with values.',
    );
    assert.match(intrinsicsRefusal([...three, ...three])!, /Fn::If at \/c and 3 more\)/);
  });

  test('a reference to a folder, to a file over 10 MB, or to a missing file is refused, naming it', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'apigw-refuse-'));
    try {
      const file = path.join(dir, 'api.yaml');
      fs.mkdirSync(path.join(dir, 'folder.yaml'));
      await assert.rejects(
        bundleDefinition(withRef('./folder.yaml#/S'), file, () => true),
        {
          name: 'Error',
          message: `${path.join(dir, 'folder.yaml')} is not a regular file.`,
        },
      );
      const big = path.join(dir, 'big.yaml');
      fs.writeFileSync(big, `S: { type: string }\n#${'x'.repeat(10 * 1024 * 1024)}\n`);
      await assert.rejects(
        bundleDefinition(withRef('./big.yaml#/S'), file, () => true),
        (e: unknown) => {
          assert.ok(e instanceof DeployRefusedError);
          assert.equal(e.message, `${big} is larger than 10 MB.`);
          return true;
        },
      );
      // Exactly 10 MB is still read.
      const edge = path.join(dir, 'edge.yaml');
      const head = 'S: { type: string }\n#';
      fs.writeFileSync(edge, `${head}${'x'.repeat(10 * 1024 * 1024 - head.length - 1)}\n`);
      assert.equal(fs.statSync(edge).size, 10 * 1024 * 1024);
      assert.deepEqual((await bundleDefinition(withRef('./edge.yaml#/S'), file, () => true)).bundled, ['edge.yaml']);
      await assert.rejects(
        bundleDefinition(withRef('./missing.yaml#/S'), file, () => true),
        (e: unknown) => {
          assert.ok(e instanceof DeployRefusedError);
          assert.match(e.message, /^The definition's references to other files could not be bundled: .*missing\.yaml/);
          return true;
        },
      );
      const outside = path.join(dir, 'outside.yaml');
      fs.writeFileSync(outside, 'S: { type: string }\n');
      await assert.rejects(
        bundleDefinition(withRef('./outside.yaml#/S'), file, (f) => f !== outside),
        (e: unknown) => {
          assert.ok(e instanceof DeployRefusedError);
          assert.equal(
            e.message,
            `${outside} is outside the folders a deploy may read (the workspace and the definition's own folder).`,
          );
          return true;
        },
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('the reader is asked about absolute paths, and the list of bundled files leaves out the definition itself', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'apigw-bundle2-'));
    try {
      const file = path.join(dir, 'api.yaml');
      fs.mkdirSync(path.join(dir, 'shared'));
      fs.writeFileSync(path.join(dir, 'shared', 's.yaml'), 'S: { type: string }\n');
      fs.writeFileSync(file, 'not read: the definition comes from the language server\n');
      const asked: string[] = [];
      const result = await bundleDefinition(withRef('./shared/s.yaml#/S'), file, (f) => (asked.push(f), true));
      assert.deepEqual(asked, [path.join(dir, 'shared', 's.yaml')]);
      assert.deepEqual(result.bundled, [path.join('shared', 's.yaml')]);
      assert.deepEqual(JSON.parse(result.body).paths['/a'].get.responses['200'].content['application/json'].schema, {
        type: 'string',
      });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
