/**
 * Writes SAM templates for the cfn-lint comparison of `npm run bench` (bench/cfn-lint.mjs): the corpus's SAM templates
 * and every Nth generated variant, each as a file, with the SAM transform's verdict on each in verdicts.json. Usage:
 * node --import tsx test/server/service/validation/rules/template/samOracle/exportTemplates.ts OUT_DIR [EVERY_NTH]
 */
import fs from 'node:fs';
import path from 'node:path';
import { listFixtures, sharedDir } from '../../../../../../support/fixtures';
import { runTransform, samPython } from './oracle';
import { generateVariants, variantText } from './variants';

const [outDir, everyArg] = process.argv.slice(2);
if (!outDir) {
  console.error('usage: exportTemplates.ts OUT_DIR [EVERY_NTH]');
  process.exit(2);
}
const every = Number(everyArg ?? 8);
fs.rmSync(outDir, { recursive: true, force: true });
fs.mkdirSync(path.join(outDir, 'corpus'), { recursive: true });
fs.mkdirSync(path.join(outDir, 'variants'), { recursive: true });

const items: { id: string; text: string; file: string }[] = [];
for (const dir of ['valid', 'unverified']) {
  const folder = path.join(sharedDir, 'corpus', dir);
  if (!fs.existsSync(folder)) continue;
  for (const file of listFixtures(folder)) {
    const text = fs.readFileSync(file, 'utf8');
    if (!/AWS::Serverless/.test(text)) continue;
    const name = path.relative(folder, file).replace(/[\\/]/g, '__');
    items.push({ id: `corpus/${name}`, text, file: path.join(outDir, 'corpus', name) });
  }
}
generateVariants().forEach((v, i) => {
  if (i % every !== 0) return;
  const { text, extension } = variantText(v, i);
  const name = `${v.id.replace(/[^\w.-]/g, '_')}.${extension}`;
  items.push({ id: `variants/${name}`, text, file: path.join(outDir, 'variants', name) });
});
for (const item of items) fs.writeFileSync(item.file, item.text);
const verdicts = runTransform(samPython(), items);
fs.writeFileSync(
  path.join(outDir, 'verdicts.json'),
  JSON.stringify(Object.fromEntries(items.map((i) => [i.id, verdicts.get(i.id)])), null, 2),
);
console.log(`wrote ${items.length} templates to ${outDir}`);
