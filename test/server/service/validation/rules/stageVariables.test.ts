/**
 * stage-variable, as the user sees it: `${stageVariables.name}` references anywhere inside an API Gateway extension
 * (strings in objects and arrays), misspellings of `stageVariables` with the fix, and names API Gateway refuses
 * (apigateway-facts.md §5.2).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { diagnoseCodes, spanOf } from './integrationRulesSupport';

const codes = ['stage-variable'];

/** An operation whose integration has these extra fields (YAML, already indented by 8). */
function api(fields: string[]): string {
  return [
    'openapi: 3.0.1',
    "info: {title: t, version: '1'}",
    'paths:',
    '  /pets:',
    '    get:',
    "      responses: {'200': {description: ok}}",
    '      x-amazon-apigateway-integration:',
    '        type: http_proxy',
    '        httpMethod: GET',
    ...fields,
    '',
  ].join('\n');
}

const misspelt = (inner: string, name: string) =>
  `'\${${inner}}' is not a stage variable reference: write '\${stageVariables.${name}}'.`;

describe('stage-variable', () => {
  test('a misspelt reference is fixed in place, spaces inside the braces ignored', () => {
    const uri = "'https://${ stageVars.host }/pets'";
    const text = api([`        uri: ${uri}`]);
    assert.deepEqual(diagnoseCodes(text, codes), [
      {
        at: spanOf(text, uri),
        severity: 'error',
        code: 'stage-variable',
        message: misspelt('stageVars.host', 'host'),
        data: { replaceWith: ['https://${stageVariables.host}/pets'] },
      },
    ]);
  });

  test('references inside arrays are checked too', () => {
    const key = "'${stage_var.key}'";
    const text = api(["        uri: 'https://example.com'", `        cacheKeyParameters: [${key}]`]);
    assert.deepEqual(diagnoseCodes(text, codes), [
      {
        at: spanOf(text, key),
        severity: 'error',
        code: 'stage-variable',
        message: misspelt('stage_var.key', 'key'),
        data: { replaceWith: ['${stageVariables.key}'] },
      },
    ]);
  });

  test('placeholders that are not stage variables are left alone', () => {
    const text = api([
      "        uri: 'https://${stageVariables}/${stageVar}/${backendStageVars.url}/${.host}/pets'",
      "        connectionId: '${stageVariables.vpcLink}'",
    ]);
    assert.deepEqual(diagnoseCodes(text, codes), []);
  });

  test("in a SAM template, a resource's attribute in a !Sub is not a misspelt stage variable", () => {
    const text = [
      "AWSTemplateFormatVersion: '2010-09-09'",
      'Transform: AWS::Serverless-2016-10-31',
      'Resources:',
      '  Api:',
      '    Type: AWS::Serverless::Api',
      '    Properties:',
      '      StageName: dev',
      '      DefinitionBody:',
      '        openapi: 3.0.1',
      "        info: {title: t, version: '1'}",
      '        paths:',
      '          /pets:',
      '            get:',
      '              responses: {}',
      '              x-amazon-apigateway-integration:',
      '                type: aws_proxy',
      '                httpMethod: POST',
      "                uri: !Sub 'arn:aws:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${StageVarsFunction.Arn}/invocations'",
      "                credentials: !Sub '${StageVariableRole.Arn}'",
      '  StageVarsFunction:',
      '    Type: AWS::Serverless::Function',
      '    Properties: {Handler: index.handler, Runtime: nodejs20.x, InlineCode: x}',
      '  StageVariableRole:',
      '    Type: AWS::IAM::Role',
      '    Properties: {AssumeRolePolicyDocument: {}}',
      '',
    ].join('\n');
    assert.deepEqual(diagnoseCodes(text, codes), []);
  });

  test('every spelling of the word is recognised', () => {
    const spellings = ['stageVar', 'stagevars', 'Stage_Variable', 'STAGEVARIABLES', 'stageVariable'];
    const text = api([`        uri: 'https://example.com/${spellings.map((s) => `\${${s}.x}`).join('/')}'`]);
    assert.deepEqual(
      diagnoseCodes(text, codes).map((d) => d.message),
      spellings.map((s) => misspelt(`${s}.x`, 'x')),
    );
  });

  test('a stage variable name has only letters, digits and underscores', () => {
    const uri = "'https://${stageVariables.my-host}/pets'";
    const text = api([`        uri: ${uri}`]);
    assert.deepEqual(diagnoseCodes(text, codes), [
      {
        at: spanOf(text, uri),
        severity: 'error',
        code: 'stage-variable',
        message: "Stage variable names may contain only letters, digits and underscores; 'my-host' does not qualify.",
      },
    ]);
  });

  test('the scan goes 30 levels into an extension, through objects and arrays, and no deeper', () => {
    // The integration object is level 0 and requestTemplates' value level 1: `wraps` more levels put the string at
    // level 1 + wraps.
    const nested = (wraps: number) => {
      let value = "'${stageVar.x}'";
      for (let i = 0; i < wraps; i++) value = i % 2 ? `[${value}]` : `{k: ${value}}`;
      return api(["        uri: 'https://example.com'", `        requestTemplates: ${value}`]);
    };
    assert.deepEqual(
      diagnoseCodes(nested(29), codes).map((d) => d.message),
      [misspelt('stageVar.x', 'x')],
    );
    assert.deepEqual(diagnoseCodes(nested(30), codes), []);
  });
});
