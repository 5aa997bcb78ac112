/** Every `x-amazon-apigateway-*` extension: where it goes, which API types read it, and its value's shape. */
import { authorizerDocUrl, authorizerSchema } from './authorizer';
import {
  API_KEY_SOURCES,
  API_KEY_SOURCE_DOCS,
  DG,
  DOCUMENTATION_PART_TYPES,
  GATEWAY_RESPONSE_TYPES,
  SECURITY_POLICIES,
  STATUS_CODE,
} from './enums';
import { integrationDocUrl, integrationSchema } from './integration';
import type { ExtensionSpec, Schema } from './types';

const page = (name: string) => `${DG}${name}.html`;

const gatewayResponse: Schema = {
  kind: 'object',
  description: 'A customised gateway response.',
  fields: {
    statusCode: {
      kind: 'string',
      pattern: STATUS_CODE,
      description: 'The status code to return instead of the default one.',
    },
    responseParameters: {
      kind: 'map',
      description:
        "Headers (and path or query values) to set: keys `gatewayresponse.header.<name>`, values a request parameter such as `method.request.header.Origin` or a quoted static value `'*'`.",
      keys: {
        pattern: {
          regex: /^gatewayresponse\.(header|path|querystring)\.\S+$/,
          message: '`gatewayresponse.{header|path|querystring}.<name>`',
        },
        description: '`gatewayresponse.header.<name>`',
      },
      values: { kind: 'string' },
    },
    responseTemplates: {
      kind: 'map',
      description:
        'Body templates keyed by content type. Only simple `$context` substitution is done, not full Velocity.',
      keys: { description: 'A MIME type.' },
      values: { kind: 'string' },
    },
  },
};

const requestValidator: Schema = {
  kind: 'object',
  description: 'What a request validator checks.',
  fields: {
    validateRequestBody: {
      kind: 'boolean',
      default: 'false',
      description: "Check the request body against the operation's model (JSON Schema draft 4).",
    },
    validateRequestParameters: {
      kind: 'boolean',
      default: 'false',
      description: 'Check that required path, query string and header parameters are present and not blank.',
    },
  },
};

const documentationPart: Schema = {
  kind: 'object',
  required: ['location'],
  fields: {
    location: {
      kind: 'object',
      required: ['type'],
      description: 'Which part of the API the documentation is about.',
      fields: {
        type: { kind: 'string', enum: DOCUMENTATION_PART_TYPES, description: 'The kind of API entity.' },
        path: { kind: 'string', default: '/', description: 'Resource path of the entity.' },
        method: { kind: 'string', default: '*', description: 'HTTP method of the entity.' },
        statusCode: {
          kind: 'string',
          pattern: { regex: /^([1-5]\d\d|\*|\s*)$/, message: 'a status code or `*`' },
          default: '*',
          description: 'Status code, for responses.',
        },
        name: { kind: 'string', description: 'Name of the entity (model, parameter, header, authorizer).' },
      },
    },
    properties: { kind: 'any', description: 'The documentation content (a JSON object).' },
  },
};

export const EXTENSIONS: readonly ExtensionSpec[] = [
  {
    name: 'x-amazon-apigateway-any-method',
    places: ['pathItem'],
    apiTypes: ['REST', 'HTTP'],
    docUrl: page('api-gateway-swagger-extensions-any-method'),
    schema: {
      kind: 'object',
      openFields: true,
      description:
        'An operation that catches every HTTP method not declared on its own for this path (the `ANY` method).',
    },
  },
  {
    name: 'x-amazon-apigateway-api-key-source',
    places: ['root'],
    apiTypes: ['REST'],
    docUrl: page('api-gateway-swagger-extensions-api-key-source'),
    schema: {
      kind: 'string',
      enum: API_KEY_SOURCES,
      enumDocs: API_KEY_SOURCE_DOCS,
      default: 'HEADER',
      description: 'Where API keys for usage plans are read from.',
    },
  },
  {
    name: 'x-amazon-apigateway-auth',
    places: ['operation'],
    apiTypes: ['REST'],
    unconfirmedApiTypes: ['HTTP'],
    docUrl: page('api-gateway-swagger-extensions-auth'),
    schema: {
      kind: 'object',
      description: 'The authorization type of an operation.',
      fields: {
        type: {
          kind: 'string',
          enum: ['NONE', 'AWS_IAM'],
          caseInsensitive: true,
          enumDocs: { NONE: 'Open access.', AWS_IAM: 'Callers sign requests with AWS Signature Version 4.' },
          description: 'Authorization type (any letter case).',
        },
      },
    },
  },
  {
    name: 'x-amazon-apigateway-authorizer',
    places: ['securityScheme'],
    apiTypes: ['REST', 'HTTP'],
    docUrl: authorizerDocUrl,
    schema: authorizerSchema,
  },
  {
    name: 'x-amazon-apigateway-authtype',
    places: ['securityScheme'],
    apiTypes: ['REST', 'HTTP'],
    docUrl: page('api-gateway-swagger-extensions-authtype'),
    schema: {
      kind: 'string',
      description:
        "A label for the authorizer's scheme (REST, no effect on behaviour), or `awsSigv4` for IAM authorization (REST and HTTP). Values starting with `aws` are reserved.",
    },
  },
  {
    name: 'x-amazon-apigateway-binary-media-types',
    places: ['root'],
    apiTypes: ['REST'],
    docUrl: page('api-gateway-swagger-extensions-binary-media-types'),
    schema: {
      kind: 'array',
      items: {
        kind: 'string',
        pattern: { regex: /^[^\s/]+\/[^\s/]+$/, message: 'a MIME type such as `image/png` or `*/*`' },
      },
      description: 'Media types API Gateway treats as binary, e.g. `image/png` or `*/*`.',
    },
  },
  {
    name: 'x-amazon-apigateway-cors',
    places: ['root'],
    apiTypes: ['HTTP'],
    docUrl: page('api-gateway-swagger-extensions-cors-configuration'),
    schema: {
      kind: 'object',
      description:
        'CORS for an HTTP API: API Gateway answers preflight requests itself and ignores CORS headers from the backend.',
      fields: {
        allowOrigins: {
          kind: 'array',
          items: { kind: 'string' },
          description: 'Origins allowed to call the API, or `*`.',
        },
        allowCredentials: {
          kind: 'boolean',
          description: 'Whether credentials (cookies, authorization headers) are allowed. Not with a `*` origin.',
        },
        exposeHeaders: {
          kind: 'array',
          items: { kind: 'string' },
          description: 'Response headers the browser may read.',
        },
        maxAge: {
          kind: 'integer',
          minimum: -1,
          maximum: 86400,
          description: 'Seconds a browser caches the preflight answer (-1 disables caching).',
        },
        allowMethods: { kind: 'array', items: { kind: 'string' }, description: 'Methods allowed, or `*`.' },
        allowHeaders: { kind: 'array', items: { kind: 'string' }, description: 'Request headers allowed, or `*`.' },
      },
    },
  },
  {
    name: 'x-amazon-apigateway-documentation',
    places: ['root'],
    apiTypes: ['REST'],
    docUrl: page('api-gateway-swagger-extensions-documentation'),
    schema: {
      kind: 'object',
      description: 'Documentation parts imported with the API.',
      fields: {
        version: { kind: 'string', description: 'The documentation snapshot version.' },
        createdDate: { kind: 'string', description: 'Written by export; ignored on import.' },
        documentationParts: { kind: 'array', items: documentationPart, description: 'The documentation parts.' },
      },
    },
  },
  {
    name: 'x-amazon-apigateway-endpoint-access-mode',
    places: ['root'],
    apiTypes: ['REST'],
    docUrl: page('openapi-extensions-endpoint-access-mode'),
    schema: {
      kind: 'string',
      enum: ['BASIC', 'STRICT'],
      enumDocs: {
        BASIC: 'No extra endpoint checks.',
        STRICT: 'Requests must come through the same endpoint type as the API.',
      },
      description: 'Endpoint access mode; required with an enhanced `SecurityPolicy_*` security policy.',
    },
  },
  {
    name: 'x-amazon-apigateway-endpoint-configuration',
    places: ['root', 'server'],
    apiTypes: ['REST', 'HTTP'],
    docUrl: page('api-gateway-swagger-extensions-endpoint-configuration'),
    schema: {
      kind: 'object',
      description:
        'Endpoint settings of the API. (The endpoint type itself is set at import or in CloudFormation, not here.)',
      fields: {
        disableExecuteApiEndpoint: {
          kind: 'boolean',
          default: 'false',
          description: 'Turn off the default `execute-api` endpoint so that clients must use a custom domain.',
        },
        vpcEndpointIds: {
          kind: 'array',
          apiTypes: ['REST'],
          items: { kind: 'string' },
          description: 'Private REST APIs: VPC endpoint ids that get Route 53 alias records.',
        },
        ipAddressType: {
          kind: 'string',
          enum: ['ipv4', 'dualstack'],
          description: 'IP address types that can call the API.',
        },
      },
    },
  },
  {
    name: 'x-amazon-apigateway-gateway-responses',
    places: ['root'],
    apiTypes: ['REST'],
    docUrl: page('api-gateway-swagger-extensions-gateway-responses'),
    schema: {
      kind: 'map',
      description:
        'Customised responses that API Gateway itself returns (errors, throttling, authorization failures), keyed by response type.',
      keys: {
        enum: Object.keys(GATEWAY_RESPONSE_TYPES),
        enumDocs: GATEWAY_RESPONSE_TYPES,
        description: 'A gateway response type.',
      },
      values: gatewayResponse,
    },
  },
  {
    name: 'x-amazon-apigateway-importexport-version',
    places: ['root'],
    apiTypes: ['HTTP'],
    docUrl: page('api-gateway-extensions-importexport-version'),
    schema: {
      kind: 'string',
      enum: ['1.0'],
      description: 'Version of the HTTP API import/export algorithm; only `1.0` exists.',
    },
  },
  {
    name: 'x-amazon-apigateway-integration',
    places: ['operation'],
    apiTypes: ['REST', 'HTTP'],
    docUrl: integrationDocUrl,
    schema: integrationSchema,
  },
  {
    name: 'x-amazon-apigateway-integrations',
    places: ['components'],
    apiTypes: ['HTTP'],
    docUrl: page('api-gateway-extensions-integrations'),
    schema: {
      kind: 'map',
      description:
        'Reusable integrations, referenced from operations with `$ref: "#/components/x-amazon-apigateway-integrations/<name>"`.',
      keys: { description: 'An integration name.' },
      values: integrationSchema,
    },
  },
  {
    name: 'x-amazon-apigateway-minimum-compression-size',
    places: ['root'],
    apiTypes: ['REST'],
    docUrl: page('api-gateway-openapi-minimum-compression-size'),
    schema: {
      kind: 'integer',
      minimum: 0,
      maximum: 10485760,
      description: 'Smallest response body, in bytes, that API Gateway compresses; absent means no compression.',
    },
  },
  {
    name: 'x-amazon-apigateway-policy',
    places: ['root'],
    apiTypes: ['REST'],
    docUrl: page('openapi-extensions-policy'),
    schema: {
      kind: 'object',
      openFields: true,
      required: ['Statement'],
      description:
        "The API's resource policy, an IAM policy document. `execute-api:/*` in resources stands for this API.",
      fields: {
        Version: { kind: 'string', enum: ['2012-10-17', '2008-10-17'], description: 'Policy language version.' },
        Statement: { kind: 'any', description: 'The policy statements.' },
        Id: { kind: 'string' },
      },
    },
  },
  {
    name: 'x-amazon-apigateway-request-validator',
    places: ['root', 'operation'],
    apiTypes: ['REST'],
    docUrl: page('api-gateway-swagger-extensions-request-validator'),
    schema: {
      kind: 'string',
      description:
        'The request validator (from `x-amazon-apigateway-request-validators`) used by every operation (at the root) or by this operation.',
    },
  },
  {
    name: 'x-amazon-apigateway-request-validators',
    places: ['root'],
    apiTypes: ['REST'],
    docUrl: page('api-gateway-swagger-extensions-request-validators'),
    schema: {
      kind: 'map',
      description: 'Named request validators.',
      keys: { description: 'A validator name.' },
      values: requestValidator,
    },
  },
  {
    name: 'x-amazon-apigateway-security-policy',
    places: ['root'],
    apiTypes: ['REST'],
    docUrl: page('openapi-extensions-security-policy'),
    schema: {
      kind: 'string',
      enum: Object.keys(SECURITY_POLICIES),
      enumDocs: SECURITY_POLICIES,
      description: "TLS security policy of the API's endpoint.",
    },
  },
  {
    name: 'x-amazon-apigateway-tag-value',
    places: ['tag'],
    apiTypes: ['HTTP'],
    docUrl: page('api-gateway-openapi-extensions-x-amazon-apigateway-tag-value'),
    schema: { kind: 'string', description: "HTTP APIs: the value of the AWS tag whose key is this tag's `name`." },
  },
];
