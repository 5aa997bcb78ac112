// What the language service may use of whatever hosts it (the server, the CLI, the gateway, tests, a browser):
// a log for debugging, the environment's flags, the WHATWG URL parser and text encoding (Velocity's base64). Nothing else of Node: the service's
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
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  decode(input?: ArrayBufferView | ArrayBuffer, options?: { stream?: boolean }): string;
}
