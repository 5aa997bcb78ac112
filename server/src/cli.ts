// `node dist/cli.js COMMAND ...`: one entry for every command-line tool. Each command lives in `cli/` and is
// loaded only when asked for, so `check` in CI does not pay for the others. A first argument that is not a
// command name is a file to check (`node dist/cli.js spec.yaml` has always meant `check`).
import { runCheck } from './cli/check';

type Command = (args: string[]) => void | Promise<void>;

const commands: Record<string, Command> = {
  check: runCheck,
  render: async (args) => (await import('./cli/render')).runRender(args),
  serve: (args) => import('./cli/serve').then((m) => m.runServe(args)),
};

const [first, ...rest] = process.argv.slice(2);
const command = first !== undefined ? commands[first] : undefined;
void Promise.resolve(command ? command(rest) : runCheck(process.argv.slice(2))).catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(2);
});
