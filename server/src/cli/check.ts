// `node dist/cli.js [check] FILE...`: the language server's checks on files, printed like a compiler's messages.
// Exit code 1 when any error is found, 2 on bad usage or when the check itself fails.
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { getLanguageService } from '../service/languageService';
import { exitOnCrash, readInputFile, refHostFor } from './safeInput';

const severityName = ['', 'error', 'warning', 'info', 'hint'];
export async function runCheck(args: string[]): Promise<void> {
  exitOnCrash('apigw-check');
  if (args.length === 0 || args.includes('--help')) {
    console.error('usage: apigw-check FILE... [--api-type REST|HTTP|WEBSOCKET]');
    process.exit(2);
  }
  const typeIndex = args.indexOf('--api-type');
  const apiType = typeIndex >= 0 ? args.splice(typeIndex, 2)[1] : undefined;
  const service = getLanguageService({ host: { fileUrlToPath: fileURLToPath } });
  let errors = 0;
  for (const file of args) {
    if (!/\.(ya?ml|json|jsonc|template)$/i.test(file)) {
      console.log(`${file}: not a YAML or JSON file; skipped`);
      continue;
    }
    const input = await readInputFile(file);
    if ('error' in input) {
      console.error(`${file}: ${input.error}`);
      errors++;
      continue;
    }
    const text = input.text;
    const uri = pathToFileURL(path.resolve(file)).toString();
    const settings = apiType ? { apiTypeOverrides: { '**': apiType } } : {};
    const doc = service.parseDocument(uri, /\.json$/i.test(file) ? 'json' : 'yaml', 1, text, settings);
    if (doc.kind === 'other') {
      console.log(`${file}: not an API Gateway definition or template; nothing to check`);
      continue;
    }
    const diagnostics = service.validate(doc, settings, await refHostFor(service, doc));
    for (const d of diagnostics) {
      console.log(
        `${file}:${d.range.start.line + 1}:${d.range.start.character + 1}: ${severityName[d.severity ?? 1]} ${d.code}: ${typeof d.message === 'string' ? d.message : d.message.value}`,
      );
      if (d.severity === 1) errors++;
    }
    const apis = doc.definitions.map((d) => `${d.resource ? d.resource.logicalId + ' ' : ''}${d.apiType}`).join(', ');
    console.log(`${file}: ${diagnostics.length} finding(s); ${doc.kind}${apis ? ` (${apis})` : ''}`);
  }
  process.exit(errors > 0 ? 1 : 0);
}
