// The two language servers under test and how an editor would set each up for an OpenAPI file.
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const benchDir = path.dirname(fileURLToPath(import.meta.url));
export const ROOT = path.resolve(benchDir, '..');
export const OUR_SERVER = path.join(ROOT, 'dist', 'server.js');
export const EMPTY_SERVER = path.join(benchDir, 'empty-server.mjs');
export const YAML_SERVER = path.join(benchDir, 'node_modules', 'yaml-language-server', 'bin', 'yaml-language-server');
const SCHEMAS = path.join(benchDir, 'schemas');

/** The OpenAPI JSON schema file for a spec version (vendored: see bench/schemas/README.md). */
export function schemaFile(spec) {
  return path.join(SCHEMAS, spec === 'swagger2' ? 'swagger-2.0.json' : 'openapi-3.0.json');
}

/** A tiny definition of the same kind, opened before the measured file so schema loading is not timed. */
export function warmUpText(spec, format) {
  const root = spec === 'swagger2' ? { swagger: '2.0', paths: {} } : { openapi: '3.0.1', paths: {} };
  // No `info`: a schema that is really applied reports it missing, which proves the set-up works.
  return format === 'json'
    ? JSON.stringify(root, null, 2) + '\n'
    : Object.entries(root)
        .map(([k, v]) => `${k}: ${typeof v === 'string' ? `'${v}'` : '{}'}`)
        .join('\n') + '\n';
}

export const TOOLS = {
  ours: {
    id: 'ours',
    label: 'API Gateway Studio',
    script: OUR_SERVER,
    languageId: (doc) => doc.format,
    settings: () => ({
      apigw: {
        validation: { enable: true, severity: {}, openApiSchema: true },
        apiType: { overrides: {} },
        trace: { server: 'off' },
      },
    }),
    // One publication per version: the API Gateway checks and the OpenAPI schema check together.
    warmUpApplied: () => true,
  },
  empty: {
    id: 'empty',
    label: 'empty LSP server (floor)',
    script: EMPTY_SERVER,
    languageId: (doc) => doc.format,
    settings: () => ({}),
    warmUpApplied: () => true,
  },
  yls: {
    id: 'yls',
    label: 'yaml-language-server + OpenAPI schema',
    script: YAML_SERVER,
    // It is the YAML server: JSON files are opened as YAML, which JSON is a subset of.
    languageId: () => 'yaml',
    settings: (doc, warmUpFile) => ({
      yaml: {
        validate: true,
        completion: true,
        hover: true,
        format: { enable: false },
        schemaStore: { enable: false },
        kubernetesCRDStore: { enable: false },
        schemas: { [pathToFileURL(schemaFile(doc.spec)).href]: [doc.file, warmUpFile] },
      },
      http: { proxy: '', proxyStrictSSL: false },
      '[yaml]': {},
      editor: { tabSize: 2, insertSpaces: true },
      files: {},
    }),
    // It publishes once per validation, after a 200 ms debounce of its own; the schema must have been applied.
    warmUpApplied: (diagnostics) => diagnostics.some((d) => String(d.source ?? '').startsWith('yaml-schema')),
  },
};
