// The command line of `npm start` (scripts/start.mjs).
export const usage = `Usage: npm start [-- options]      (or: node scripts/start.mjs [options])

Builds the extension and opens it in VS Code on the examples/ workspace, next to a local AWS emulator (moto)
that holds a deployed REST and HTTP API with stages and logs. Ctrl-C stops everything.

Options:
  --aws          use your real AWS credentials and profile instead of the local emulator
  --web          use the browser-based VS Code (code-server) even when a desktop \`code\` is on the PATH
  --headless     for tests and scripts: print the URL and a line "apigw-start: ready {json}", wait for
                 SIGINT/SIGTERM (implies --web; also APIGW_START_HEADLESS=1)
  --port N       port for the browser-based VS Code (default: a free one)
  --no-build     do not rebuild the extension first
  -h, --help     show this text`;

export function parseArgs(argv, env = process.env) {
  const options = {
    aws: false,
    web: false,
    headless: env.APIGW_START_HEADLESS === '1',
    port: undefined,
    build: true,
    help: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--aws') options.aws = true;
    else if (arg === '--web') options.web = true;
    else if (arg === '--headless') options.headless = true;
    else if (arg === '--no-build') options.build = false;
    else if (arg === '-h' || arg === '--help') options.help = true;
    else if (arg === '--port' || arg.startsWith('--port=')) {
      const value = arg.includes('=') ? arg.slice(7) : argv[++i];
      const port = Number(value);
      if (!Number.isInteger(port) || port < 1 || port > 65535)
        throw new Error(`--port wants a port number (1-65535), got "${value ?? ''}"`);
      options.port = port;
    } else throw new Error(`unknown option "${arg}"`);
  }
  if (options.headless) options.web = true;
  return options;
}
