// What the language service may use of whatever hosts it (the server, the CLI, the gateway, tests, a browser):
// a log for debugging, the environment's flags and the WHATWG URL parser. Nothing else of Node: the service's
// tsconfig has no @types/node, so `fs`, `path` and the rest fail to compile here.
declare const console: {
  error(...data: unknown[]): void;
  warn(...data: unknown[]): void;
  log(...data: unknown[]): void;
};
declare const process: { env: Record<string, string | undefined> };
declare class URL {
  constructor(url: string, base?: string | URL);
  readonly href: string;
  readonly protocol: string;
  readonly hostname: string;
  readonly port: string;
  readonly pathname: string;
  readonly search: string;
  readonly hash: string;
}
