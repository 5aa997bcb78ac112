/**
 * `apigw-check` as CI runs it: the bundled dist/cli.js as a process, on files and folders it finds definitions and
 * templates in; output sorted by file and line in text, JSON and SARIF 2.1.0 (validated against the SARIF schema);
 * exit codes 0 / 1 / 2, and bad usage refused with the usage text.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { before, describe, test } from 'node:test';
import Ajv from 'ajv-draft-04';

const root = path.resolve(__dirname, '..', '..', '..');
const cli = path.join(root, 'dist', 'cli.js');
let work: string;

function check(args: string[], cwd = work) {
  const run = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', timeout: 60_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const badRest = `openapi: 3.0.1
info: {title: t, version: '1'}
paths:
  /a:
    get:
      x-amazon-apigateway-integration:
        type: aws_proxy
        httpMethod: GET
        uri: arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:f/invocations
      responses: {'200': {description: ok}}
`;
const warningOnly = `openapi: 3.0.1
info: {title: t, version: '1'}
paths:
  /a:
    get:
      x-amazon-apigateway-request-validator: body
      x-amazon-apigateway-integration: {type: mock}
      responses: {'200': {description: ok}}
`;
const clean = `openapi: 3.0.1
info: {title: t, version: '1'}
paths:
  /a:
    get:
      x-amazon-apigateway-integration: {type: mock}
      responses: {'200': {description: ok}}
`;
// Two schema errors and nothing else: the operation's parameter says \`in: pth\`, and \`operationID\` is misspelt.
const schemaErrors = `openapi: 3.0.1
info: {title: t, version: '1'}
paths:
  /a/{id}:
    get:
      operationID: getA
      parameters:
        - {name: id, in: pth, required: true, schema: {type: string}}
      x-amazon-apigateway-integration: {type: mock}
      responses: {'200': {description: ok}}
`;
const samTemplate = `Transform: AWS::Serverless-2016-10-31
Resources:
  Api:
    Type: AWS::Serverless::Api
    Properties:
      Cors: {Origin: "'*'"}
`;

before(() => {
  if (!fs.existsSync(cli)) execFileSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')]);
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'apigw-check-'));
  fs.mkdirSync(path.join(work, 'api', 'nested'), { recursive: true });
  fs.mkdirSync(path.join(work, 'node_modules', 'dep'), { recursive: true });
  fs.mkdirSync(path.join(work, '.aws-sam', 'build'), { recursive: true });
  fs.writeFileSync(path.join(work, 'api', 'rest.yaml'), badRest);
  fs.writeFileSync(path.join(work, 'api', 'nested', 'warn.yaml'), warningOnly);
  fs.writeFileSync(path.join(work, 'api', 'nested', 'template.yaml'), samTemplate);
  fs.writeFileSync(path.join(work, 'api', 'package.json'), '{"name": "not-an-api"}');
  fs.writeFileSync(path.join(work, 'api', 'notes.txt'), badRest);
  fs.writeFileSync(path.join(work, 'node_modules', 'dep', 'bad.yaml'), badRest);
  fs.writeFileSync(path.join(work, '.aws-sam', 'build', 'template.yaml'), samTemplate);
  fs.writeFileSync(path.join(work, 'clean.yaml'), clean);
  fs.writeFileSync(path.join(work, 'warn.yaml'), warningOnly);
  fs.writeFileSync(path.join(work, 'schema.yaml'), schemaErrors);
});

describe('apigw-check: files, folders, output order, exit codes', () => {
  test('a folder is searched recursively for definitions and templates, skipping node_modules and dot-folders', () => {
    const run = check(['--format', 'json', 'api']);
    assert.equal(run.code, 1, run.stderr);
    const report = JSON.parse(run.stdout) as {
      files: string[];
      findings: { file: string; line: number; rule: string; severity: string }[];
    };
    assert.deepEqual(report.files.sort(), ['api/nested/template.yaml', 'api/nested/warn.yaml', 'api/rest.yaml']);
    const places = report.findings.map((f) => `${f.file}:${f.line} ${f.severity} ${f.rule}`);
    assert.deepEqual(places, [
      'api/nested/template.yaml:5 error sam-property-type',
      'api/nested/template.yaml:6 error sam-api-setting',
      'api/nested/warn.yaml:6 warning request-validator-ref',
      'api/rest.yaml:8 error lambda-post',
    ]);
  });

  test('text output: file:line:col: severity rule: message, sorted, with a summary', () => {
    const run = check(['warn.yaml', 'api/rest.yaml']);
    assert.equal(run.code, 1);
    const lines = run.stdout.trim().split('\n');
    assert.match(lines[0], /^api\/rest\.yaml:8:\d+: error lambda-post: /);
    assert.match(lines[1], /^warn\.yaml:6:\d+: warning request-validator-ref: .*validates nothing/);
    assert.equal(lines[2], '2 file(s) checked: 1 error(s), 1 warning(s), 0 note(s)');
  });

  test('--fail-on: warnings pass by default and fail with --fail-on warning; a clean file exits 0', () => {
    assert.equal(check(['warn.yaml']).code, 0);
    assert.equal(check(['--fail-on', 'warning', 'warn.yaml']).code, 1);
    assert.equal(check(['--fail-on=warning', 'clean.yaml']).code, 0);
  });

  test('a missing input is exit code 2, after the others are checked', () => {
    const run = check(['clean.yaml', 'no-such.yaml']);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /no-such\.yaml: no such file or folder/);
    assert.match(run.stdout, /1 file\(s\) checked/);
  });

  test('SARIF 2.1.0 output is valid against the SARIF schema and carries the rule metadata', () => {
    const run = check(['--format', 'sarif', 'api']);
    assert.equal(run.code, 1);
    const log = JSON.parse(run.stdout) as { runs: any[] };
    const schema = JSON.parse(
      fs.readFileSync(path.join(root, 'test', 'support', 'schemas', 'sarif-2.1.0-rtm.5.json'), 'utf8'),
    );
    const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false, unicodeRegExp: false });
    const validate = ajv.compile(schema);
    assert.ok(validate(log), JSON.stringify(validate.errors?.slice(0, 5), null, 2));
    const run0 = log.runs[0];
    assert.equal(run0.tool.driver.name, 'apigw-check');
    const rules = run0.tool.driver.rules as {
      id: string;
      shortDescription: { text: string };
      defaultConfiguration: { level: string };
    }[];
    assert.ok(
      rules.some(
        (r) =>
          r.id === 'lambda-post' && r.defaultConfiguration.level === 'error' && r.shortDescription.text.length > 10,
      ),
    );
    const result = run0.results.find((r: { ruleId: string }) => r.ruleId === 'lambda-post');
    assert.equal(rules[result.ruleIndex].id, 'lambda-post');
    assert.equal(result.level, 'error');
    assert.deepEqual(result.locations[0].physicalLocation.artifactLocation, {
      uri: 'api/rest.yaml',
      uriBaseId: 'SRCROOT',
    });
    assert.equal(result.locations[0].physicalLocation.region.startLine, 8);
    assert.equal(run0.results.find((r: { ruleId: string }) => r.ruleId === 'request-validator-ref').level, 'warning');
  });
});

describe('apigw-check: usage', () => {
  const refused = (args: string[], reason: RegExp) => {
    const run = check(args);
    assert.equal(run.code, 2, `${args.join(' ')}: ${run.stdout}`);
    assert.match(run.stderr, reason);
    assert.match(run.stderr, /Usage: apigw-check/);
    assert.equal(run.stdout, '');
  };

  test('unknown options and missing or wrong option values are refused with the usage', () => {
    refused(['--api-type'], /--api-type needs a value/);
    refused(['--api-type', 'FOO', 'clean.yaml'], /--api-type must be one of REST, HTTP, WEBSOCKET; got "FOO"/);
    refused(['--format', 'xml', 'clean.yaml'], /--format must be one of text, json, sarif/);
    refused(['--fail-on', '--format', 'json', 'clean.yaml'], /--fail-on needs a value/);
    refused(['--strict', 'clean.yaml'], /unknown option "--strict"/);
    refused([], /no file or folder to check/);
  });

  test('-- ends the options: what follows is a file, even if it looks like an option', () => {
    fs.writeFileSync(path.join(work, '--weird.yaml'), clean);
    const run = check(['--', '--weird.yaml']);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /1 file\(s\) checked/);
    refused(['--'], /no file or folder to check/);
  });

  test('--help prints the usage and exits 0; --api-type applies to definitions', () => {
    const help = check(['--help']);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /--fail-on error\|warning/);
    const http = check(['--api-type', 'HTTP', '--format', 'json', 'api/rest.yaml']);
    assert.ok(
      JSON.parse(http.stdout).findings.some((f: { rule: string }) => f.rule === 'payload-format-version'),
      http.stdout,
    );
  });

  test('`check` as the first argument is the same command (node dist/cli.js check ...)', () => {
    const run = check(['check', '--format', 'json', 'warn.yaml']);
    assert.equal(run.code, 0);
    assert.equal(JSON.parse(run.stdout).findings.length, 1);
  });
});

describe('apigw-check: the OpenAPI schema check, on by default as in the editor', () => {
  test('schema findings are reported as warnings on their exact place; --no-openapi-schema turns them off', () => {
    const run = check(['schema.yaml']);
    assert.equal(run.code, 0, 'warnings do not fail the default --fail-on error');
    assert.deepEqual(run.stdout.trim().split('\n'), [
      "schema.yaml:6:7: warning openapi-schema: 'operationID' is not allowed in an Operation (did you mean 'operationId'?). Allowed: 'tags', 'summary', 'description', 'externalDocs', 'operationId', 'parameters', 'requestBody', 'responses', 'callbacks', 'deprecated', 'security', 'servers', x-… extensions.",
      `schema.yaml:8:26: warning openapi-schema: 'in' must be one of "path", "query", "header", "cookie", not "pth" (Parameter Location).`,
      '1 file(s) checked: 0 error(s), 2 warning(s), 0 note(s)',
    ]);
    assert.equal(check(['--fail-on', 'warning', 'schema.yaml']).code, 1);
    const off = check(['--no-openapi-schema', '--fail-on', 'warning', 'schema.yaml']);
    assert.equal(off.code, 0, off.stdout);
    assert.equal(off.stdout.trim(), '1 file(s) checked: 0 error(s), 0 warning(s), 0 note(s)');
  });

  test('an OpenAPI 3.1 document gets one openapi-version finding; --help documents the switch', () => {
    fs.writeFileSync(path.join(work, 'v31.yaml'), clean.replace('3.0.1', '3.1.0'));
    const run = check(['--format', 'json', 'v31.yaml']);
    const rules = (JSON.parse(run.stdout) as { findings: { rule: string }[] }).findings.map((f) => f.rule);
    assert.deepEqual(rules, ['openapi-version']);
    assert.match(check(['--help']).stdout, /--no-openapi-schema +skip the OpenAPI 3\.0 \/ Swagger 2\.0 schema check/);
  });
});
