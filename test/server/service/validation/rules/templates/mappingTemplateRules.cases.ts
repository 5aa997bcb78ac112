/**
 * Cases of the mapping template rules (server/src/service/validation/rules/templates/): every diagnostic of each
 * document as the user sees it. Velocity's own verdict on the syntax is held by test/server/service/velocity/; these
 * hold where and what the rules report.
 */
import type { RuleCase } from '../template/samOracle/ruleCase';

/** An OpenAPI 3 definition with one mock POST whose request templates are these YAML lines. */
export const restOp = (templates: string, extra = '') =>
  `openapi: 3.0.1\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    post:\n      responses: {'200': {description: ok}}\n      x-amazon-apigateway-integration:\n        type: mock\n        requestTemplates:\n${templates}${extra}`;
/** The same, with gateway response templates (YAML lines under responseTemplates of DEFAULT_4XX / DEFAULT_5XX). */
export const gatewayResponses = (four: string, five = "'{}'") =>
  restOp(
    '          application/json: \'{"statusCode": 200}\'\n',
    `x-amazon-apigateway-gateway-responses:\n  DEFAULT_4XX:\n    responseTemplates:\n      application/json: ${four}\n  DEFAULT_5XX:\n    responseTemplates:\n      application/json: ${five}\n`,
  );

export const gatewayResponseTemplateCases: RuleCase[] = [
  {
    name: 'gateway response: the first Velocity directive of each template, after a long first template',
    text: gatewayResponses(
      `'{"message": $context.error.messageString, "padding": "${'x'.repeat(60)}" #if($x)y#end}'`,
      "'#set($a = 1)'",
    ),
    expect: [
      'L14:142-14:145 information gateway-response-template-vtl #if | Gateway response templates are not run through Velocity: API Gateway only substitutes $context, $stageVariables and method.request.* values here, so "#if" is not evaluated.',
      'L17:26-17:30 information gateway-response-template-vtl #set | Gateway response templates are not run through Velocity: API Gateway only substitutes $context, $stageVariables and method.request.* values here, so "#set" is not evaluated.',
    ],
  },
  {
    name: 'gateway response: $input, $util, braced and silent references, #{else}',
    text: gatewayResponses('\'{"a": "$!{input.body}"}\'', '\'{"b": "${util.urlEncode(1)}"} #{else}\''),
    expect: [
      'L14:33-14:41 information gateway-response-template-vtl $!{input | Gateway response templates are not run through Velocity: API Gateway only substitutes $context, $stageVariables and method.request.* values here, so "$!{input" is not evaluated.',
      'L17:33-17:39 information gateway-response-template-vtl ${util | Gateway response templates are not run through Velocity: API Gateway only substitutes $context, $stageVariables and method.request.* values here, so "${util" is not evaluated.',
    ],
  },
  {
    name: 'gateway response: what API Gateway substitutes is no Velocity',
    text: gatewayResponses(
      '\'{"m": $context.error.messageString, "s": "$stageVariables.v", "h": "method.request.header.h", "x": "#ifx $inputs"}\'',
    ),
    expect: [],
  },
  {
    name: 'gateway response: Velocity in an integration template is not this rule',
    text: restOp("          application/json: '#if($input.body)1#end'\n"),
    expect: [],
  },
];

export const templateSizeCases: RuleCase[] = [
  {
    name: 'size: one byte above 300 KB, in UTF-8 bytes (three per €)',
    text: restOp(
      `          application/json: '${'€'.repeat(102_400)}x'\n          text/plain: '${'€'.repeat(102_400)}'\n`,
    ),
    expect: [
      'L10:11-10:27 warning template-size application/json | This template is 301 KB; API Gateway allows mapping templates of at most 300 KB.',
    ],
  },
  {
    name: 'size: a whole .vtl file has no key to report the size at',
    text: `#set($a = 1)\n${'x'.repeat(310_000)}\n`,
    uri: 'file:///cases/big.vtl',
    expect: [],
  },
  {
    name: 'size: many characters but fewer bytes than the limit',
    text: restOp(
      `          application/json: '${'é'.repeat(153_600)}'\n          text/plain: '${'x'.repeat(150_000)}'\n`,
    ),
    expect: [],
  },
];

export const templateSyntaxCases: RuleCase[] = [
  {
    name: 'syntax: an unclosed #if in each of two templates',
    text: restOp("          application/json: '#if($a) 1'\n          text/plain: '#foreach($i in $l) $i'\n"),
    expect: [
      'L10:30-10:33 warning template-syntax #if | `#if` is never closed: add `#end`. API Gateway accepts the template at deployment, then fails every request that uses it (500).',
      'L11:24-11:32 warning template-syntax #foreach | `#foreach` is never closed: add `#end`. API Gateway accepts the template at deployment, then fails every request that uses it (500).',
    ],
  },
  {
    name: 'syntax: gateway responses are not parsed',
    text: gatewayResponses("'#if($a) 1'"),
    expect: [
      'L14:26-14:29 information gateway-response-template-vtl #if | Gateway response templates are not run through Velocity: API Gateway only substitutes $context, $stageVariables and method.request.* values here, so "#if" is not evaluated.',
    ],
  },
];

export const templateUnknownMemberCases: RuleCase[] = [
  {
    name: 'unknown member: an AppSync $util member with its did-you-mean, and an $input member like nothing',
    text: restOp("          application/json: '$util.toJson($input.body) $input.zzzzzzzzzzzz'\n"),
    expect: [
      'L10:36-10:42 warning template-unknown-member toJson | API Gateway\'s $util has no "toJson"; Velocity gives null and the template writes nothing there. It has $util.escapeJavaScript, $util.parseJson, $util.urlEncode, $util.urlDecode, $util.base64Encode or $util.base64Decode.',
      'L10:63-10:75 warning template-unknown-member zzzzzzzzzzzz | API Gateway\'s $input has no "zzzzzzzzzzzz"; Velocity gives null and the template writes nothing there. It has $input.body, $input.json, $input.path or $input.params.',
    ],
  },
  {
    name: 'unknown member: braced and silent references, members API Gateway has',
    text: restOp(
      '          application/json: \'$!{util.escapeJavaScrip($x)} ${input.json("$")} $util.base64Encode($x) $input.params()\'\n',
    ),
    expect: [
      "L10:38-10:53 warning template-unknown-member escapeJavaScrip | API Gateway's $util has no \"escapeJavaScrip\"; Velocity gives null and the template writes nothing there. Did you mean '$util.escapeJavaScript'?",
    ],
  },
  {
    name: 'unknown member: members in comments are not read, and offsets after them hold',
    text: restOp(
      '          application/json: |\n            ## $util.bad1\n            #* $util.bad2\n            *# $util.bad3 ## $util.bad4\n            #* $util.bad5 *# #* *# $util.bad6\n            ## last $util.bad7\n            $util.bad8 #* unclosed $util.bad9\n            $util.bad10\n',
    ),
    expect: [
      'L13:22-13:26 warning template-unknown-member bad3 | API Gateway\'s $util has no "bad3"; Velocity gives null and the template writes nothing there. It has $util.escapeJavaScript, $util.parseJson, $util.urlEncode, $util.urlDecode, $util.base64Encode or $util.base64Decode.',
      'L14:42-14:46 warning template-unknown-member bad6 | API Gateway\'s $util has no "bad6"; Velocity gives null and the template writes nothing there. It has $util.escapeJavaScript, $util.parseJson, $util.urlEncode, $util.urlDecode, $util.base64Encode or $util.base64Decode.',
      'L16:19-16:23 warning template-unknown-member bad8 | API Gateway\'s $util has no "bad8"; Velocity gives null and the template writes nothing there. It has $util.escapeJavaScript, $util.parseJson, $util.urlEncode, $util.urlDecode, $util.base64Encode or $util.base64Decode.',
    ],
  },
  {
    name: 'unknown member: gateway responses are not checked',
    text: gatewayResponses("'$util.toJson(1)'"),
    expect: [
      'L14:26-14:31 information gateway-response-template-vtl $util | Gateway response templates are not run through Velocity: API Gateway only substitutes $context, $stageVariables and method.request.* values here, so "$util" is not evaluated.',
    ],
  },
];

/** Cases written from the mutation run (bench/MUTATION.md): comments at the very start, sites skipped before others. */
export const mappingTemplateSurvivorCases: RuleCase[] = [
  {
    name: 'unknown member: a block comment at the very start of the template, and one after a line comment',
    text: restOp(
      "          application/json: '#* $util.bad1 *# $util.bad2'\n          text/plain: |\n            #* $util.bad3 *#\n            ## $util.bad4\n            $util.bad5\n",
    ),
    expect: [
      'L10:53-10:57 warning template-unknown-member bad2 | API Gateway\'s $util has no "bad2"; Velocity gives null and the template writes nothing there. It has $util.escapeJavaScript, $util.parseJson, $util.urlEncode, $util.urlDecode, $util.base64Encode or $util.base64Decode.',
      'L14:19-14:23 warning template-unknown-member bad5 | API Gateway\'s $util has no "bad5"; Velocity gives null and the template writes nothing there. It has $util.escapeJavaScript, $util.parseJson, $util.urlEncode, $util.urlDecode, $util.base64Encode or $util.base64Decode.',
    ],
  },
  {
    name: 'unknown member and syntax: a template CloudFormation substitutes first is skipped, the next one is checked',
    text: restOp(
      "          application/json: '${AWS::Region} $util.bad1 #if('\n          text/plain: '$util.bad2 #if('\n",
    ),
    expect: [
      "L11:39-11:40 warning template-syntax ' | The directive is cut off: a value is missing before the end of the template. API Gateway accepts the template at deployment, then fails every request that uses it (500).",
      'L11:30-11:34 warning template-unknown-member bad2 | API Gateway\'s $util has no "bad2"; Velocity gives null and the template writes nothing there. It has $util.escapeJavaScript, $util.parseJson, $util.urlEncode, $util.urlDecode, $util.base64Encode or $util.base64Decode.',
    ],
  },
];
