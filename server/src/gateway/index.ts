/**
 * The local API Gateway: serves an API from a definition (a standalone OpenAPI 3 / Swagger 2 file, or an API in a
 * SAM / CloudFormation template) on 127.0.0.1, with API Gateway's routing, validation, mapping, integrations,
 * gateway responses and execution log. The public surface for the CLI (`serve`) and the VS Code client.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { builtInPlugins } from './auth';
import { FunctionInvoker } from './lambda/invoke';
import { DefinitionError, loadApis, type LoadedDefinition } from './load/loadApis';
import { ExecutionLog, LogEntry, LogListener } from './log/executionLog';
import type { GatewayOptions } from './options';
import { GatewayServer, type ServeSettings } from './server';
import type { GatewayApi, LocalFunction } from './types';

export type { GatewayOptions } from './options';
export type { GatewayPlugin } from './plugins';
export type { Exchange } from './pipeline/exchange';
export type { GatewayApi, GatewayHttpResponse, RouteSpec, LocalFunction } from './types';
export type { LogEntry, LogListener } from './log/executionLog';
export { formatEntry } from './log/executionLog';
export { DefinitionError } from './load/loadApis';

/** Where the definition comes from: a file, or the text of an open document with its URI. */
export type DefinitionSource = { path: string } | { text: string; uri: string };

export interface RunningGateway {
  /** Base URL, stage included for REST: `http://127.0.0.1:PORT/STAGE`. */
  url: string;
  port: number;
  stage: string;
  /** The API being served. */
  api: GatewayApi;
  /** Every API the definition holds (one is served; choose another with `options.api`). */
  apis: { id: string; name: string; kind: 'REST' | 'HTTP' }[];
  functions: LocalFunction[];
  /** Execution-log lines as they are written. */
  onLog(listener: LogListener): { dispose(): void };
  /**
   * Serves the definition again (the same file re-read, or new text such as an editor's unsaved buffer) on the
   * same URL. A definition that cannot be served throws DefinitionError and the previous one stays.
   */
  reload(source?: DefinitionSource): Promise<void>;
  /** The buffered log, or one request's lines (`x-amzn-RequestId` / `apigw-requestid` of its answer). */
  logs(requestId?: string): LogEntry[];
  stop(): Promise<void>;
}

/** The port asked for is taken; `suggestedPort` was free a moment ago. */
export class PortInUseError extends Error {
  constructor(readonly port: number, readonly suggestedPort: number) {
    super(`Port ${port} on 127.0.0.1 is already in use. Choose another port (for example ${suggestedPort}), or 0 for any free port.`);
  }
}

export async function startGateway(source: DefinitionSource, options: GatewayOptions = {}): Promise<RunningGateway> {
  const log = new ExecutionLog(options.logBufferSize ?? 5000, options.logSink);
  let current = prepare(source, options, log);
  const stage = options.stage ?? (current.api.kind === 'HTTP' ? current.api.stageName ?? '$default' : current.api.stageName ?? 'local');
  if (!/^(\$default|[A-Za-z0-9_-]{1,128})$/.test(stage)) throw new DefinitionError(`stage name "${stage}": only letters, digits, - and _ (up to 128)`);
  const server = new GatewayServer(settingsOf(current, stage, options, log));
  try {
    server.port = await listen(server.server, options.port ?? 0);
  } catch (e) {
    current.invoker.dispose();
    throw e;
  }
  const announce = () => {
    for (const problem of current.api.problems) log.write(server.logGroup, '', problem);
    for (const route of current.api.routes) if (route.broken) log.write(server.logGroup, '', `Route ${route.routeKey} answers 500: ${route.broken}`);
  };
  announce();
  const base = `http://127.0.0.1:${server.port}`;
  return {
    url: stage === '$default' ? base : `${base}/${stage}`,
    port: server.port,
    stage,
    get api() {
      return current.api;
    },
    get apis() {
      return current.loaded.apis.map((a) => ({ id: a.id, name: a.name, kind: a.kind }));
    },
    get functions() {
      return current.loaded.functions;
    },
    onLog: (listener) => log.onLog(listener),
    logs: (requestId) => log.lines(requestId),
    // eslint-disable-next-line @typescript-eslint/require-await -- async, so that a failed reload rejects instead of throwing
    reload: async (next = source) => {
      const previous = current;
      current = prepare(next, options, log, previous.api.id);
      server.replace(settingsOf(current, stage, options, log));
      previous.invoker.dispose();
      announce();
    },
    stop: () => new Promise<void>((resolve) => {
      current.invoker.dispose();
      server.server.close(() => resolve());
      server.server.closeAllConnections();
    }),
  };
}

interface Prepared {
  loaded: LoadedDefinition;
  api: GatewayApi;
  invoker: FunctionInvoker;
}

/** Loads the definition and picks the API; `keepApi` prefers the API served before a reload. */
function prepare(source: DefinitionSource, options: GatewayOptions, log: ExecutionLog, keepApi?: string): Prepared {
  const { text, uri } = readSource(source);
  const loaded = loadApis(text, uri, options.apiType);
  const wanted = options.api ?? keepApi;
  const api = wanted ? loaded.apis.find((a) => a.id === wanted) ?? (keepApi && !options.api ? loaded.apis[0] : undefined) : loaded.apis[0];
  if (!api) throw new DefinitionError(`no API "${wanted}" in ${uri}; it has ${loaded.apis.map((a) => a.id).join(', ')}`);
  const invoker = new FunctionInvoker({
    functions: loaded.functions,
    lambdaUrlMap: options.lambdaUrlMap ?? {},
    trusted: options.trusted ?? true,
    onFunctionLog: (group, line) => log.write(group, '', line),
  });
  return { loaded, api, invoker };
}

function settingsOf(prepared: Prepared, stage: string, options: GatewayOptions, log: ExecutionLog): ServeSettings {
  const { api, invoker } = prepared;
  return {
    api,
    stage,
    stageVariables: { ...api.stageVariables, ...(options.stageVariables ?? {}) },
    plugins: builtInPlugins(api, options),
    invoker,
    log,
    options,
  };
}

function readSource(source: DefinitionSource): { text: string; uri: string } {
  if ('text' in source) return source;
  let text: string;
  try {
    text = fs.readFileSync(source.path, 'utf8');
  } catch (e) {
    throw new DefinitionError(`cannot read ${source.path}: ${(e as Error).message}`);
  }
  return { text, uri: pathToFileURL(path.resolve(source.path)).toString() };
}

function listen(server: http.Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (e: NodeJS.ErrnoException) => {
      if (e.code !== 'EADDRINUSE') {
        reject(e);
        return;
      }
      const probe = http.createServer();
      probe.listen(0, '127.0.0.1', () => {
        const free = (probe.address() as { port: number }).port;
        probe.close(() => reject(new PortInUseError(port, free)));
      });
    };
    server.once('error', onError);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', onError);
      resolve((server.address() as { port: number }).port);
    });
  });
}
