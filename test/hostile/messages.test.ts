/** Messages about input the checks cannot take say what is wrong in words, never "[object Object]". */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { SchemaValidator } from '../../server/src/schemaCheck/schemaValidator';

const workerPath = path.resolve(__dirname, '..', '..', 'dist', 'schemaWorker.js');

describe('messages', () => {
  let validator: SchemaValidator;
  before(() => {
    if (!fs.existsSync(workerPath)) execFileSync(process.execPath, [path.resolve(__dirname, '..', '..', 'scripts', 'build.mjs')]);
    validator = new SchemaValidator(workerPath);
  });
  after(() => validator.dispose());

  test('a definition the schema check cannot run on (no paths) is described, not shown as [object Object]', async () => {
    const result = await validator.validate("openapi: 3.0.1\ninfo: {title: t, version: '1'}\nx-amazon-apigateway-api-key-source: HEADER\n", 'yaml');
    assert.ok(result?.failure, JSON.stringify(result));
    assert.doesNotMatch(result.failure, /object Object/);
    assert.match(result.failure, /has no 'paths'/);
  });
});
