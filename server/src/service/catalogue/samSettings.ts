/**
 * Throttling, caching, logging and authorizer settings of SAM and CloudFormation resources, as schemas: the
 * template rules check them with the same schema check as the extensions, and completion and hover read them.
 * Property objects are open: only the properties described here are checked.
 */
import { HTTP_METHODS } from './enums';
import type { ApiType, Field, Schema } from './types';

/** AWS's default throttle quota per account and Region (lower in some newer Regions). */
export const ACCOUNT_RATE_LIMIT = 10000;
export const ACCOUNT_BURST_LIMIT = 5000;
export const SMALL_REGION_RATE_LIMIT = 2500;
export const SMALL_REGION_BURST_LIMIT = 1250;

const CFN = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/';
const SAM = 'https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/';

const rate = (what: string): Field => ({
  kind: 'number',
  minimum: 0,
  description: `Steady-state ${what} limit, in requests per second. It cannot raise the account's own limit (10,000 rps per Region by default).`,
});
const burst = (what: string): Field => ({
  kind: 'integer',
  minimum: 0,
  description: `${what} burst limit: how many requests may arrive at once (token bucket size). The account's own burst is 5,000 by default.`,
});

export const LOGGING_LEVELS = ['OFF', 'ERROR', 'INFO'] as const;
const LOGGING_LEVEL_DOCS: Record<string, string> = {
  OFF: 'No execution logs.',
  ERROR: 'Execution logs for errors only.',
  INFO: 'Execution logs for every request (errors and informational events).',
};

const resourcePath: Field = {
  kind: 'string',
  pattern: {
    regex: /^(?:\/\*|\/|(?:\/[^\s/]+)+)$/,
    message:
      '`/*` (every resource), `/` (the root) or a resource path such as `/pets/{id}` (CloudFormation also writes it `/~1pets~1{id}`)',
  },
  description:
    'The resource the settings apply to: `/*` for every resource, `/` for the root, or a path such as `/pets/{id}`.',
};

const methodSettingMethods = ['*', ...HTTP_METHODS];

export const methodSetting: Schema = {
  kind: 'object',
  description:
    'Throttling, logging, metrics and caching for one method (or, with `/*` and `*`, for every method) of a REST stage.',
  fields: {
    ResourcePath: resourcePath,
    HttpMethod: {
      kind: 'string',
      enum: methodSettingMethods,
      caseInsensitive: true,
      description: 'The method the settings apply to, or `*` for every method.',
    },
    ThrottlingRateLimit: rate('method'),
    ThrottlingBurstLimit: burst('Method'),
    LoggingLevel: {
      kind: 'string',
      enum: LOGGING_LEVELS,
      enumDocs: LOGGING_LEVEL_DOCS,
      default: 'OFF',
      description: 'Execution logging to CloudWatch Logs (needs an account-level CloudWatch role).',
    },
    MetricsEnabled: { kind: 'boolean', default: 'false', description: 'Detailed CloudWatch metrics per method.' },
    DataTraceEnabled: {
      kind: 'boolean',
      default: 'false',
      description: 'Logs full requests and responses; may log sensitive data. Not for production.',
    },
    CachingEnabled: {
      kind: 'boolean',
      default: 'false',
      description: 'Caches responses of this method (the stage needs a cache cluster).',
    },
    CacheTtlInSeconds: {
      kind: 'integer',
      minimum: 0,
      maximum: 3600,
      default: '300',
      description: 'How long responses stay cached; 0 turns caching off. At most 3600.',
    },
    CacheDataEncrypted: { kind: 'boolean', default: 'false', description: 'Encrypts cached responses.' },
  },
};

const throttleSettings: Schema = {
  kind: 'object',
  description: 'Request rate limits.',
  fields: { RateLimit: rate('usage plan'), BurstLimit: burst('Usage plan') },
};

export const QUOTA_PERIODS = ['DAY', 'WEEK', 'MONTH'] as const;
const quota: Field = {
  kind: 'object',
  description: 'How many requests a client (API key) may make per period.',
  fields: {
    Limit: { kind: 'integer', minimum: 0, description: 'The most requests per period.' },
    Offset: { kind: 'integer', minimum: 0, description: 'Requests subtracted from the limit in the first period.' },
    Period: {
      kind: 'string',
      enum: QUOTA_PERIODS,
      enumDocs: {
        DAY: 'The quota resets every day.',
        WEEK: 'The quota resets every week.',
        MONTH: 'The quota resets every month.',
      },
      description: 'The period the limit applies to.',
    },
  },
};

/** Keys of a usage plan's per-method throttles: `{resourcePath}/{METHOD}`. */
const methodThrottleKey = {
  regex: /^(?:\/[^\s]*)?\/(?:GET|POST|PUT|DELETE|PATCH|HEAD|OPTIONS|ANY|\*)$|^\*\/\*$/,
  message: '`{resourcePath}/{METHOD}`, such as `/pets/GET` (or `/GET` for the root)',
};

const usagePlanProperties: Record<string, Field> = {
  Throttle: { ...throttleSettings, description: 'Default request rate limits for every client of the plan.' },
  Quota: quota,
  ApiStages: {
    kind: 'array',
    description: 'The API stages the plan applies to.',
    items: {
      kind: 'object',
      fields: {
        ApiId: { kind: 'string', description: 'The REST API (usually `!Ref MyApi`).' },
        Stage: { kind: 'string', description: 'The stage name (usually `!Ref MyApi.Stage` in SAM).' },
        Throttle: {
          kind: 'map',
          description: 'Per-method limits, keyed `{resourcePath}/{METHOD}` (at most 20 per stage).',
          keys: { pattern: methodThrottleKey, description: 'A method, `/pets/GET`.' },
          values: throttleSettings,
        },
      },
    },
  },
};

const samUsagePlan: Field = {
  kind: 'object',
  description: 'A usage plan SAM creates for this API (needs `ApiKeyRequired` on methods to take effect).',
  fields: {
    CreateUsagePlan: {
      kind: 'string',
      enum: ['PER_API', 'SHARED', 'NONE'],
      enumDocs: {
        PER_API: 'A plan, API key and key link for this API only.',
        SHARED: 'One plan shared by every API of the template that says SHARED.',
        NONE: 'No usage plan.',
      },
      description: 'Which usage plan SAM creates. Required.',
    },
    UsagePlanName: { kind: 'string', description: "The plan's name." },
    Description: { kind: 'string', description: "The plan's description." },
    Quota: quota,
    Throttle: throttleSettings,
    Tags: { kind: 'any', description: 'Tags of the plan.' },
  },
  required: ['CreateUsagePlan'],
};

const samRestAuthorizer: Schema = {
  kind: 'object',
  openFields: true,
  description: 'A Lambda (token or request) or Cognito authorizer.',
  fields: {
    FunctionArn: {
      kind: 'string',
      description: "Lambda authorizers: the function's ARN, usually `!GetAtt MyAuthFunction.Arn`.",
    },
    FunctionPayloadType: {
      kind: 'string',
      enum: ['TOKEN', 'REQUEST'],
      enumDocs: {
        TOKEN: 'The function receives one token from a header.',
        REQUEST: 'The function receives headers, query string, stage variables and context.',
      },
      default: 'TOKEN',
      description: 'What the Lambda authorizer receives.',
    },
    FunctionInvokeRole: {
      kind: 'string',
      description: 'Role API Gateway assumes to call the function; by default SAM adds a resource policy instead.',
    },
    UserPoolArn: {
      kind: 'string',
      description: "Cognito authorizers: the user pool's ARN (or a list), usually `!GetAtt MyUserPool.Arn`.",
    },
    AuthorizationScopes: {
      kind: 'array',
      items: { kind: 'string' },
      description: 'Cognito authorizers: OAuth scopes to require.',
    },
    Identity: {
      kind: 'object',
      description: 'Where the identity comes from, and caching of the answer.',
      fields: {
        Header: {
          kind: 'string',
          default: 'Authorization',
          description: 'Token and Cognito authorizers: the header holding the token.',
        },
        Headers: {
          kind: 'array',
          items: { kind: 'string' },
          description: 'Request authorizers: headers that make up the identity.',
        },
        QueryStrings: {
          kind: 'array',
          items: { kind: 'string' },
          description: 'Request authorizers: query string parameters that make up the identity.',
        },
        StageVariables: {
          kind: 'array',
          items: { kind: 'string' },
          description: 'Request authorizers: stage variables that make up the identity.',
        },
        Context: {
          kind: 'array',
          items: { kind: 'string' },
          description: 'Request authorizers: context variables that make up the identity.',
        },
        ReauthorizeEvery: {
          kind: 'integer',
          minimum: 0,
          maximum: 3600,
          default: '300',
          description: "Seconds the authorizer's answer is cached; 0 turns caching off.",
        },
        ValidationExpression: {
          kind: 'string',
          description: 'Token authorizers: a regular expression the token must match before the function is called.',
        },
      },
    },
    DisableFunctionDefaultPermissions: {
      kind: 'boolean',
      default: 'false',
      description: 'Do not add the permission that lets API Gateway call the function.',
    },
  },
};

const samHttpAuthorizer: Schema = {
  kind: 'object',
  openFields: true,
  description: 'A JWT or Lambda authorizer of an HTTP API.',
  fields: {
    JwtConfiguration: {
      kind: 'object',
      openFields: true,
      description: 'JWT authorizers: the issuer and accepted audiences.',
      fields: {
        issuer: { kind: 'string', description: 'The token issuer URL.' },
        audience: { kind: 'array', items: { kind: 'string' }, description: 'Accepted audiences.' },
      },
    },
    IdentitySource: {
      kind: 'string',
      description: 'JWT authorizers: where the token is, e.g. `$request.header.Authorization`.',
    },
    AuthorizationScopes: { kind: 'array', items: { kind: 'string' }, description: 'Scopes to require.' },
    FunctionArn: {
      kind: 'string',
      description: "Lambda authorizers: the function's ARN, usually `!GetAtt MyAuthFunction.Arn`.",
    },
    FunctionInvokeRole: { kind: 'string', description: 'Role API Gateway assumes to call the function.' },
    AuthorizerPayloadFormatVersion: {
      kind: 'string',
      enum: ['1.0', '2.0'],
      description: 'Lambda authorizers: the event format sent to the function. Required for them.',
    },
    EnableSimpleResponses: {
      kind: 'boolean',
      description: 'Lambda authorizers with payload 2.0: the function returns `{"isAuthorized": true|false}`.',
    },
    EnableFunctionDefaultPermissions: {
      kind: 'boolean',
      description: 'Add the permission that lets API Gateway call the function.',
    },
    Identity: {
      kind: 'object',
      openFields: true,
      description: 'Lambda authorizers: the identity sources, and caching.',
      fields: {
        Headers: { kind: 'array', items: { kind: 'string' }, description: 'Headers that make up the identity.' },
        QueryStrings: {
          kind: 'array',
          items: { kind: 'string' },
          description: 'Query string parameters that make up the identity.',
        },
        StageVariables: {
          kind: 'array',
          items: { kind: 'string' },
          description: 'Stage variables that make up the identity.',
        },
        Context: {
          kind: 'array',
          items: { kind: 'string' },
          description: 'Context variables that make up the identity.',
        },
        ReauthorizeEvery: {
          kind: 'integer',
          minimum: 0,
          maximum: 3600,
          description: 'Seconds the answer is cached; 0 turns caching off.',
        },
      },
    },
  },
};

const routeSettings: Schema = {
  kind: 'object',
  description: 'Throttling, metrics and logging for a route.',
  fields: {
    ThrottlingRateLimit: rate('route'),
    ThrottlingBurstLimit: burst('Route'),
    DetailedMetricsEnabled: { kind: 'boolean', default: 'false', description: 'Per-route CloudWatch metrics.' },
    LoggingLevel: {
      kind: 'string',
      apiTypes: ['WEBSOCKET'],
      enum: LOGGING_LEVELS,
      enumDocs: LOGGING_LEVEL_DOCS,
      description: 'WebSocket APIs: execution logging level.',
    },
    DataTraceEnabled: {
      kind: 'boolean',
      apiTypes: ['WEBSOCKET'],
      description: 'WebSocket APIs: full request and response logging.',
    },
  },
};

const routeKey = {
  regex: /^(?:\$default|(?:ANY|GET|POST|PUT|DELETE|PATCH|HEAD|OPTIONS) \/\S*)$/,
  message: 'a route key such as `GET /pets`, `ANY /{proxy+}` or `$default`',
};
const routeSettingsMap: Field = {
  kind: 'map',
  description: 'Settings per route, keyed by route key (`GET /pets`).',
  keys: { pattern: routeKey, description: 'A route key, `METHOD /path` or `$default`.' },
  values: routeSettings,
  byApiType: { WEBSOCKET: { keys: { description: 'A WebSocket route key such as `$connect` or `sendMessage`.' } } },
};

export interface TemplateResourceSpec {
  type: string;
  /** The API type the settings are read for; `ApiGatewayV2::Stage` depends on its API. */
  apiType: ApiType;
  docUrl: string;
  /** The resource's `Properties`, open: only these properties are described. */
  properties: Schema;
}

const props = (description: string, fields: Record<string, Field>): Schema => ({
  kind: 'object',
  openFields: true,
  description,
  fields,
});

export const TEMPLATE_RESOURCES: readonly TemplateResourceSpec[] = [
  {
    type: 'AWS::Serverless::Api',
    apiType: 'REST',
    docUrl: `${SAM}sam-resource-api.html`,
    properties: props('A SAM REST API.', {
      Auth: {
        kind: 'object',
        openFields: true,
        description: 'Authorizers, the default authorizer, API keys and a usage plan for this API.',
        fields: {
          Authorizers: {
            kind: 'map',
            description: 'Authorizers by name; methods and function events refer to them by that name.',
            keys: { description: 'An authorizer name.' },
            values: samRestAuthorizer,
          },
          DefaultAuthorizer: {
            kind: 'string',
            description:
              'The authorizer every method uses unless its event says otherwise: a name from `Authorizers`, or `AWS_IAM`.',
            checkedBy: 'sam-auth',
          },
          ApiKeyRequired: {
            kind: 'boolean',
            default: 'false',
            readByTruth: true,
            description: 'Every method requires an API key.',
          },
          UsagePlan: samUsagePlan,
          AddDefaultAuthorizerToCorsPreflight: {
            kind: 'boolean',
            default: 'true',
            readByTruth: true,
            description: 'Also protect the CORS `OPTIONS` methods with the default authorizer.',
          },
          AddApiKeyRequiredToCorsPreflight: {
            kind: 'boolean',
            default: 'true',
            readByTruth: true,
            description: 'Also require an API key on the CORS `OPTIONS` methods.',
          },
          InvokeRole: {
            kind: 'string',
            description:
              "Default IAM role for calling Lambda integrations (`CALLER_CREDENTIALS` to pass the caller's identity).",
          },
          ResourcePolicy: { kind: 'any', description: 'A resource policy for the API.' },
        },
      },
      MethodSettings: {
        kind: 'array',
        items: methodSetting,
        description: 'Throttling, logging, metrics and caching per method of the stage.',
      },
    }),
  },
  {
    type: 'AWS::Serverless::HttpApi',
    apiType: 'HTTP',
    docUrl: `${SAM}sam-resource-httpapi.html`,
    properties: props('A SAM HTTP API.', {
      Auth: {
        kind: 'object',
        openFields: true,
        description: 'Authorizers and the default authorizer of this HTTP API.',
        fields: {
          Authorizers: {
            kind: 'map',
            description: 'Authorizers by name.',
            keys: { description: 'An authorizer name.' },
            values: samHttpAuthorizer,
          },
          DefaultAuthorizer: {
            kind: 'string',
            description:
              'The authorizer every route uses unless its event says otherwise: a name from `Authorizers`, or `AWS_IAM`.',
            checkedBy: 'sam-auth',
          },
          EnableIamAuthorizer: {
            kind: 'boolean',
            default: 'false',
            description: 'Allow `AWS_IAM` as an authorizer of routes.',
          },
        },
      },
      DefaultRouteSettings: { ...routeSettings, description: 'Throttling and metrics for every route of the stage.' },
      RouteSettings: routeSettingsMap,
    }),
  },
  {
    type: 'AWS::ApiGateway::Stage',
    apiType: 'REST',
    docUrl: `${CFN}aws-resource-apigateway-stage.html`,
    properties: props('A REST API stage.', {
      MethodSettings: {
        kind: 'array',
        items: methodSetting,
        description: 'Throttling, logging, metrics and caching per method.',
      },
    }),
  },
  {
    type: 'AWS::ApiGateway::UsagePlan',
    apiType: 'REST',
    docUrl: `${CFN}aws-resource-apigateway-usageplan.html`,
    properties: props('A usage plan: throttling and quotas for API keys.', usagePlanProperties),
  },
  {
    type: 'AWS::ApiGatewayV2::Stage',
    apiType: 'HTTP',
    docUrl: `${CFN}aws-resource-apigatewayv2-stage.html`,
    properties: props('An HTTP or WebSocket API stage.', {
      DefaultRouteSettings: { ...routeSettings, description: 'Settings for every route of the stage.' },
      RouteSettings: routeSettingsMap,
    }),
  },
];

const byType = new Map(TEMPLATE_RESOURCES.map((r) => [r.type, r]));

export function findTemplateResource(type: string): TemplateResourceSpec | undefined {
  return byType.get(type);
}

/** Authorizer names SAM knows without a declaration. */
export const BUILT_IN_AUTHORIZERS = ['AWS_IAM', 'NONE'] as const;
