/**
 * The HTTP side of the local gateway: reads each request on 127.0.0.1, finds its stage from the URL
 * (`/STAGE/path` for REST; an HTTP API also answers without the stage segment, on `$default`), runs the pipeline
 * and writes the answer (DG "Invoking a REST API", "Working with stages for HTTP APIs"; runtime facts R1–R3).
 */
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { FunctionInvoker } from './lambda/invoke';
import type { ExecutionLog } from './log/executionLog';
import type { GatewayOptions } from './options';
import type { GatewayPlugin } from './plugins';
import { buildContext } from './pipeline/context';
import { headerValue, type Exchange, type IncomingRequest } from './pipeline/exchange';
import { renderGatewayResponse } from './pipeline/gatewayResponses';
import { methodResponseStage } from './pipeline/methodResponse';
import { runPipeline } from './pipeline/pipeline';
import { RouteMatcher } from './pipeline/routeMatcher';
import type { PipelineEnv } from './pipeline/stage';
import type { GatewayApi, GatewayHttpResponse } from './types';

/** API Gateway's payload limit is 10 MB (DG "Amazon API Gateway quotas"; facts T4). */
const MAX_BODY_BYTES = 10 * 1024 * 1024;

export interface ServeSettings {
  api: GatewayApi;
  stage: string;
  stageVariables: Record<string, string>;
  plugins: GatewayPlugin[];
  invoker: FunctionInvoker;
  log: ExecutionLog;
  options: GatewayOptions;
}

export class GatewayServer {
  readonly server: http.Server;
  port = 0;

  private settings: ServeSettings;
  private env: PipelineEnv;

  constructor(settings: ServeSettings) {
    this.settings = settings;
    this.env = envOf(settings);
    this.server = http.createServer((req, res) => {
      void this.handle(req, res).catch((e: unknown) => {
        if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify({ message: 'Internal server error', localGateway: (e as Error).message }));
      });
    });
    this.server.keepAliveTimeout = 5000;
  }

  /** Serves another version of the API from the next request on; requests under way finish with the old one. */
  replace(settings: ServeSettings): void {
    this.settings = settings;
    this.env = envOf(settings);
  }

  get logGroup(): string {
    return `API-Gateway-Execution-Logs_${this.settings.api.id}/${this.settings.stage}`;
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const startedAt = Date.now();
    const body = await readBody(req);
    const rawUrl = req.url ?? '/';
    const q = rawUrl.indexOf('?');
    const fullPath = q >= 0 ? rawUrl.slice(0, q) : rawUrl;
    const rawQuery = q >= 0 ? rawUrl.slice(q + 1).replace(/#.*$/, '') : '';
    const located = this.locateStage(fullPath);
    const headers = rawHeaders(req.rawHeaders);
    // On REST APIs `X-HTTP-Method-Override` replaces the method (DG "Amazon API Gateway important notes"; facts R15).
    const override = this.settings.api.kind === 'REST' ? headerValue(headers, 'x-http-method-override')?.trim().toUpperCase() : undefined;
    const request: IncomingRequest = {
      method: override || (req.method ?? 'GET').toUpperCase(),
      path: located?.path ?? fullPath,
      fullPath,
      rawQuery,
      query: parseQuery(rawQuery),
      headers,
      body: body ?? Buffer.alloc(0),
      sourceIp: (req.socket.remoteAddress ?? '127.0.0.1').replace(/^::ffff:/, ''),
    };
    const ex = this.exchange(request, located?.stage ?? this.settings.stage, startedAt);
    let response: GatewayHttpResponse;
    if (body === undefined) response = methodResponseStage(ex, this.env, ex.gatewayResponse('REQUEST_TOO_LARGE'), false);
    else if (!located) {
      // A REST request outside the stage gets 403 "Forbidden" (commonly reported; runtime facts R6).
      ex.log(`No stage for ${fullPath}: this API serves stage "${this.settings.stage}"`);
      const forbidden = { statusCode: 403, headers: { 'Content-Type': ['application/json'] }, body: Buffer.from('{"message":"Forbidden"}') };
      response = methodResponseStage(ex, this.env, forbidden, false);
    } else response = await runPipeline(ex, this.env);
    writeResponse(res, response, request.method === 'HEAD');
  }

  /** The stage and the path after it; undefined when a REST URL names no stage this gateway serves. */
  private locateStage(fullPath: string): { stage: string; path: string } | undefined {
    const stage = this.settings.stage;
    // Slashes before the stage do not count (runtime facts R12a).
    const trimmed = fullPath.replace(/^\/+/, '');
    const slash = trimmed.indexOf('/');
    const first = slash >= 0 ? trimmed.slice(0, slash) : trimmed;
    const rest = slash >= 0 ? trimmed.slice(slash) : '/';
    if (this.settings.api.kind === 'HTTP') {
      if (stage !== '$default' && first === stage) return { stage, path: rest };
      return { stage: '$default', path: fullPath || '/' };
    }
    return first === stage ? { stage, path: rest } : undefined;
  }

  private exchange(request: IncomingRequest, stage: string, startedAt: number): Exchange {
    const { api, log, invoker } = this.settings;
    // A REST client may choose the request id with a UUID in `x-amzn-RequestId` (DG "Set up CloudWatch logging";
    // facts M34).
    const asked = api.kind === 'REST' ? headerValue(request.headers, 'x-amzn-requestid') : undefined;
    const requestId = asked && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(asked) ? asked.toLowerCase() : randomUUID();
    // Shaped like API Gateway's extended ids (16 characters); randomUUID draws from a cached entropy pool.
    const extendedRequestId = Buffer.from(randomUUID().replace(/-/g, ''), 'hex').toString('base64').slice(0, 16);
    const logGroup = `API-Gateway-Execution-Logs_${api.id}/${stage}`;
    const ex: Exchange = {
      api,
      stage,
      stageVariables: this.settings.stageVariables,
      request,
      requestId,
      startedAt,
      pathParameters: {},
      context: buildContext(api, stage, request, requestId, extendedRequestId, startedAt, this.port),
      log: (message) => log.write(logGroup, requestId, message),
      gatewayResponse: (type, message, options) => renderGatewayResponse(ex, type, message, options),
      invokeFunction: (ref, event, timeoutMs) => invoker.invoke(ref, event, timeoutMs),
    };
    return ex;
  }
}

function envOf(settings: ServeSettings): PipelineEnv {
  return { matcher: new RouteMatcher(settings.api.routes), plugins: settings.plugins, invoker: settings.invoker, options: settings.options };
}

/** The body, or undefined when it passes API Gateway's 10 MB limit. */
function readBody(req: http.IncomingMessage): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) tooLarge = true;
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(tooLarge ? undefined : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function parseQuery(raw: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  if (!raw) return out;
  for (const [k, v] of new URLSearchParams(raw)) (out[k] ??= []).push(v);
  return out;
}

function rawHeaders(raw: string[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (let i = 0; i + 1 < raw.length; i += 2) (out[raw[i]] ??= []).push(raw[i + 1]);
  return out;
}

function writeResponse(res: http.ServerResponse, response: GatewayHttpResponse, head: boolean): void {
  const headers: Record<string, string | string[]> = {};
  for (const [name, values] of Object.entries(response.headers)) {
    if (/^(content-length|transfer-encoding|connection)$/i.test(name)) continue;
    // Several values of one header go out as one comma-joined header, as API Gateway sends them (facts L12);
    // Set-Cookie stays one header per cookie.
    headers[name] = name.toLowerCase() === 'set-cookie' ? values : values.join(', ');
  }
  headers['Content-Length'] = String(response.body.length);
  res.writeHead(response.statusCode, headers);
  res.end(head ? undefined : response.body);
}
