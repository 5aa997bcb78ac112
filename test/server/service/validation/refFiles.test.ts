/**
 * Which files a document's `$ref`s name: what each reference is (local, remote, computed, a file, or not a valid
 * file reference), the POSIX file-URL reading, and the list of files a host reads before validation.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { buildDocument } from '../../../../server/src/service/document/model';
import {
  posixFileUrlToPath,
  refNodesOf,
  refTarget,
  referencedFiles,
} from '../../../../server/src/service/validation/refFiles';

const api = 'file:///work/api/openapi.yaml';

describe('refTarget', () => {
  test('local, computed and remote references', () => {
    assert.deepEqual(refTarget(api, '#/components/schemas/Pet'), {
      kind: 'local',
      pointer: '#/components/schemas/Pet',
    });
    assert.deepEqual(refTarget(api, '${AWS::Region}.yaml'), { kind: 'skip' });
    assert.deepEqual(refTarget(api, 'https://example.com/pet.yaml'), { kind: 'remote' });
    assert.deepEqual(refTarget(api, 'git+ssh://example.com/pet.yaml'), { kind: 'remote' });
    assert.deepEqual(refTarget(api, 'urn:example:pet'), { kind: 'remote' });
    assert.deepEqual(refTarget(api, 'mailto:someone@example.com'), { kind: 'remote' });
  });

  test('a URL is remote even in a document that is not a file', () => {
    assert.deepEqual(refTarget('untitled:Untitled-1', 'https://example.com/pet.yaml'), { kind: 'remote' });
    assert.deepEqual(refTarget('untitled:Untitled-1', 'http://example.com/pet.yaml'), { kind: 'remote' });
    assert.deepEqual(refTarget('untitled:Untitled-1', 'pet.yaml'), { kind: 'skip' });
  });

  test('a file, relative to the document, with or without a fragment', () => {
    assert.deepEqual(refTarget(api, 'pet.yaml'), {
      kind: 'file',
      file: 'pet.yaml',
      path: '/work/api/pet.yaml',
      fragment: undefined,
    });
    assert.deepEqual(refTarget(api, '../common/pet.yaml#/Pet'), {
      kind: 'file',
      file: '../common/pet.yaml',
      path: '/work/common/pet.yaml',
      fragment: '/Pet',
    });
    assert.deepEqual(refTarget(api, 'my%20pet.yaml#'), {
      kind: 'file',
      file: 'my%20pet.yaml',
      path: '/work/api/my pet.yaml',
      fragment: '',
    });
  });

  test('a URL in the fragment does not make a file reference remote', () => {
    assert.deepEqual(refTarget(api, 'pet.yaml#/see http://example.com'), {
      kind: 'file',
      file: 'pet.yaml',
      path: '/work/api/pet.yaml',
      fragment: '/see http://example.com',
    });
  });

  test('what is no local file says why', () => {
    assert.deepEqual(refTarget(api, '//server/share/pet.yaml'), {
      kind: 'invalid',
      reason: 'does not name a local file (File URL host must be "localhost" or empty)',
    });
    assert.deepEqual(refTarget(api, 'a%2Fb.yaml'), {
      kind: 'invalid',
      reason: 'does not name a local file (File URL path must not include encoded / characters)',
    });
    assert.deepEqual(refTarget(api, '//[bad'), { kind: 'invalid', reason: 'is not a valid relative URI' });
  });

  test("the host's own file-URL reading is used", () => {
    const target = refTarget(api, 'pet.yaml', (href) => `host:${href}`);
    assert.deepEqual(target, {
      kind: 'file',
      file: 'pet.yaml',
      path: 'host:file:///work/api/pet.yaml',
      fragment: undefined,
    });
  });
});

describe('posixFileUrlToPath', () => {
  test('decodes the path of a local file URL', () => {
    assert.equal(posixFileUrlToPath('file:///work/my%20api/a.yaml'), '/work/my api/a.yaml');
    assert.equal(posixFileUrlToPath('file://localhost/work/a.yaml'), '/work/a.yaml');
  });

  test('refuses a remote host and an encoded slash', () => {
    assert.throws(() => posixFileUrlToPath('file://server/a.yaml'), /File URL host must be "localhost" or empty/);
    assert.throws(() => posixFileUrlToPath('file:///work/a%2fb.yaml'), /must not include encoded \/ characters/);
    assert.throws(() => posixFileUrlToPath('file:///work/a%2Fb.yaml'), /must not include encoded \/ characters/);
  });
});

const definition = (refs: string) => `openapi: 3.0.1
info: {title: t, version: '1'}
paths: {}
components:
  schemas:
${refs}`;

const template = (refs: string) => `AWSTemplateFormatVersion: '2010-09-09'
Resources:
  Api:
    Type: AWS::ApiGateway::RestApi
    Properties:
      Body:
        openapi: 3.0.1
        info: {title: t, version: '1'}
        paths: {}
        components:
          schemas:
${refs.replace(/^/gm, '      ')}`;

const files = (name: string, text: string) =>
  referencedFiles(buildDocument(`file:///work/api/${name}`, name.endsWith('.json') ? 'json' : 'yaml', 1, text));

describe('referencedFiles', () => {
  const refs = `    A: {$ref: 'a.yaml#/A'}
    B: {$ref: '#/components/schemas/A'}
    C: {$ref: 'https://example.com/c.yaml'}
    D: {allOf: [{$ref: 'd.yaml'}, {properties: {e: {$ref: 'e.yaml'}}}]}
    E: {$ref: 'a.yaml#/E'}
    F: {$ref: {not: a string}}
    G: {$ref: 5}
    H: {description: $ref, example: [1, two]}
`;

  test('each file once, in a standalone definition and in a template', () => {
    assert.deepEqual(files('openapi.yaml', definition(refs)), [
      '/work/api/a.yaml',
      '/work/api/d.yaml',
      '/work/api/e.yaml',
    ]);
    assert.deepEqual(files('template.yaml', template(refs)), [
      '/work/api/a.yaml',
      '/work/api/d.yaml',
      '/work/api/e.yaml',
    ]);
  });

  test('the string nodes of the references', () => {
    const doc = buildDocument('file:///work/api/template.yaml', 'yaml', 1, template(refs));
    assert.deepEqual(
      refNodesOf(doc, doc.definitions[0]).map((n) => n.value),
      ['a.yaml#/A', '#/components/schemas/A', 'https://example.com/c.yaml', 'd.yaml', 'e.yaml', 'a.yaml#/E'],
    );
  });

  test('in a JSON definition', () => {
    const json = JSON.stringify({
      openapi: '3.0.1',
      info: { title: 't', version: '1' },
      paths: { '/a': { get: { parameters: [{ $ref: 'params.json#/Limit' }] } } },
    });
    assert.deepEqual(files('openapi.json', json), ['/work/api/params.json']);
  });

  /** A `$ref` nested `depth` objects below the definition's root. */
  const nested = (depth: number, file: string) => {
    let value = `{$ref: ${file}}`;
    for (let i = 1; i < depth; i++) value = i % 2 ? `[${value}]` : `{n: ${value}}`;
    return value;
  };

  test('a template is walked to 200 levels below its definition, no deeper (the stack stays small)', () => {
    const deep = (depth: number) =>
      template(`    Deep: {}\nx-deep: ${nested(depth, 'deep.yaml')}\n`).replace(/\n {6}x-deep/, '\n        x-deep');
    assert.deepEqual(files('template.yaml', deep(200)), ['/work/api/deep.yaml']);
    assert.deepEqual(files('template.yaml', deep(201)), []);
  });

  test('a standalone definition lists its references however deep (its parser collected them)', () => {
    const deep = `openapi: 3.0.1\ninfo: {title: t, version: '1'}\npaths: {}\nx-deep: ${nested(250, 'deep.yaml')}\n`;
    assert.deepEqual(files('openapi.yaml', deep), ['/work/api/deep.yaml']);
  });

  test('a key left without its value while typing is no reference, and does not stop the walk', () => {
    const typing =
      '{"AWSTemplateFormatVersion": "2010-09-09", "Resources": {"Api": {"Type": "AWS::ApiGateway::RestApi", ' +
      '"Properties": {"Body": {"openapi": "3.0.1", "x": {"$ref": }, "y": {"a": }, "z": {"$ref": "z.json"}}}}}}';
    assert.deepEqual(files('template.json', typing), ['/work/api/z.json']);
  });
});
