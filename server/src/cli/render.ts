// `node dist/cli.js render TEMPLATE_FILE [--request REQUEST.json]`: renders a mapping template for a request as
// API Gateway would, with the same engine as the editor. The output, and nothing else, goes to stdout; problems
// go to stderr as FILE:LINE:COL messages. Exit 1 when the template fails (API Gateway would answer 500),
// 2 on bad usage or an unreadable file.
import fs from 'node:fs';
import { renderTemplate, type TemplateRequest } from '../service/velocity/index';

const USAGE = `usage: apigw render TEMPLATE_FILE [--request REQUEST.json]
  REQUEST.json: {"body": "<raw body>", "headers": {...}, "query": {...}, "path": {...},
                 "stageVariables": {...}, "context": {...}}   (every member optional)`;

function usage(message?: string): never {
  if (message) console.error(`render: ${message}`);
  console.error(USAGE);
  process.exit(2);
}

function readText(file: string, what: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (e) {
    usage(`cannot read the ${what} ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}

const STRING_MAPS = ['headers', 'query', 'path', 'stageVariables'] as const;

/** Checks REQUEST.json's shape; a JSON body given as an object is accepted and written out as its text. */
export function parseRequest(text: string, file: string): TemplateRequest {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    usage(`${file} is not valid JSON: ${(e as Error).message}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) usage(`${file} must hold a JSON object such as {"body": "{}"}`);
  const raw = value as Record<string, unknown>;
  const known = new Set(['body', 'context', ...STRING_MAPS]);
  for (const key of Object.keys(raw)) if (!known.has(key)) usage(`${file}: unknown member "${key}"; expected ${[...known].join(', ')}`);
  const request: TemplateRequest = {};
  if (raw.body !== undefined && raw.body !== null) request.body = typeof raw.body === 'string' ? raw.body : JSON.stringify(raw.body);
  for (const key of STRING_MAPS) {
    const map = raw[key];
    if (map === undefined || map === null) continue;
    if (typeof map !== 'object' || Array.isArray(map)) usage(`${file}: "${key}" must be an object of names to string values`);
    const strings: Record<string, string> = {};
    for (const [name, v] of Object.entries(map as Record<string, unknown>)) {
      if (typeof v === 'object' && v !== null) usage(`${file}: "${key}.${name}" must be a string, not ${Array.isArray(v) ? 'an array' : 'an object'}`);
      strings[name] = String(v);
    }
    request[key] = strings;
  }
  if (raw.context !== undefined && raw.context !== null) {
    if (typeof raw.context !== 'object' || Array.isArray(raw.context)) usage(`${file}: "context" must be an object such as {"stage": "dev"}`);
    request.context = raw.context as Record<string, unknown>;
  }
  return request;
}

export function runRender(args: string[]): void {
  let templateFile: string | undefined;
  let requestFile: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--help' || arg === '-h') {
      console.log(USAGE);
      process.exit(0);
    }
    else if (arg === '--request') {
      requestFile = args[++i];
      if (requestFile === undefined) usage('--request needs a file');
    } else if (arg.startsWith('--request=')) requestFile = arg.slice('--request='.length);
    else if (arg.startsWith('-')) usage(`unknown option ${arg}`);
    else if (templateFile === undefined) templateFile = arg;
    else usage(`one template at a time (got ${templateFile} and ${arg})`);
  }
  if (templateFile === undefined) usage('which template? give its file');
  const template = readText(templateFile, 'template');
  const request = requestFile === undefined ? {} : parseRequest(readText(requestFile, 'request'), requestFile);
  const result = renderTemplate(template, request);
  let failed = false;
  for (const p of result.problems) {
    if (p.severity === 'error') failed = true;
    console.error(`${templateFile}:${p.range.start.line + 1}:${p.range.start.character + 1}: ${p.severity}: ${p.message} [${p.code}]`);
  }
  if (failed) process.exit(1);
  process.stdout.write(result.output);
}
