/**
 * SAM `Auth` settings the transform reads by their truth (ApiKeyRequired and the two CORS-preflight flags): it accepts
 * any value, so what is not true or false is a warning that says how it is read (`'false'` counts as true).
 */
import { sam, type RuleCase } from '../ruleCase';

const api = (settings: string) =>
  `  Api:\n    Type: AWS::Serverless::Api\n    Properties:\n      StageName: prod\n      Cors: "'*'"\n      Auth:\n${settings}        Authorizers: {a: {UserPoolArn: arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_X}}\n        DefaultAuthorizer: a\n`;
const fn =
  '  Fn:\n    Type: AWS::Serverless::Function\n    Properties: {Runtime: python3.12, Handler: a.h, CodeUri: s3://b/k, Events: {E: {Type: Api, Properties: {RestApiId: !Ref Api, Path: /a, Method: get}}}}\n';

export const readByTruthCases: RuleCase[] = [
  {
    name: 'read by truth: true and false as written',
    text: sam(api('        ApiKeyRequired: true\n        AddDefaultAuthorizerToCorsPreflight: false\n') + fn),
    expect: [],
  },
  {
    name: "read by truth: 'false', 0 and a list are warnings with what SAM makes of them",
    text: sam(
      api(
        "        ApiKeyRequired: 'false'\n        AddDefaultAuthorizerToCorsPreflight: 0\n        AddApiKeyRequiredToCorsPreflight: [a]\n",
      ) + fn,
    ),
    expect: [
      `L10:25-10:32 warning value-truth 'false' | The SAM transform reads 'ApiKeyRequired' by its truth: "false" counts as true. Write true or false.`,
      '  fix {"replaceWith":["true"]}',
      "L11:46-11:47 warning value-truth 0 | The SAM transform reads 'AddDefaultAuthorizerToCorsPreflight' by its truth: 0 counts as false. Write true or false.",
      '  fix {"replaceWith":["false"]}',
      "L12:43-12:46 warning value-truth [a] | The SAM transform reads 'AddApiKeyRequiredToCorsPreflight' by its truth: a list counts as true. Write true or false.",
      '  fix {"replaceWith":["true"]}',
    ],
  },
];
