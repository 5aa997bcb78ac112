/** Shapes shared by the test-invoke core, the panel and its page. Pure data, no behaviour. */

export type { ApiType } from '../../../../contract/apiType';

/**
 * How a request is run: API Gateway's TestInvokeMethod (REST only), a real HTTPS request to the stage, or a
 * request to the local gateway that serves the open definition on 127.0.0.1 (with its execution log).
 */
export type InvokeMode = 'testInvoke' | 'http' | 'local';

export type KeyValue = [name: string, value: string];

/** What the user filled in on the panel. */
export interface InvokeForm {
  method: string;
  stage: string;
  mode: InvokeMode;
  pathParams: Record<string, string>;
  query: KeyValue[];
  headers: KeyValue[];
  body: string;
  stageVariables: KeyValue[];
  /** Sign the real request with SigV4 (IAM-authorised routes). */
  sign: boolean;
  /** Sent as `x-api-key` when not empty. */
  apiKey: string;
}

/** A fully built HTTP request, ready to be signed or sent. Header names are lower case. */
export interface HttpInvokeRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string;
}

export type BodyKind = 'json' | 'text' | 'binary' | 'empty';

export interface FormattedBody {
  kind: BodyKind;
  /** Pretty-printed JSON or the text; empty for binary bodies. */
  text: string;
  /** Size in bytes of the body as received. */
  size: number;
  contentType?: string;
  /** True when the body was longer than the limit and was cut. */
  truncated?: boolean;
}

/** What the panel shows for one run. */
export interface InvokeResult {
  mode: InvokeMode;
  method: string;
  url: string;
  status: number;
  statusText: string;
  latencyMs: number;
  headers: KeyValue[];
  body: FormattedBody;
  /** TestInvokeMethod and the local gateway: the request's execution log. */
  log?: string;
}
