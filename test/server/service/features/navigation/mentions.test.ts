// mentionsIn and allMentions called directly: the intrinsics that mention a resource, and the shapes that look like
// them but mention nothing (no argument, an empty or nested list, another function, a variables map as template).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { allMentions, mentionsIn } from '../../../../../server/src/service/features/navigation/logicalIds';
import { findAtPath } from '../../../../../server/src/service/parser/ast';
import type { ApiDocument } from '../../../../../server/src/service/document/model';
import { documentOf } from '../helpers';

const resources = `  Api:
    Type: AWS::Serverless::Api
    Properties: {StageName: prod}
`;

/** A template whose resource `Fn` has the property `P` written as `value` (YAML flow or block text). */
const templateWith = (value: string) =>
  documentOf(`Transform: AWS::Serverless-2016-10-31
Resources:
${resources}  Fn:
    Type: AWS::Serverless::Function
    Properties:
      P: ${value}
`);

const valueOf = (doc: ApiDocument) => findAtPath(doc.template!.root, ['Resources', 'Fn', 'Properties', 'P']);
const ids = (doc: ApiDocument) =>
  allMentions(doc).map((m) => `${m.id}@${doc.text.getText().slice(m.offset, m.offset + m.length)}`);

describe('mentionsIn', () => {
  test('each form names the id where it is written', () => {
    for (const value of [
      '!Ref Api',
      '{Ref: Api}',
      '!GetAtt Api.RootResourceId',
      '{Fn::GetAtt: [Api, RootResourceId]}',
      "!Sub '${Api}'",
      "{Fn::Sub: ['${Api.RootResourceId}', {}]}",
    ]) {
      const doc = templateWith(value);
      const found = mentionsIn(doc, valueOf(doc)!);
      assert.equal(found.length, 1, value);
      assert.equal(found[0].id, 'Api', value);
      assert.equal(doc.text.getText().slice(found[0].offset, found[0].offset + found[0].length), 'Api', value);
    }
  });

  test('shapes that mention nothing', () => {
    for (const value of [
      'plain',
      '{a: Api}',
      '{Fn::Base64: "${Api}"}',
      '{Fn::GetAtt: []}',
      '{Fn::GetAtt: [[Api], Arn]}',
      '{Fn::GetAtt: {a: Api}}',
      '{Fn::Sub: []}',
      "{Fn::Sub: [['${Api}'], {}]}",
      "{Fn::Sub: {a: '${Api}'}}",
      '{Ref: [Api]}',
    ]) {
      const doc = templateWith(value);
      assert.deepEqual(mentionsIn(doc, valueOf(doc)!), [], value);
    }
  });

  test('an intrinsic with no argument at all (broken JSON) mentions nothing', () => {
    for (const name of ['Ref', 'Fn::GetAtt', 'Fn::Sub']) {
      const doc = documentOf(
        `{"Transform": "AWS::Serverless-2016-10-31", "Resources": {"Api": {"Type": "AWS::Serverless::Api"}, "Fn": {"Type": "AWS::Serverless::Function", "Properties": {"P": {"${name}": }}}}}`,
        'json',
      );
      const p = valueOf(doc);
      assert.equal(p?.type, 'object', name);
      assert.deepEqual(mentionsIn(doc, p), [], name);
      assert.deepEqual(allMentions(doc), [], name);
    }
  });
});

describe('allMentions', () => {
  test('only mentions of declared resources, each once', () => {
    const doc = templateWith('[!Ref Api, !Ref Missing, {Ref: Api}, !Sub "${Missing}-${Api}"]');
    assert.deepEqual(ids(doc), ['Api@Api', 'Api@Api', 'Api@Api']);
  });

  test('a definition without a template has none', () => {
    const spec = documentOf('openapi: 3.0.1\npaths:\n  /a:\n    get:\n      x: {Ref: Api}\n');
    assert.deepEqual(allMentions(spec), []);
  });

  test('a mention nested a hundred levels deep is found', () => {
    const deep = (levels: number) => `${'['.repeat(levels)}!Ref Api${']'.repeat(levels)}`;
    // P's value sits at depth 4 (Resources, Fn, Properties, P); 96 lists more put the mention at depth 100.
    assert.deepEqual(ids(templateWith(deep(96))), ['Api@Api']);
  });
});
