/** `x-amazon-apigateway-integration`: how API Gateway reaches the backend of an operation. */
import {
  CONNECTION_TYPES,
  CONNECTION_TYPE_DOCS,
  CONTENT_HANDLING,
  CONTENT_HANDLING_DOCS,
  DG,
  INTEGRATION_SUBTYPES,
  INTEGRATION_TYPES,
  INTEGRATION_TYPE_DOCS,
  PASSTHROUGH_BEHAVIORS,
  PASSTHROUGH_DOCS,
  RESPONSE_TRANSFER_MODES,
  STATUS_CODE,
} from './enums';
import type { Field, Schema } from './types';

const templates: Schema = {
  kind: 'map',
  description: 'Mapping templates (Velocity) keyed by content type, such as `application/json`.',
  keys: { description: 'A MIME type such as `application/json`.' },
  values: { kind: 'string', description: 'A Velocity (VTL) mapping template.' },
};

export const integrationResponse: Schema = {
  kind: 'object',
  description:
    'How a backend response whose status (or Lambda error message) matches the selection pattern becomes a method response.',
  required: ['statusCode'],
  fields: {
    statusCode: {
      kind: 'string',
      pattern: STATUS_CODE,
      description:
        "The method response status code to return; a response with this code should be declared in the operation's `responses`.",
    },
    responseTemplates: {
      ...templates,
      description:
        "Mapping templates for the response body, keyed by content type (chosen by the request's `Accept` header).",
    },
    responseParameters: {
      kind: 'map',
      description:
        "Method response headers set from the integration response: keys `method.response.header.<name>`, values such as `integration.response.header.<name>`, `integration.response.body.<JSONPath>` or a quoted static value `'value'`.",
      keys: {
        pattern: { regex: /^method\.response\.header\.[^\s.]+$/, message: '`method.response.header.<name>`' },
        description: 'A method response header, `method.response.header.<name>`.',
      },
      values: { kind: 'string' },
    },
    contentHandling: {
      kind: 'string',
      enum: CONTENT_HANDLING,
      enumDocs: CONTENT_HANDLING_DOCS,
      description: 'Converts the response payload between binary and base64 text.',
    },
  },
};

const fields: Record<string, Field> = {
  type: {
    kind: 'string',
    enum: INTEGRATION_TYPES,
    enumDocs: INTEGRATION_TYPE_DOCS,
    caseInsensitive: true,
    description: 'The kind of backend. HTTP APIs support only `aws_proxy` and `http_proxy`.',
  },
  uri: {
    kind: 'string',
    description:
      'The backend: a Lambda invocation ARN `arn:aws:apigateway:{region}:lambda:path/2015-03-31/functions/{functionArn}/invocations`, an AWS service ARN `arn:aws:apigateway:{region}:{service}:action|path/...`, or an http(s) URL. HTTP APIs also take a Lambda function ARN, or a load balancer listener / Cloud Map service ARN for private integrations. Stage variables may appear as `${stageVariables.name}`.',
  },
  httpMethod: {
    kind: 'string',
    description:
      'The HTTP method API Gateway uses to call the backend. Always `POST` for Lambda; required for every type but `mock`.',
  },
  connectionType: {
    kind: 'string',
    enum: CONNECTION_TYPES,
    enumDocs: CONNECTION_TYPE_DOCS,
    default: 'INTERNET',
    description: 'How the backend is reached.',
  },
  connectionId: {
    kind: 'string',
    description: 'The VPC link id (or `${stageVariables.name}`) when `connectionType` is `VPC_LINK`.',
  },
  integrationTarget: {
    kind: 'string',
    apiTypes: ['REST'],
    description:
      'For REST private integrations through a VPC link V2: the load balancer (listener) that receives the request.',
  },
  credentials: {
    kind: 'string',
    description:
      "IAM role ARN that API Gateway assumes to call the backend; `arn:aws:iam::*:user/*` passes the caller's own identity. Leave out to rely on a resource-based policy.",
  },
  requestParameters: {
    kind: 'map',
    description:
      'REST: integration request parameters from method request data (`integration.request.header.X: method.request.querystring.y`). HTTP APIs: parameters of an AWS service subtype, or `append|overwrite|remove:header.X` style transformations.',
    keys: {
      description:
        'REST: `integration.request.{path|querystring|multivaluequerystring|header|multivalueheader}.<name>`.',
    },
    values: { kind: 'string' },
  },
  requestTemplates: { ...templates, apiTypes: ['REST', 'WEBSOCKET'] },
  passthroughBehavior: {
    kind: 'string',
    enum: PASSTHROUGH_BEHAVIORS,
    enumDocs: PASSTHROUGH_DOCS,
    caseInsensitive: true,
    apiTypes: ['REST', 'WEBSOCKET'],
    description: 'What happens to a request whose content type has no mapping template. Proxy integrations ignore it.',
  },
  contentHandling: {
    kind: 'string',
    enum: CONTENT_HANDLING,
    enumDocs: CONTENT_HANDLING_DOCS,
    apiTypes: ['REST', 'WEBSOCKET'],
    description:
      'Converts the request payload between binary and base64 text; when absent the payload passes unchanged.',
  },
  timeoutInMillis: {
    kind: 'integer',
    description: 'How long API Gateway waits for the backend.',
    minimum: 50,
    maximum: 29000,
    default: '29000 (REST), 30000 (HTTP)',
    byApiType: { REST: { maximum: 900000 }, HTTP: { maximum: 30000, default: '30000' } },
  },
  cacheNamespace: {
    kind: 'string',
    apiTypes: ['REST'],
    description: 'Groups cache keys of related methods; defaults to the resource id.',
  },
  cacheKeyParameters: {
    kind: 'array',
    apiTypes: ['REST'],
    items: { kind: 'string' },
    description:
      'Method request parameters (`method.request.querystring.x`, ...) whose values become part of the cache key.',
  },
  responses: {
    kind: 'map',
    apiTypes: ['REST', 'WEBSOCKET'],
    description:
      'Integration responses keyed by a selection pattern: a regular expression matched against the backend status code (or Lambda error message), or `default`.',
    keys: { description: 'A Java regular expression such as `2\\d{2}`, or `default`.' },
    values: integrationResponse,
  },
  tlsConfig: {
    kind: 'object',
    description: 'TLS settings for calls to the backend.',
    fields: {
      insecureSkipVerification: {
        kind: 'boolean',
        apiTypes: ['REST'],
        description:
          'REST HTTP integrations: accept certificates from an unsupported CA (expiry and host name are still checked).',
      },
      serverNameToVerify: {
        kind: 'string',
        apiTypes: ['HTTP'],
        description: 'HTTP API private integrations: the host name to verify and send as SNI.',
      },
    },
  },
  integrationSubtype: {
    kind: 'string',
    apiTypes: ['HTTP'],
    enum: Object.keys(INTEGRATION_SUBTYPES),
    description: 'HTTP APIs: a first-class AWS service action called with `requestParameters` (type `aws_proxy`).',
  },
  payloadFormatVersion: {
    kind: 'string',
    apiTypes: ['HTTP'],
    enum: ['1.0', '2.0'],
    enumDocs: {
      '1.0': 'The event format of REST APIs.',
      '2.0': 'The simpler HTTP API event format (Lambda proxy only).',
    },
    description: 'HTTP APIs: the format of the event sent to Lambda, and of the response it returns.',
  },
  responseParameters: {
    kind: 'map',
    apiTypes: ['HTTP'],
    description:
      'HTTP APIs: changes to the backend response per status code, e.g. `"200": {"overwrite:header.x": "$response.header.y"}`.',
    keys: {
      pattern: { regex: /^(?:[2-5]\d\d)$/, message: 'a status code from 200 to 599' },
      description: 'A status code from 200 to 599.',
    },
    values: {
      kind: 'map',
      keys: {
        pattern: {
          regex: /^(?:(?:append|overwrite|remove):header\.\S+|overwrite:statuscode)$/,
          message: '`append|overwrite|remove:header.<name>` or `overwrite:statuscode`',
        },
        description: 'What to change.',
      },
      values: { kind: 'string' },
    },
  },
  responseTransferMode: {
    kind: 'string',
    apiTypes: ['REST'],
    enum: RESPONSE_TRANSFER_MODES,
    default: 'BUFFERED',
    description: 'REST proxy integrations: `STREAM` sends the response as it arrives (timeouts up to 15 minutes).',
  },
};

export const integrationSchema: Schema = {
  kind: 'object',
  description: 'The backend integration of an operation.',
  required: ['type'],
  fields,
};

export const integrationDocUrl = `${DG}api-gateway-swagger-extensions-integration.html`;
