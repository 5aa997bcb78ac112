/**
 * The template rules' cases written from the second mutation round (samShapes and samApiSettings): each diagnostic as the
 * user sees it. samTranslator.test.ts holds the same cases to the SAM transform. Then samShapes' exported helpers,
 * called directly for what no rule shows today: how Python (SAM's YAML loader) types a tagged or a hex value, and which
 * Globals belong to an API.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { TemplateModel } from '../../../../../../../server/src/service/document/model';
import { getLanguageService } from '../../../../../../../server/src/service/languageService';
import { type AstNode, getValue } from '../../../../../../../server/src/service/parser/ast';
import {
  apiGlobals,
  apiProperty,
  hasKind,
  languageExtensions,
} from '../../../../../../../server/src/service/validation/rules/template/samShapes';
import { survivorsShapesCases } from '../samOracle/cases/survivorsShapes';
import { checkCase } from '../samOracle/ruleCase';

describe('template rules: second mutation round (samShapes and samApiSettings)', () => {
  for (const c of survivorsShapesCases) test(c.name, () => checkCase(c));
});

const service = getLanguageService({ host: {} });
const api = '  Api:\n    Type: AWS::Serverless::Api\n    Properties:\n      StageName: prod\n';

function template(text: string): TemplateModel {
  const model = service.parseDocument('file:///shapes/template.yaml', 'yaml', 1, text).template;
  assert.ok(model, 'read as a template');
  return model;
}

/** The values of the properties of the resource `Api` (declared after `StageName`), by name. */
function values(properties: string): Record<string, AstNode> {
  const model = template(`Resources:\n${api}${properties}`);
  const props = model.resources.get('Api')!.properties!;
  return Object.fromEntries(props.properties.map((p) => [p.key.value, p.value!]));
}

describe('samShapes helpers', () => {
  test("languageExtensions: the transform named alone, before or after SAM's, or not at all", () => {
    assert.equal(languageExtensions(template(`Resources:\n${api}`)), false);
    assert.equal(languageExtensions(template(`Transform: AWS::Serverless-2016-10-31\nResources:\n${api}`)), false);
    assert.equal(languageExtensions(template(`Transform: AWS::LanguageExtensions\nResources:\n${api}`)), true);
    assert.equal(
      languageExtensions(
        template(`Transform: [AWS::LanguageExtensions, AWS::Serverless-2016-10-31]\nResources:\n${api}`),
      ),
      true,
    );
    // CloudFormation runs SAM's transform first here: the extensions resolve nothing SAM reads.
    assert.equal(
      languageExtensions(
        template(`Transform: [AWS::Serverless-2016-10-31, AWS::LanguageExtensions]\nResources:\n${api}`),
      ),
      false,
    );
    assert.equal(
      languageExtensions(template(`Transform: [MyMacro, AWS::LanguageExtensions]\nResources:\n${api}`)),
      true,
    );
  });

  test('hasKind: a tagged value is a one-key mapping to SAM, a list or a string only when untagged', () => {
    // SAM's loader (samtranslator.yaml_helper intrinsics_multi_constructor) reads `!If [c, a, b]` as {'Fn::If': [...]}.
    const v = values('      A: !If [c, a, b]\n      B: !Ref Thing\n      C: [a]\n      D: {a: b}\n      E: text\n');
    assert.deepEqual(
      ['A', 'B', 'C', 'D', 'E'].map((k) => [
        k,
        hasKind(v[k], ['map']),
        hasKind(v[k], ['list']),
        hasKind(v[k], ['string']),
      ]),
      [
        ['A', true, false, false],
        ['B', true, false, false],
        ['C', false, true, false],
        ['D', true, false, false],
        ['E', false, false, true],
      ],
    );
  });

  test('hasKind: whole numbers as PyYAML reads them (hex and any length are ints; 1.0 and 1e3 are not)', () => {
    const big = '1' + '0'.repeat(400);
    const v = values(
      `      A: 0x1E\n      B: 30\n      C: 1.0\n      D: 1e3\n      E: '30'\n      F: true\n      G: ${big}\n      H: .inf\n`,
    );
    assert.deepEqual(
      Object.entries(v).map(([k, node]) => [k, hasKind(node, ['integer'])]),
      [
        ['StageName', false],
        ['A', true],
        ['B', true],
        ['C', false],
        ['D', false],
        ['E', false],
        ['F', true],
        ['G', true],
        ['H', false],
      ],
    );
  });

  test('apiGlobals: only an Api or HttpApi takes a Globals section', () => {
    const model = template(
      `Globals:\n  Function: {Timeout: 3}\n  HttpApi: {FailOnWarnings: true}\n  Api: {TracingEnabled: true}\nResources:\n${api}`,
    );
    const globals = getValue(model.root, 'Globals');
    assert.equal(apiGlobals(model, 'AWS::Serverless::Function'), undefined);
    assert.equal(apiGlobals(model, 'AWS::ApiGateway::RestApi'), undefined);
    assert.equal(apiGlobals(model, 'AWS::Serverless::HttpApi'), getValue(globals, 'HttpApi'));
    assert.equal(apiGlobals(model, 'AWS::Serverless::Api'), getValue(globals, 'Api'));
  });

  test('apiProperty: a null is not set, on the resource or in Globals (the merged value is None to SAM)', () => {
    const model = template(
      `Globals:\n  Api:\n    Cors: null\n    TracingEnabled: true\n    Name: g\nResources:\n${api}      TracingEnabled: null\n      Name: own\n`,
    );
    const resource = model.resources.get('Api')!;
    assert.equal(apiProperty(model, resource, 'Cors'), undefined);
    assert.equal(apiProperty(model, resource, 'Variables'), undefined);
    assert.equal(
      apiProperty(model, resource, 'TracingEnabled')?.parent,
      getValue(getValue(model.root, 'Globals'), 'Api'),
    );
    assert.equal(apiProperty(model, resource, 'Name')?.parent, resource.properties);
  });
});
