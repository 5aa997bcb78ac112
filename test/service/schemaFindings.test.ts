/** OpenAPI schema validation (swagger-parser in the worker) mapped onto the right nodes. */
import assert from 'node:assert/strict';
import path from 'node:path';
import fs from 'node:fs';
import { execFileSync } from 'node:child_process';
import { after, before, describe, test } from 'node:test';
import { SchemaValidator } from '../../server/src/schemaCheck/schemaValidator';
import { buildDocument } from '../../server/src/service/document/model';
import { schemaFindings } from '../../server/src/service/validation/schemaFindings';

const workerPath = path.resolve(__dirname, '..', '..', 'dist', 'schemaWorker.js');

describe('OpenAPI schema validation in a worker', () => {
  let validator: SchemaValidator;
  before(() => {
    if (!fs.existsSync(workerPath))
      execFileSync(process.execPath, [path.resolve(__dirname, '..', '..', 'scripts', 'build.mjs')]);
    validator = new SchemaValidator(workerPath);
  });
  after(() => validator.dispose());

  test('a missing required field and an unknown key land on their lines', async () => {
    const text = `openapi: 3.0.1
info: {title: t, version: '1'}
paths:
  /pets:
    get:
      summary: no responses here
      x-amazon-apigateway-integration: {type: mock}
    bogus: {}
`;
    const doc = buildDocument('file:///t.yaml', 'yaml', 1, text);
    const result = await validator.validate(text, 'yaml');
    assert.ok(result && !result.failure);
    const findings = schemaFindings(doc.definitions[0], result.errors).map((f) => [
      doc.text.positionAt(f.offset).line + 1,
      f.message,
    ]);
    assert.ok(
      findings.some(([line, m]) => line === 5 && String(m).includes("needs 'responses'")),
      JSON.stringify(findings),
    );
    assert.ok(
      findings.some(([line, m]) => line === 8 && String(m).includes("'bogus' is not allowed")),
      JSON.stringify(findings),
    );
  });

  test('a valid definition has no findings, and external references are not fetched', async () => {
    const api = {
      openapi: '3.0.1',
      info: { title: 't', version: '1' },
      paths: { '/a': { get: { responses: { '200': { $ref: 'https://example.invalid/r.yaml#/Ok' } } } } },
    };
    const result = await validator.validate(JSON.stringify(api), 'json');
    assert.ok(result);
    assert.deepEqual(result.errors, []);
  });

  test('a job past its time limit is abandoned, and the next one still runs', async () => {
    const slow = new SchemaValidator(workerPath, 1);
    const big = fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'rules', 'ref-missing', 'local.yaml'), 'utf8');
    assert.equal(await slow.validate(big, 'yaml'), undefined);
    slow.dispose();
    const result = await validator.validate(big, 'yaml');
    assert.ok(result);
  });
});
