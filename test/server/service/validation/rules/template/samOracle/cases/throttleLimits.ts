/**
 * Cases of the throttle rule (server/src/service/validation/rules/template/throttleLimits.ts): warnings only, on
 * templates the SAM transform accepts (the account limits and the token bucket are run-time behaviour).
 */
import { sam, type RuleCase } from '../ruleCase';

const restApi = (props: string, id = 'Api') => `  ${id}:
    Type: AWS::Serverless::Api
    Properties:
      StageName: prod
${props}`;

export const throttleLimitsCases: RuleCase[] = [
  {
    name: 'throttle: numbers written as strings, a fractional rate, and the burst fix rounded up',
    text: sam(
      restApi(
        '      MethodSettings:\n        - {ResourcePath: "/*", HttpMethod: "*", ThrottlingRateLimit: "10000.5", ThrottlingBurstLimit: " 100 "}\n        - {ResourcePath: "/a", HttpMethod: GET, ThrottlingRateLimit: 10.5, ThrottlingBurstLimit: 10}\n',
      ),
    ),
    expect: [
      'L9:70-9:79 warning throttle-above-account "10000.5" | ThrottlingRateLimit 10000.5 is above AWS\'s default account limit of 10,000 requests per second per Region; the account limit throttles first unless AWS raised it.',
      'L9:103-9:110 warning throttle-burst-below-rate " 100 " | ThrottlingBurstLimit 100 is lower than ThrottlingRateLimit 10000.5: the token bucket holds fewer requests than arrive each second, so bursts are throttled below the rate. Use a burst at least as high as the rate.',
      '  fix {"replaceWith":["10001"]}',
      'L10:98-10:100 warning throttle-burst-below-rate 10 | ThrottlingBurstLimit 10 is lower than ThrottlingRateLimit 10.5: the token bucket holds fewer requests than arrive each second, so bursts are throttled below the rate. Use a burst at least as high as the rate.',
      '  fix {"replaceWith":["11"]}',
    ],
  },
  {
    name: 'throttle: exactly the account limits, and a burst equal to the rate',
    text: sam(
      restApi(
        '      MethodSettings:\n        - {ResourcePath: "/*", HttpMethod: "*", ThrottlingRateLimit: 10000}\n        - {ResourcePath: "/b", HttpMethod: GET, ThrottlingBurstLimit: 5000}\n        - {ResourcePath: "/a", HttpMethod: GET, ThrottlingRateLimit: 50, ThrottlingBurstLimit: 50}\n',
      ),
    ),
    expect: [],
  },
  {
    name: 'throttle: a burst above the account burst alone, and a rate that is no number',
    text: sam(
      restApi(
        '      MethodSettings:\n        - {ResourcePath: "/*", HttpMethod: "*", ThrottlingBurstLimit: 5001}\n        - {ResourcePath: "/a", HttpMethod: GET, ThrottlingRateLimit: !Ref Rate, ThrottlingBurstLimit: 1}\n',
      ),
    ).replace('Resources:', 'Parameters:\n  Rate: {Type: Number, Default: 10}\nResources:'),
    expect: [
      "L11:71-11:75 warning throttle-above-account 5001 | ThrottlingBurstLimit 5001 is above AWS's default account burst of 5,000 per Region; the account limit throttles first unless AWS raised it.",
    ],
  },
  {
    name: 'throttle: the usage plan of a SAM API',
    text: sam(
      restApi(
        '      Auth:\n        ApiKeyRequired: true\n        UsagePlan:\n          CreateUsagePlan: PER_API\n          Throttle: {RateLimit: 10, BurstLimit: 5}\n',
      ),
    ),
    expect: [
      'L12:49-12:50 warning throttle-burst-below-rate 5 | BurstLimit 5 is lower than RateLimit 10: the token bucket holds fewer requests than arrive each second, so bursts are throttled below the rate. Use a burst at least as high as the rate.',
      '  fix {"replaceWith":["10"]}',
    ],
  },
  {
    name: 'throttle: HTTP API default and route settings',
    text: sam(
      '  Http:\n    Type: AWS::Serverless::HttpApi\n    Properties:\n      DefaultRouteSettings: {ThrottlingRateLimit: 20000, ThrottlingBurstLimit: 10}\n      RouteSettings:\n        "GET /a": {ThrottlingRateLimit: 10, ThrottlingBurstLimit: 9}\n',
    ),
    expect: [
      "L7:51-7:56 warning throttle-above-account 20000 | ThrottlingRateLimit 20000 is above AWS's default account limit of 10,000 requests per second per Region; the account limit throttles first unless AWS raised it.",
      'L7:80-7:82 warning throttle-burst-below-rate 10 | ThrottlingBurstLimit 10 is lower than ThrottlingRateLimit 20000: the token bucket holds fewer requests than arrive each second, so bursts are throttled below the rate. Use a burst at least as high as the rate.',
      '  fix {"replaceWith":["20000"]}',
      'L9:67-9:68 warning throttle-burst-below-rate 9 | ThrottlingBurstLimit 9 is lower than ThrottlingRateLimit 10: the token bucket holds fewer requests than arrive each second, so bursts are throttled below the rate. Use a burst at least as high as the rate.',
      '  fix {"replaceWith":["10"]}',
    ],
  },
  {
    name: 'throttle: settings that are not mappings are left to the schema check',
    text: sam(
      restApi('      MethodSettings:\n        - not-a-setting\n') +
        '  Http:\n    Type: AWS::Serverless::HttpApi\n    Properties:\n      DefaultRouteSettings: 5\n      RouteSettings:\n        "GET /b": 5\n',
    ),
    expect: [
      'L9:11-9:24 error value-type not-a-setting | \'MethodSettings\' must be an object, not "not-a-setting".',
      "L13:29-13:30 error value-type 5 | 'DefaultRouteSettings' must be an object, not 5.",
      "L15:19-15:20 error value-type 5 | 'GET /b' must be an object, not 5.",
    ],
    // CloudFormation refuses these types after the transform.
    oracle: 'cloudformation',
  },
  {
    name: 'throttle: CloudFormation stages and usage plans',
    text: sam(
      `  Rest:
    Type: AWS::ApiGateway::RestApi
    Properties: {Name: r}
  Stage:
    Type: AWS::ApiGateway::Stage
    Properties:
      RestApiId: !Ref Rest
      DeploymentId: d
      MethodSettings:
        - {ResourcePath: "/*", HttpMethod: "*", ThrottlingRateLimit: 10, ThrottlingBurstLimit: 1}
  Ws:
    Type: AWS::ApiGatewayV2::Api
    Properties: {Name: w, ProtocolType: WEBSOCKET, RouteSelectionExpression: $request.body.action}
  WsStage:
    Type: AWS::ApiGatewayV2::Stage
    Properties:
      ApiId: !Ref Ws
      StageName: prod
      RouteSettings:
        sendMessage: {ThrottlingRateLimit: 10, ThrottlingBurstLimit: 2}
  Plan:
    Type: AWS::ApiGateway::UsagePlan
    Properties:
      Throttle: {RateLimit: 10, BurstLimit: 3}
      ApiStages:
        - ApiId: !Ref Rest
          Stage: prod
          Throttle:
            /a/GET: {RateLimit: 10, BurstLimit: 4}
  Fn:
    Type: AWS::Serverless::Function
    Properties: {Runtime: python3.12, Handler: a.h, CodeUri: s3://b/k, ReservedConcurrentExecutions: 1}
`,
    ),
    expect: [
      'L13:96-13:97 warning throttle-burst-below-rate 1 | ThrottlingBurstLimit 1 is lower than ThrottlingRateLimit 10: the token bucket holds fewer requests than arrive each second, so bursts are throttled below the rate. Use a burst at least as high as the rate.',
      '  fix {"replaceWith":["10"]}',
      'L23:70-23:71 warning throttle-burst-below-rate 2 | ThrottlingBurstLimit 2 is lower than ThrottlingRateLimit 10: the token bucket holds fewer requests than arrive each second, so bursts are throttled below the rate. Use a burst at least as high as the rate.',
      '  fix {"replaceWith":["10"]}',
      'L27:45-27:46 warning throttle-burst-below-rate 3 | BurstLimit 3 is lower than RateLimit 10: the token bucket holds fewer requests than arrive each second, so bursts are throttled below the rate. Use a burst at least as high as the rate.',
      '  fix {"replaceWith":["10"]}',
      'L32:49-32:50 warning throttle-burst-below-rate 4 | BurstLimit 4 is lower than RateLimit 10: the token bucket holds fewer requests than arrive each second, so bursts are throttled below the rate. Use a burst at least as high as the rate.',
      '  fix {"replaceWith":["10"]}',
    ],
  },
];
