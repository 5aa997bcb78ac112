// `node dist/cli.js serve DEFINITION [--port N] [--stage NAME] [--stage-variable K=V]... [--api-key KEY]...`:
// runs the API of a definition on 127.0.0.1 with the local gateway. Prints the base URL once it listens, then the
// execution log; serves the definition again when it is saved; stops on Ctrl-C. Exit code 2 on bad usage, 1 when
// the API cannot be served.
import fs from 'node:fs';
import { DefinitionError, PortInUseError, startGateway, type GatewayOptions } from '../gateway';

const usage = `usage: apigw serve DEFINITION [--port N] [--stage NAME] [--stage-variable K=V]... [--api-key KEY]...
                  [--api LOGICAL_ID] [--lambda-url FUNCTION=URL]... [--quiet]
                  [--jwks ISSUER=FILE]... [--iam-key ACCESS_KEY_ID:SECRET]... [--throttle RATE:BURST] [--quota N/PERIOD]
  DEFINITION       an OpenAPI 3 / Swagger 2 file, or a SAM / CloudFormation template
  --port N         port on 127.0.0.1 (default 0: any free port)
  --stage NAME     stage in REST URLs (default: the template's StageName, else "local")
  --stage-variable K=V   a stage variable (repeat for more)
  --api-key KEY    an API key the local usage plan accepts (repeat for more)
  --api ID         which API of a template to serve (its logical id; default the first)
  --lambda-url FUNCTION=URL   send a function's events to a local server instead of running its code
  --quiet          do not print the execution log
  --jwks ISSUER=FILE     the JWKS file of a token issuer, for JWT and Cognito authorizers
  --iam-key ID:SECRET    credentials whose SigV4 signatures IAM-authorised routes accept
  --throttle RATE:BURST  usage plan throttle per API key (requests per second, burst); 429 beyond
  --quota N/PERIOD       usage plan quota per API key, PERIOD DAY, WEEK or MONTH; 429 beyond`;

class UsageError extends Error {}

interface ServeArgs {
  definition: string;
  port: number;
  stage?: string;
  stageVariables: Record<string, string>;
  apiKeys: string[];
  api?: string;
  lambdaUrlMap: Record<string, string>;
  auth: NonNullable<GatewayOptions['auth']>;
  quiet: boolean;
}

function parseArgs(args: string[]): ServeArgs {
  const out: ServeArgs = { definition: '', port: 0, stageVariables: {}, apiKeys: [], lambdaUrlMap: {}, quiet: false, auth: {} };
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const eq = arg.indexOf('=');
    const flag = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    const value = (): string => {
      const v = arg.startsWith('--') && eq > 0 ? arg.slice(eq + 1) : args[++i];
      if (v === undefined) throw new UsageError(`${flag} needs a value`);
      return v;
    };
    const pair = (name: string): [string, string] => {
      const v = value();
      const at = v.indexOf('=');
      if (at <= 0) throw new UsageError(`${name} takes KEY=VALUE, not "${v}"`);
      return [v.slice(0, at), v.slice(at + 1)];
    };
    switch (flag) {
      case '--port': {
        const text = value();
        const port = Number(text);
        if (!/^\d+$/.test(text) || port > 65535) throw new UsageError(`--port takes a number from 0 to 65535, not "${text}"`);
        out.port = port;
        break;
      }
      case '--stage':
        out.stage = value();
        break;
      case '--stage-variable': {
        const [k, v] = pair('--stage-variable');
        out.stageVariables[k] = v;
        break;
      }
      case '--api-key':
        out.apiKeys.push(value());
        break;
      case '--api':
        out.api = value();
        break;
      case '--lambda-url': {
        const [k, v] = pair('--lambda-url');
        out.lambdaUrlMap[k] = v;
        break;
      }
      case '--jwks': {
        const [issuer, file] = pair('--jwks');
        out.auth.jwks = { ...out.auth.jwks, [issuer]: file };
        break;
      }
      case '--iam-key': {
        const v = value();
        const at = v.indexOf(':');
        if (at <= 0) throw new UsageError(`--iam-key takes ACCESS_KEY_ID:SECRET, not "${v}"`);
        out.auth.iamCredentials = [...(out.auth.iamCredentials ?? []), { accessKeyId: v.slice(0, at), secretAccessKey: v.slice(at + 1) }];
        break;
      }
      case '--throttle': {
        const m = /^(\d+(?:\.\d+)?):(\d+)$/.exec(value());
        if (!m) throw new UsageError('--throttle takes RATE:BURST, e.g. 10:20');
        out.auth.usagePlan = { ...out.auth.usagePlan, throttle: { rateLimit: Number(m[1]), burstLimit: Number(m[2]) } };
        break;
      }
      case '--quota': {
        const m = /^(\d+)\/(DAY|WEEK|MONTH)$/i.exec(value());
        if (!m) throw new UsageError('--quota takes N/PERIOD, e.g. 1000/DAY');
        out.auth.usagePlan = { ...out.auth.usagePlan, quota: { limit: Number(m[1]), period: m[2].toUpperCase() as 'DAY' | 'WEEK' | 'MONTH' } };
        break;
      }
      case '--quiet':
        out.quiet = true;
        break;
      case '--help':
      case '-h':
        throw new UsageError('');
      default:
        if (arg.startsWith('-')) throw new UsageError(`unknown option ${arg}`);
        positional.push(arg);
    }
  }
  if (positional.length !== 1) throw new UsageError(positional.length ? `one DEFINITION only, not ${positional.length}` : 'DEFINITION is missing');
  out.definition = positional[0];
  return out;
}

export async function runServe(args: string[]): Promise<void> {
  let parsed: ServeArgs;
  try {
    parsed = parseArgs(args);
  } catch (e) {
    if (e instanceof UsageError) {
      if (e.message) console.error(`serve: ${e.message}`);
      console.error(usage);
      process.exit(2);
    }
    throw e;
  }
  let gateway;
  try {
    gateway = await startGateway({ path: parsed.definition }, {
      port: parsed.port,
      stage: parsed.stage,
      stageVariables: parsed.stageVariables,
      apiKeys: parsed.apiKeys,
      api: parsed.api,
      lambdaUrlMap: parsed.lambdaUrlMap,
      auth: parsed.auth,
      trusted: true,
      logSink: parsed.quiet ? undefined : (line) => console.log(line),
    });
  } catch (e) {
    if (e instanceof PortInUseError || e instanceof DefinitionError) {
      console.error(`serve: ${e.message}`);
      process.exit(1);
    }
    throw e;
  }
  const running = gateway;
  // Ctrl-C stops the server; registered before the URL is printed, so that a caller who stops it at once is heard.
  const stop = () => {
    void running.stop().then(() => process.exit(0));
    setTimeout(() => process.exit(0), 2000).unref();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  console.log(gateway.url);
  const others = gateway.apis.filter((a) => a.id !== gateway.api.id);
  console.error(`Serving ${gateway.api.name} (${gateway.api.kind} API ${gateway.api.id}, stage ${gateway.stage}); Ctrl-C stops.`);
  for (const route of gateway.api.routes) {
    console.error(`  ${route.routeKey.padEnd(40)} ${route.broken ? `500: ${route.broken}` : (route.integration?.type ?? '')}`);
  }
  if (others.length) console.error(`Also in this file (serve with --api): ${others.map((a) => `${a.id} (${a.kind})`).join(', ')}`);
  watchDefinition(parsed.definition, () => running.reload());
}

/** A saved definition is served again; one that cannot be served is reported and the previous one stays. */
function watchDefinition(file: string, reload: () => Promise<void>): void {
  let timer: NodeJS.Timeout | undefined;
  const changed = () => {
    clearTimeout(timer);
    // Editors save in several writes; the last one counts.
    timer = setTimeout(() => {
      reload().then(
        () => console.error(`Reloaded ${file}`),
        (e: unknown) => console.error(`serve: ${file} was not reloaded: ${(e as Error).message}`),
      );
    }, 150);
  };
  try {
    fs.watchFile(file, { interval: 300, persistent: false }, (now, before) => {
      if (now.mtimeMs !== before.mtimeMs) changed();
    });
  } catch {
    // Not watchable: the definition is served as it was at start.
  }
}
