// The command line of `apigw-check`: files and folders, `--format`, `--fail-on`, `--api-type`,
// `--no-openapi-schema`; anything else is refused with the usage, so a typo in a CI job fails the job instead of
// silently checking less.
import type { ApiType } from '../service/catalogue/types';

export type ReportFormat = 'text' | 'json' | 'sarif';
export type FailOn = 'error' | 'warning';

export interface CheckOptions {
  paths: string[];
  format: ReportFormat;
  failOn: FailOn;
  apiType?: ApiType;
  /** The OpenAPI schema check, on by default as in the editor (`apigw.validation.openApiSchema`). */
  openApiSchema: boolean;
}

export const USAGE = `Usage: apigw-check [options] FILE|FOLDER...

Checks API Gateway definitions (OpenAPI 3 / Swagger 2 with x-amazon-apigateway-* extensions) and SAM /
CloudFormation templates. Folders are searched recursively (node_modules and dot-folders are skipped).

Options:
  --format text|json|sarif   how findings are printed (default: text)
  --fail-on error|warning    lowest severity that makes the exit code 1 (default: error)
  --api-type REST|HTTP|WEBSOCKET
                             API type of definitions whose type cannot be inferred
  --no-openapi-schema        skip the OpenAPI 3.0 / Swagger 2.0 schema check (rules openapi-schema and
                             openapi-version; on by default, as apigw.validation.openApiSchema in the editor)
  -h, --help                 show this help
  --                         everything after it is a file or folder

Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it, 2 bad usage or unreadable input.`;

export class UsageError extends Error {}

const choices = {
  '--format': ['text', 'json', 'sarif'],
  '--fail-on': ['error', 'warning'],
  '--api-type': ['REST', 'HTTP', 'WEBSOCKET'],
} as const;

type OptionName = keyof typeof choices;

/** Parses the arguments; `help` when help was asked for. Throws UsageError with a one-line reason. */
export function parseCheckArgs(args: readonly string[]): CheckOptions | 'help' {
  const options: CheckOptions = { paths: [], format: 'text', failOn: 'error', openApiSchema: true };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--') {
      options.paths.push(...args.slice(i + 1));
      break;
    }
    if (arg === '-h' || arg === '--help') return 'help';
    if (arg === '--no-openapi-schema') {
      options.openApiSchema = false;
      continue;
    }
    if (!arg.startsWith('-') || arg === '-') {
      options.paths.push(arg);
      continue;
    }
    const [name, inline] = arg.includes('=')
      ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
      : [arg, undefined];
    if (!(name in choices)) throw new UsageError(`unknown option "${name}"`);
    const option = name as OptionName;
    const value = inline ?? args[++i];
    if (value === undefined || (inline === undefined && value.startsWith('--')))
      throw new UsageError(`${option} needs a value: ${choices[option].join(', ')}`);
    const allowed: readonly string[] = choices[option];
    if (!allowed.includes(value))
      throw new UsageError(`${option} must be one of ${allowed.join(', ')}; got "${value}"`);
    if (option === '--format') options.format = value as ReportFormat;
    else if (option === '--fail-on') options.failOn = value as FailOn;
    else options.apiType = value as ApiType;
  }
  if (options.paths.length === 0) throw new UsageError('no file or folder to check');
  return options;
}
