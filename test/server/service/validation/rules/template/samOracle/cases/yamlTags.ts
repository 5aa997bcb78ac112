/**
 * YAML's standard tags in a SAM template, read as the transform (PyYAML) reads them: `!!bool true` is a boolean (the
 * parser library made a syntax error of it), `!!str true` the text "true", which a boolean property refuses.
 */
import { sam, type RuleCase } from '../ruleCase';

const api = (tracing: string) =>
  `  Api:\n    Type: AWS::Serverless::Api\n    Properties: {StageName: prod, TracingEnabled: ${tracing}}\n`;
const fn = (description: string) =>
  `  Fn:\n    Type: AWS::Serverless::Function\n    Properties: {Runtime: python3.12, Handler: a.h, CodeUri: s3://b/k, Description: ${description}}\n`;

export const yamlTagCases: RuleCase[] = [
  { name: 'YAML tags: !!bool true is a boolean', text: sam(api('!!bool true')), expect: [] },
  { name: 'YAML tags: !!str 12 is a text', text: sam(fn('!!str 12')), expect: [] },
  {
    name: 'YAML tags: !!str true is a text, which a boolean property refuses',
    text: sam(api('!!str true')),
    expect: [
      'L6:57-6:61 error sam-property-type true | The SAM transform rejects \'TracingEnabled\' here: it must be true or false, not the string "true".',
    ],
  },
];
