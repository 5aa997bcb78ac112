/**
 * The OpenAPI structure check compiled from the official schemas: generated code in step with its schemas, one
 * finding per problem on the exact key or value, the branch of a `oneOf` the value resembles, versions API Gateway
 * does not import, and how the check joins the other diagnostics.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { buildDocument } from '../../../../server/src/service/document/model';
import { getLanguageService } from '../../../../server/src/service/languageService';
import { checkOpenApiStructure, structureFindings } from '../../../../server/src/service/openapiSchema/check';
import { checkDocument as checkOpenApi30 } from '../../../../server/src/service/openapiSchema/generated/openapi30';

const root = path.resolve(__dirname, '..', '..', '..', '..');

/** `line: "text at the range" message` for each finding, 1-based lines. */
function findings(text: string, languageId = 'yaml'): string[] {
  const doc = buildDocument('file:///t.' + languageId, languageId, 1, text);
  return checkOpenApiStructure(doc.definitions[0]).map(
    (f) =>
      `${doc.text.positionAt(f.offset).line + 1}: "${text.slice(f.offset, f.offset + f.length)}" ${f.rule} ${f.message}`,
  );
}

function expectOne(all: string[], line: number, at: string, ...words: string[]): void {
  const onLine = all.filter((f) => f.startsWith(`${line}: `));
  assert.equal(onLine.length, 1, `one finding on line ${line}:\n${all.join('\n')}`);
  assert.ok(onLine[0].startsWith(`${line}: "${at}"`), `on "${at}": ${onLine[0]}`);
  for (const w of words) assert.ok(onLine[0].includes(w), `"${w}" in ${onLine[0]}`);
}

describe('OpenAPI structure check', () => {
  test('the generated checkers are those the generator makes from the vendored schemas', async () => {
    const generator = await import(pathToFileURL(path.join(root, 'scripts', 'generate-openapi-checkers.mjs')).href);
    for (const target of generator.TARGETS) {
      const dir = path.join(root, 'server', 'src', 'service', 'openapiSchema');
      const schema = JSON.parse(fs.readFileSync(path.join(dir, target.schema), 'utf8'));
      const expected = generator.generate(
        schema,
        target.rootTitle,
        `server/src/service/openapiSchema/${target.schema}`,
      );
      assert.equal(
        fs.readFileSync(path.join(dir, target.out), 'utf8'),
        expected,
        `${target.out} is stale: run node scripts/generate-openapi-checkers.mjs`,
      );
    }
  });

  test('OpenAPI 3.0: each problem once, on its key or value, saying what is allowed', () => {
    const text = `openapi: 3.0.1
info: {title: t, version: '1'}
paths:
  /pets:
    get:
      summary: no responses here
      parameters:
        - {name: a, in: pth, schema: {type: string}}
        - {name: b, in: path, schema: {type: strin}}
        - $ref: 12
        - {name: c, in: query}
      x-amazon-apigateway-integration: {type: mock}
    bogus: {}
    post:
      operationID: x
      responses:
        '200': {descripton: ok}
        abc: {description: x}
components:
  securitySchemes:
    k: {type: apikey, name: x, in: header}
  schemas:
    A: {type: object, required: [a, a]}
`;
    const all = findings(text);
    expectOne(all, 5, 'get', "Missing 'responses'", 'Operation');
    expectOne(all, 8, 'pth', "'in' must be one of", '"path", "query", "header", "cookie"', 'not "pth"');
    // Line 9 holds two problems: a path parameter must say `required: true`, and `strin` is no type.
    assert.equal(all.filter((f) => f.startsWith('9: ')).length, 2, all.join('\n'));
    assert.ok(
      all.some((f) => f.startsWith('9: "strin"') && f.includes('"string"')),
      all.join('\n'),
    );
    assert.ok(
      all.some((f) => f.startsWith('9: "name"') && f.includes("Missing 'required'") && f.includes('Parameter in path')),
      all.join('\n'),
    );
    expectOne(all, 10, '12', "'$ref' must be a string", 'Reference');
    expectOne(all, 11, 'name', "Missing 'schema' or 'content'");
    expectOne(
      all,
      13,
      'bogus',
      "'bogus' is not allowed in a Path Item",
      "'parameters'",
      "'get'",
      "'trace'",
      'x-… extensions',
    );
    expectOne(all, 15, 'operationID', "did you mean 'operationId'?");
    expectOne(all, 17, 'descripton', "did you mean 'description'?", 'Response');
    expectOne(all, 18, 'abc', 'Responses', "HTTP status codes such as '200'");
    expectOne(all, 21, 'apikey', '"apiKey", "http", "oauth2", "openIdConnect"');
    expectOne(all, 23, 'a', 'same item twice');
    assert.equal(all.length, 12, all.join('\n'));
    assert.ok(all.every((f) => f.includes(' openapi-schema ')));
  });

  test('Swagger 2.0: parameters told apart by `in`, schemas by their members', () => {
    const text = `swagger: '2.0'
info: {title: t, version: 1}
paths:
  /a:
    get:
      parameters:
        - {name: a, in: qury, type: string}
        - {name: b, in: body}
        - {name: c, in: query, type: str}
        - $ref: '#/parameters/p'
      responses:
        200: {description: ok, schema: {type: object, propertys: {}}}
parameters:
  p: {name: p, in: header, type: string}
`;
    const all = findings(text);
    expectOne(all, 2, '1', "'version' must be a string, not a number", 'quotes');
    expectOne(all, 7, 'qury', '"body", "header", "formData", "query", "path"');
    expectOne(all, 8, 'name', "Missing 'schema'", 'Body Parameter');
    expectOne(all, 9, 'str', '"string", "number", "boolean", "integer", "array", "file"');
    expectOne(all, 12, 'propertys', "did you mean 'properties'?");
    assert.equal(all.length, 5, all.join('\n'));
  });

  test('a valid definition of either version has no findings, JSON as YAML', () => {
    const api = {
      openapi: '3.0.3',
      info: { title: 't', version: '1' },
      paths: {
        '/a/{id}': {
          get: {
            parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
            responses: { '200': { $ref: '#/components/responses/Ok' } },
          },
        },
      },
      components: {
        responses: {
          Ok: {
            description: 'ok',
            content: { 'application/json': { schema: { type: 'array', items: { $ref: '#/components/schemas/X' } } } },
          },
        },
        schemas: { X: { type: 'object', additionalProperties: true, 'x-note': 1 } },
      },
    };
    assert.deepEqual(findings(JSON.stringify(api, null, 2), 'json'), []);
    const swagger = {
      swagger: '2.0',
      info: { title: 't', version: '1' },
      paths: {
        '/a': {
          post: {
            parameters: [{ name: 'b', in: 'body', schema: { $ref: '#/definitions/B' } }],
            responses: { default: { description: 'x' } },
          },
        },
      },
      definitions: { B: { type: 'object' } },
    };
    assert.deepEqual(findings(JSON.stringify(swagger), 'json'), []);
  });

  test('OpenAPI 3.1 and other versions: one finding on the version, naming what API Gateway imports', () => {
    for (const [text, written] of [
      ["openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\nwebhooks: {}\n", 'OpenAPI 3.1.0'],
      ["swagger: '1.2'\ninfo: {title: t, version: '1'}\npaths: {}\n", 'Swagger 1.2'],
    ]) {
      const all = findings(text);
      assert.equal(all.length, 1, all.join('\n'));
      assert.ok(all[0].startsWith('1: '), all[0]);
      assert.ok(
        all[0].includes(' openapi-version ') &&
          all[0].includes(written) &&
          all[0].includes('OpenAPI 2.0') &&
          all[0].includes('OpenAPI 3.0'),
        all[0],
      );
    }
  });

  test('an unquoted version number is one finding, not a cascade', () => {
    const all = findings('openapi: 3.0\ninfo: {title: t, version: "1"}\npaths: {}\n');
    assert.equal(all.length, 1, all.join('\n'));
    assert.ok(all[0].includes("'openapi' must be a string"), all[0]);
  });

  test("Swagger's empty responses is one finding, not also the vaguer `not` of the same value", () => {
    const all = findings(
      "swagger: '2.0'\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get:\n      responses: {}\n",
    );
    assert.deepEqual(all, [`6: "responses" openapi-schema 'responses' must have at least 1 member (Responses).`]);
  });

  test('after an edit inside one path, only that entry is checked again, with the same findings as a full check', () => {
    const service = getLanguageService();
    const paths = Array.from(
      { length: 6 },
      (_, i) =>
        `  /p${i}:\n    get:\n      description: path number ${i}\n      responses: {'200': {description: ok}}\n${i === 4 ? '      operationID: typo\n' : ''}`,
    ).join('');
    const text = `openapi: 3.0.1\ninfo: {title: t, version: '1'}\npaths:\n${paths}components:\n  schemas:\n    A: {type: object}\n    B: {type: strng}\n`;
    const before = service.parseDocument('file:///e.yaml', 'yaml', 1, text);
    const first = { text, reused: 0, checked: 0 };
    const initial = structureFindings(before.definitions[0].root, checkOpenApi30, text, first);
    assert.equal(initial.length, 2, JSON.stringify(initial));
    assert.deepEqual([first.reused, first.checked], [0, 8]);

    const offset = text.indexOf('path number 2') + 'path number'.length;
    const edited = text.slice(0, offset) + 'x' + text.slice(offset);
    const after = service.updateDocument(before, { offset, removed: 0, text: 'x' }, edited, 2);
    assert.equal(after.parsed.root, before.parsed.root, 'the incremental parser patched the tree');
    const second = { text: edited, reused: 0, checked: 0 };
    const again = structureFindings(after.definitions[0].root, checkOpenApi30, edited, second);
    assert.deepEqual([second.reused, second.checked], [7, 1]);
    const fresh = checkOpenApiStructure(service.parseDocument('file:///f.yaml', 'yaml', 1, edited).definitions[0]);
    assert.deepEqual(again, fresh);
  });

  describe('in the language service', () => {
    const service = getLanguageService();
    const text = "openapi: 3.0.1\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get: {summary: s}\n";

    test('with openApiSchema on, findings are warnings with their rule id; off, there are none', () => {
      const doc = service.parseDocument('file:///a.yaml', 'yaml', 1, text);
      const on = service.validate(doc, { openApiSchema: true }).filter((d) => d.code === 'openapi-schema');
      assert.equal(on.length, 1);
      assert.equal(on[0].severity, DiagnosticSeverity.Warning);
      assert.deepEqual(on[0].range.start, { line: 4, character: 4 });
      assert.deepEqual(
        service.validate(doc, {}).filter((d) => String(d.code).startsWith('openapi-')),
        [],
      );
      assert.deepEqual(
        service
          .validate(doc, { openApiSchema: true, severity: { 'openapi-schema': 'off' } })
          .filter((d) => d.code === 'openapi-schema'),
        [],
      );
    });

    test("a path key without '/' is the path rules' one finding; HTTP APIs' `$default` route is none", () => {
      const paths = `openapi: 3.0.1\ninfo: {title: t, version: '1'}\npaths:\n  pets:\n    get: {responses: {'200': {description: ok}}}\n  $default:\n    x-amazon-apigateway-any-method:\n      isDefaultRoute: true\n      responses: {'200': {description: ok}}\n`;
      const doc = service.parseDocument('file:///p.yaml', 'yaml', 1, paths);
      const found = service
        .validate(doc, { openApiSchema: true })
        .map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${String(d.code)}`);
      assert.deepEqual(
        found.filter((f) => !f.endsWith('integration-missing-all')),
        ['4:3 path-leading-slash'],
      );
    });

    test('not on a document with syntax errors, nor on an intrinsic inside a template (it matches anything)', () => {
      const broken = service.parseDocument('file:///b.yaml', 'yaml', 1, text + 'x-y: [a\n');
      assert.ok(broken.parsed.problems.length > 0);
      assert.deepEqual(
        service.validate(broken, { openApiSchema: true }).filter((d) => d.code === 'openapi-schema'),
        [],
      );
      const template = `AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  Api:\n    Type: AWS::ApiGateway::RestApi\n    Properties:\n      Body:\n        openapi: 3.0.1\n        info: {title: {'Fn::Sub': '\${AWS::StackName}'}, version: '1'}\n        paths: {}\n`;
      const doc = service.parseDocument('file:///t.yaml', 'yaml', 1, template);
      assert.deepEqual(
        service.validate(doc, { openApiSchema: true }).filter((d) => String(d.code).startsWith('openapi-')),
        [],
      );
    });
  });
});
