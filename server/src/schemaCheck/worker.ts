// Worker thread (dist/schemaWorker.js): full OpenAPI schema validation with @apidevtools/swagger-parser, kept off
// the language server's main thread. External references are never resolved: nothing is fetched.
import { parentPort } from 'node:worker_threads';
import SwaggerParser from '@apidevtools/swagger-parser';
import { asObject } from '../service/parser/ast';
import { parse, SyntaxKind } from '../service/parser/parse';
import { toJson } from '../service/document/toJson';
import { describeSchemaFailure } from './failureMessage';

/** The document's text, not its objects: a string crosses to the worker for free, a large object graph does not. */
export interface SchemaJob {
  id: number;
  text: string;
  syntax: SyntaxKind;
}

export interface SchemaJobResult {
  id: number;
  errors: { instancePath: string; message?: string; keyword?: string; params?: Record<string, unknown> }[];
  /** A failure that is not a schema finding (e.g. a $ref the parser could not follow). */
  failure?: string;
}

parentPort?.on('message', async (job: SchemaJob) => {
  const result: SchemaJobResult = { id: job.id, errors: [] };
  try {
    const root = asObject(parse(job.text, job.syntax).root);
    if (!root) {
      parentPort?.postMessage(result);
      return;
    }
    await SwaggerParser.validate(toJson(root) as never, {
      resolve: { external: false },
      dereference: { circular: 'ignore' },
      validate: { schema: true, spec: true },
    });
  } catch (err) {
    const details = (err as { details?: SchemaJobResult['errors'] }).details;
    if (Array.isArray(details)) result.errors = details.map((d) => ({ instancePath: d.instancePath ?? '', message: d.message, keyword: d.keyword, params: d.params }));
    else result.failure = describeSchemaFailure((err as Error).message);
  }
  parentPort?.postMessage(result);
});
