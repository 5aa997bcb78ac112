/** Enumerations AWS defines for API Gateway, with a line of explanation each (used by hover and completion). */

export const DG = 'https://docs.aws.amazon.com/apigateway/latest/developerguide/';

export const INTEGRATION_TYPES = ['aws', 'aws_proxy', 'http', 'http_proxy', 'mock'] as const;
export const INTEGRATION_TYPE_DOCS: Record<string, string> = {
  aws: 'Calls an AWS service action (or a Lambda function without proxying); request and response are shaped by mapping templates.',
  aws_proxy:
    'Lambda proxy integration (or, in HTTP APIs, an AWS service integration with `integrationSubtype`): the whole request is handed over as the event.',
  http: 'Calls an HTTP endpoint; request and response are shaped by mapping templates.',
  http_proxy: 'Passes the request through to an HTTP endpoint and returns its response unchanged.',
  mock: 'Answers from API Gateway itself, without calling a backend.',
};

export const PASSTHROUGH_BEHAVIORS = ['when_no_match', 'when_no_templates', 'never'] as const;
export const PASSTHROUGH_DOCS: Record<string, string> = {
  when_no_match: 'A request whose content type has no mapping template is passed through unchanged.',
  when_no_templates:
    'Passes the request through only when the integration defines no template at all; otherwise an unmapped content type gets 415.',
  never: 'Rejects with 415 any request whose content type has no mapping template.',
};

export const CONTENT_HANDLING = ['CONVERT_TO_BINARY', 'CONVERT_TO_TEXT'] as const;
export const CONTENT_HANDLING_DOCS: Record<string, string> = {
  CONVERT_TO_BINARY: 'Decodes a base64 text payload into binary.',
  CONVERT_TO_TEXT: 'Encodes a binary payload as base64 text.',
};

export const CONNECTION_TYPES = ['INTERNET', 'VPC_LINK'] as const;
export const CONNECTION_TYPE_DOCS: Record<string, string> = {
  INTERNET: 'The backend is reached over the public internet (the default).',
  VPC_LINK: 'The backend is reached privately through a VPC link named by `connectionId`.',
};

export const RESPONSE_TRANSFER_MODES = ['BUFFERED', 'STREAM'] as const;

export const HTTP_METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS', 'ANY'] as const;
export const OPERATION_KEYS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

export const REST_AUTHORIZER_TYPES = ['token', 'request', 'cognito_user_pools'] as const;
export const HTTP_AUTHORIZER_TYPES = ['request', 'jwt'] as const;
export const AUTHORIZER_TYPE_DOCS: Record<string, string> = {
  token: 'Lambda authorizer that receives a single bearer token from a header (REST APIs).',
  request: 'Lambda authorizer that receives headers, query string, stage variables and context.',
  cognito_user_pools: 'Validates tokens issued by Amazon Cognito user pools (REST APIs).',
  jwt: 'Validates JSON Web Tokens from an OpenID Connect or OAuth 2.0 issuer (HTTP APIs).',
};

export const API_KEY_SOURCES = ['HEADER', 'AUTHORIZER'] as const;
export const API_KEY_SOURCE_DOCS: Record<string, string> = {
  HEADER: 'API keys are read from the `X-API-Key` request header.',
  AUTHORIZER: 'API keys come from the `usageIdentifierKey` that a Lambda authorizer returns.',
};

export const GATEWAY_RESPONSE_TYPES: Record<string, string> = {
  ACCESS_DENIED: '403 — authorization failed (for example the authorizer denied access).',
  API_CONFIGURATION_ERROR: '500 — the API is misconfigured (invalid endpoint, bad base64 with binary support, ...).',
  AUTHORIZER_CONFIGURATION_ERROR: '500 — the authorizer could not be reached.',
  AUTHORIZER_FAILURE: '500 — the custom or Cognito authorizer failed to authenticate the caller.',
  BAD_REQUEST_PARAMETERS: '400 — required request parameters were missing or blank (request validation).',
  BAD_REQUEST_BODY: '400 — the request body failed model validation.',
  DEFAULT_4XX: 'Fallback for every 4xx response type not customised on its own.',
  DEFAULT_5XX: 'Fallback for every 5xx response type not customised on its own.',
  EXPIRED_TOKEN: '403 — the AWS authentication token expired.',
  INTEGRATION_FAILURE: '504 — the integration failed.',
  INTEGRATION_TIMEOUT: '504 — the integration timed out.',
  INVALID_API_KEY: '403 — the API key is invalid for a method that requires one.',
  INVALID_SIGNATURE: '403 — the AWS signature could not be verified.',
  MISSING_AUTHENTICATION_TOKEN: '403 — no authentication token; also what an unknown path or method returns.',
  QUOTA_EXCEEDED: '429 — the usage plan quota is used up.',
  REQUEST_TOO_LARGE: '413 — the request is too large (this response cannot be customised).',
  RESOURCE_NOT_FOUND: '404 — the resource was not found after authentication passed.',
  THROTTLED: '429 — usage plan, method, stage or account throttling limits were exceeded.',
  UNAUTHORIZED: '401 — the custom or Cognito authorizer could not authenticate the caller.',
  UNSUPPORTED_MEDIA_TYPE: '415 — the payload has an unsupported media type under strict passthrough.',
  WAF_FILTERED: '403 — AWS WAF blocked the request.',
};

export const SECURITY_POLICIES: Record<string, string> = {
  TLS_1_0: 'Legacy policy accepting TLS 1.0 and later.',
  TLS_1_2: 'Legacy policy accepting TLS 1.2 and later.',
  SecurityPolicy_TLS13_1_3_2025_09: 'TLS 1.3 only.',
  SecurityPolicy_TLS13_1_3_FIPS_2025_09: 'TLS 1.3 only, FIPS ciphers.',
  SecurityPolicy_TLS13_1_2_PFS_PQ_2025_09: 'TLS 1.2 and 1.3 with forward secrecy and post-quantum key exchange.',
  SecurityPolicy_TLS13_1_2_FIPS_PQ_2025_09: 'TLS 1.2 and 1.3, FIPS ciphers, post-quantum key exchange.',
  SecurityPolicy_TLS13_1_2_FIPS_PFS_PQ_2025_09: 'TLS 1.2 and 1.3, FIPS, forward secrecy, post-quantum.',
  SecurityPolicy_TLS13_1_2_PQ_2025_09: 'TLS 1.2 and 1.3 with post-quantum key exchange.',
  SecurityPolicy_TLS13_1_2_2021_06: 'TLS 1.2 and 1.3 (2021 cipher set).',
  SecurityPolicy_TLS13_2025_EDGE: 'TLS 1.3 for edge-optimized endpoints.',
  SecurityPolicy_TLS12_PFS_2025_EDGE: 'TLS 1.2 with forward secrecy for edge-optimized endpoints.',
  SecurityPolicy_TLS12_2018_EDGE: 'TLS 1.2 (2018 cipher set) for edge-optimized endpoints.',
};

export const INTEGRATION_SUBTYPES: Record<string, { required: string[]; optional: string[] }> = {
  'EventBridge-PutEvents': {
    required: ['Detail', 'DetailType', 'Source'],
    optional: ['Time', 'EventBusName', 'Resources', 'Region', 'TraceHeader'],
  },
  'SQS-SendMessage': {
    required: ['QueueUrl', 'MessageBody'],
    optional: [
      'DelaySeconds',
      'MessageAttributes',
      'MessageDeduplicationId',
      'MessageGroupId',
      'MessageSystemAttributes',
      'Region',
    ],
  },
  'SQS-ReceiveMessage': {
    required: ['QueueUrl'],
    optional: [
      'AttributeNames',
      'MaxNumberOfMessages',
      'MessageAttributeNames',
      'ReceiveRequestAttemptId',
      'VisibilityTimeout',
      'WaitTimeSeconds',
      'Region',
    ],
  },
  'SQS-DeleteMessage': { required: ['ReceiptHandle', 'QueueUrl'], optional: ['Region'] },
  'SQS-PurgeQueue': { required: ['QueueUrl'], optional: ['Region'] },
  'AppConfig-GetConfiguration': {
    required: ['Application', 'Environment', 'Configuration', 'ClientId'],
    optional: ['ClientConfigurationVersion', 'Region'],
  },
  'Kinesis-PutRecord': {
    required: ['StreamName', 'Data', 'PartitionKey'],
    optional: ['SequenceNumberForOrdering', 'ExplicitHashKey', 'Region'],
  },
  'StepFunctions-StartExecution': { required: ['StateMachineArn'], optional: ['Name', 'Input', 'Region'] },
  'StepFunctions-StartSyncExecution': {
    required: ['StateMachineArn'],
    optional: ['Name', 'Input', 'Region', 'TraceHeader'],
  },
  'StepFunctions-StopExecution': { required: ['ExecutionArn'], optional: ['Cause', 'Error', 'Region'] },
};

export const DOCUMENTATION_PART_TYPES = [
  'API',
  'AUTHORIZER',
  'MODEL',
  'RESOURCE',
  'METHOD',
  'PATH_PARAMETER',
  'QUERY_PARAMETER',
  'REQUEST_HEADER',
  'REQUEST_BODY',
  'RESPONSE',
  'RESPONSE_HEADER',
  'RESPONSE_BODY',
] as const;

export const STATUS_CODE = { regex: /^[1-5]\d\d$/, message: 'a status code from 100 to 599, such as "200"' };
