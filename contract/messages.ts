/**
 * The custom LSP messages between the extension (client) and the language server, typed once for both sides as
 * rust-analyzer's lsp_ext.ts does: `connection.onRequest(OperationsRequest, …)` and
 * `client.sendRequest(OperationsRequest, …)` agree on parameters and result by construction.
 * Standard LSP covers everything else.
 */
import { NotificationType, RequestType } from 'vscode-languageserver-protocol';
import type { ApiType, ApiTypeSource, OpenApiVersion } from './apiType';

export type { TestInvokeArgs } from './commands';

interface LspRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

export interface LocateParams {
  uri: string;
  /** Keys and indexes from the definition's root (for templates: from the embedded definition's root). */
  path: (string | number)[];
}
/** The range of the key, or of the value when the path ends at an array item; null when not found. */
export type LocateResult = LspRange | null;

/** Sent by the client: where a JSON path inside a document is, e.g. to place a warning returned by an AWS import. */
export const LocateRequest = new RequestType<LocateParams, LocateResult, void>('apigw/locate');

export interface OperationsParams {
  uri: string;
}
export interface OperationInfo {
  path: string;
  /** Upper case: GET, POST, ..., ANY. */
  method: string;
  operationId?: string;
  /** Path parameters, from the path template and declared parameters. */
  pathParameters: string[];
  queryParameters: string[];
  headerParameters: string[];
  /** An example request body, from the operation's examples or schema, as JSON text. */
  exampleBody?: string;
  /** 'AWS_IAM' when the operation is IAM-authorised, 'API_KEY' when it needs an API key. */
  auth: ('AWS_IAM' | 'API_KEY' | 'CUSTOM' | 'JWT' | 'COGNITO')[];
  range: LspRange;
}
/** The document's (first) definition, as the language service understands it. */
export interface OperationsResult {
  apiType: ApiType;
  /** Where apiType comes from: 'default' means nothing in the document or the settings says (then ask the user). */
  apiTypeSource: ApiTypeSource;
  version: OpenApiVersion;
  title?: string;
  operations: OperationInfo[];
}

/**
 * Sent by the client: the operations of a definition and its API type, for the test-invoke panel and deploy.
 * null when the document holds no definition.
 */
export const OperationsRequest = new RequestType<OperationsParams, OperationsResult | null, void>('apigw/operations');

export interface DefinitionJsonParams {
  uri: string;
}
export interface DefinitionJsonResult {
  json: string;
  /** Each intrinsic with the JSON Pointer of where it stands, e.g. {name: 'Fn::Sub', path: '/paths/~1pets/get/...'}. */
  intrinsics: { name: string; path: string }[];
  /** `$ref` values that point outside the document (relative files). */
  externalRefs: string[];
  /** When it holds intrinsics: the definition as JSON with them in their long form (`!Sub x` → `{"Fn::Sub": "x"}`). */
  longFormJson?: string;
}

/**
 * Sent by the client before a deploy: the standalone definition as JSON text, with the CloudFormation intrinsics
 * it holds (an import cannot resolve them) and its `$ref`s to other files (bundled in by the client); null when the
 * document is not a standalone definition.
 */
export const DefinitionJsonRequest = new RequestType<DefinitionJsonParams, DefinitionJsonResult | null, void>(
  'apigw/definitionJson',
);

export interface TemplateJsonParams {
  uri: string;
}
export interface TemplateJsonResult {
  /** The whole template as JSON, every intrinsic in its long form (`{"Fn::Sub": ...}`, also for `!Sub`). */
  json: string;
}

/** Sent by the client to compare a template's API with its stack; null when the document is not a template. */
export const TemplateJsonRequest = new RequestType<TemplateJsonParams, TemplateJsonResult | null, void>(
  'apigw/templateJson',
);

/** The request a mapping template sees; the same shape as the CLI's REQUEST.json (every member optional). */
export interface TemplateRequestJson {
  body?: string;
  headers?: Record<string, string>;
  query?: Record<string, string>;
  path?: Record<string, string>;
  stageVariables?: Record<string, string>;
  context?: Record<string, unknown>;
}

export interface SampleTemplateRequestParams {
  uri: string;
  /** Keys from the document's root to the template's string (empty for a whole `.vtl` file). */
  templatePath: (string | number)[];
}
/** Null when the document has no template at that path. */
export type SampleTemplateRequestResult = {
  request: TemplateRequestJson;
  label: string;
  kind: 'request' | 'response' | 'gateway-response' | 'file';
  /** The operation the template belongs to (for "Compare with API Gateway"). */
  operation?: { path: string; method: string };
  apiType?: ApiType;
} | null;

/** Sent by the client: a sample request for a template, from its operation's examples and parameters. */
export const SampleTemplateRequest = new RequestType<SampleTemplateRequestParams, SampleTemplateRequestResult, void>(
  'apigw/sampleTemplateRequest',
);

export interface RenderTemplateParams {
  uri: string;
  templatePath: (string | number)[];
  request: TemplateRequestJson;
}
export interface RenderedProblem {
  message: string;
  severity: 'error' | 'warning' | 'information';
  /** Where in the template document (null when it concerns the output, or the template as a whole). */
  range: LspRange | null;
  /** Where in the rendered output, for findings about the output (invalid JSON). */
  outputOffset?: number;
}
export interface RenderTemplateResult {
  output: string;
  problems: RenderedProblem[];
  /** `#set($context.requestOverride…)` / `responseOverride` values the template set. */
  overrides: {
    request: { header: Record<string, string>; querystring: Record<string, string>; path: Record<string, string> };
    response: { status?: number; header: Record<string, string> };
  };
  /** 'velocity', or 'substitution' for gateway response templates (API Gateway does not run Velocity there). */
  engine: 'velocity' | 'substitution';
  contentType: string;
}

/** Sent by the client: one template of a document rendered for a request, as API Gateway would; null if none is there. */
export const RenderTemplateRequest = new RequestType<RenderTemplateParams, RenderTemplateResult | null, void>(
  'apigw/renderTemplate',
);

export interface FileAccessParams {
  trusted: boolean;
  /** Workspace folder URIs (file: ones only). */
  folders: string[];
}
/**
 * Sent by the client at start (as `initializationOptions.fileAccess`) and whenever it changes: VS Code's Workspace
 * Trust and the workspace folders, which decide the files `$ref`s may make the server read.
 */
export const FileAccessNotification = new NotificationType<FileAccessParams>('apigw/fileAccess');
