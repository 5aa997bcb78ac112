// `apigw-check [options] FILE|FOLDER...` (also `node dist/cli.js [check] ...`): the language server's checks on
// files, for CI. Findings are printed sorted by file and line as text, JSON or SARIF. Exit code 0 when nothing is
// at or above --fail-on, 1 when something is, 2 for bad usage, input that cannot be read, or a crash (never 1).
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { getLanguageService } from '../service/languageService';
import { CheckOptions, parseCheckArgs, USAGE, UsageError } from './checkOptions';
import { atOrAbove, CheckFinding, sortFindings, toFinding } from './findings';
import { collectInputs, readInputFile } from './inputFiles';
import { jsonReport } from './report/json';
import { sarifReport } from './report/sarif';
import { textReport } from './report/text';
import { exitOnCrash, refHostFor } from './safeInput';

export async function runCheck(args: string[]): Promise<void> {
  exitOnCrash('apigw-check');
  let options: CheckOptions | 'help';
  try {
    options = parseCheckArgs(args);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    process.stderr.write(`apigw-check: ${e.message}\n\n${USAGE}\n`);
    process.exit(2);
  }
  if (options === 'help') {
    process.stdout.write(`${USAGE}\n`);
    process.exit(0);
  }
  const { files, problems } = collectInputs(options.paths);
  // $ref'd files are read beforehand, asynchronously and safely (regular files only, with a size cap): refHostFor.
  const service = getLanguageService({ host: { fileUrlToPath: fileURLToPath } });
  const settings = {
    openApiSchema: options.openApiSchema,
    ...(options.apiType ? { apiTypeOverrides: { '**': options.apiType } } : {}),
  };
  const findings: CheckFinding[] = [];
  for (const file of files) {
    const language = /\.jsonc?$/i.test(file.path) ? 'json' : 'yaml';
    const doc = service.parseDocument(
      pathToFileURL(path.resolve(file.path)).toString(),
      language,
      1,
      file.text,
      settings,
    );
    if (doc.kind === 'other') {
      process.stderr.write(`${file.path}: not an API Gateway definition or template; nothing to check\n`);
      continue;
    }
    for (const d of service.validate(doc, settings, await refHostFor(service, doc)))
      findings.push(toFinding(file.path, d));
  }
  sortFindings(findings);
  for (const p of problems) process.stderr.write(`apigw-check: ${p.path}: ${p.message}\n`);
  const checked = files.map((f) => f.path);
  const output =
    options.format === 'json'
      ? jsonReport(findings, checked)
      : options.format === 'sarif'
        ? sarifReport(findings, version())
        : textReport(findings, checked.length);
  process.stdout.write(output);
  process.exitCode = problems.length ? 2 : findings.some((f) => atOrAbove(f, options.failOn)) ? 1 : 0;
}

/** The extension's version, from the package.json above this file (dist/ in a build, server/src/cli/ in tests). */
function version(): string {
  for (let dir = __dirname, i = 0; i < 5; dir = path.dirname(dir), i++) {
    const read = readInputFile(path.join(dir, 'package.json'));
    if ('text' in read) {
      try {
        const pkg = JSON.parse(read.text) as { name?: string; version?: string };
        if (pkg.name === 'apigateway-studio' && pkg.version) return pkg.version;
      } catch {
        // not ours; keep looking up
      }
    }
  }
  return '0.0.0';
}
