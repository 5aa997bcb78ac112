// Mentions of template resources by logical id in every intrinsic form, with the range of the id itself.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { getLanguageService } from '../../../../../server/src/service/languageService';

const service = getLanguageService({ host: {} });

function references(text: string, needle: string, within = 1, languageId = 'yaml'): string[] {
  const doc = service.parseDocument(`file:///t.${languageId}`, languageId, 1, text);
  const at = text.indexOf(needle);
  assert.ok(at >= 0, needle);
  return service
    .references(doc, doc.text.positionAt(at + within))
    .map((l) => `${l.range.start.line}:${l.range.start.character}:${doc.text.getText(l.range)}`);
}

const template = `Resources:
  Fn:
    Type: AWS::Lambda::Function
  Api:
    Type: AWS::ApiGateway::RestApi
    Properties:
      Name: !Ref "Fn"
      Description: {Ref: Fn}
      Policy: {Ref: 7}
      Body:
        x1: !GetAtt Fn.Arn
        x2: {'Fn::GetAtt': [Fn, Arn]}
        x3: !Sub "\${AWS::Region}-\${Fn}-\${Fn.Arn}-\${Other}"
        x4:
          Fn::Sub:
            - 'a \${Fn.Arn} \${Var}'
            - {Var: 1}
        x5: !Sub [7]
        x6: !GetAtt [7, Arn]
        x7: !Sub ""
  Role:
    Type: AWS::IAM::Role
`;

describe('navigation: logical ids', () => {
  test('every form: !Ref (quoted), Ref, !GetAtt, Fn::GetAtt, ${X} and ${X.Arn} in !Sub and Fn::Sub lists', () => {
    assert.deepEqual(references(template, 'Fn:\n'), [
      '1:2:Fn',
      '6:18:Fn',
      '7:25:Fn',
      '10:20:Fn',
      '11:28:Fn',
      '12:35:Fn',
      '12:41:Fn',
      '15:19:Fn',
    ]);
  });

  test('from a mention: the declaration and every mention', () => {
    assert.deepEqual(references(template, 'Fn.Arn\n', 0).length, 8);
    assert.deepEqual(references(template, 'Fn}-', 0)[0], '1:2:Fn');
    assert.deepEqual(references(template, 'Fn.Arn} \\${Var}'.replace('\\', ''), 0)[0], '1:2:Fn');
  });

  test('a resource nobody mentions, and names that are no resources', () => {
    assert.deepEqual(references(template, 'Role:'), ['20:2:Role']);
    assert.deepEqual(references(template, 'Other}', 0), []);
    assert.deepEqual(references(template, 'Var}', 0), []);
  });

  test('JSON: the id inside its quotes', () => {
    const json =
      '{"AWSTemplateFormatVersion": "2010-09-09", "Resources": {"Fn": {"Type": "AWS::Lambda::Function"}, "B": {"Type": "AWS::ApiGateway::RestApi", "Properties": {"A": {"Ref": "Fn"}, "S": {"Fn::Sub": "a-${Fn}"}}}}}';
    assert.deepEqual(references(json, '"Fn": {', 1, 'json'), ['0:57:"Fn"', '0:169:Fn', '0:197:Fn']);
  });
});
