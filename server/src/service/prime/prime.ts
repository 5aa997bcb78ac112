/**
 * Primes the parsers and the checks at start-up by running them over a small built-in definition.
 *
 * Why: V8 runs a function in its interpreter until it has seen it run often enough, then optimises it on a
 * background thread; the parser's largest functions take tens of milliseconds to optimise. Without priming, the
 * first large spec a user opens is parsed almost entirely by unoptimised code, and meets paths (a quoted key, a
 * block scalar) that throw freshly optimised code back to the interpreter. A few passes over a sample that takes
 * every path get the parser optimised before the first document arrives: on the 36k-line Twilio spec the first
 * parse drops from about 70 ms to about 35 ms, for about 40 ms more at start-up (README, Performance).
 */
import { toJson } from '../document/toJson';
import type { LanguageService } from '../languageService';
import { checkOpenApiStructure } from '../openapiSchema/check';
import { parse } from '../parser/parse';
import { PRIME_SAMPLE_YAML } from './primeSample';

/** A small Swagger 2.0 definition: the sample is OpenAPI 3, and Swagger files have a checker of their own. */
const SWAGGER_SAMPLE = JSON.stringify({
  swagger: '2.0', info: { title: 'prime', version: '1' },
  paths: {
    '/items/{id}': {
      post: {
        parameters: [{ name: 'id', in: 'path', required: true, type: 'string' }, { name: 'body', in: 'body', schema: { $ref: '#/definitions/Item' } }],
        responses: { '200': { description: 'ok', schema: { type: 'object', properties: { id: { type: 'string' } } } }, default: { description: 'error' } },
      },
    },
  },
  definitions: { Item: { type: 'object', required: ['tags'], properties: { tags: { type: 'array', items: { type: 'string' }, uniqueItems: true } } } },
}, null, 2);

/** Measured: fewer passes leave the largest parser functions unoptimised; more gain nothing. */
const PARSE_PASSES = 10;

export function primeLanguageService(service: LanguageService): void {
  const yamlDoc = service.parseDocument('file:///prime.yaml', 'yaml', 1, PRIME_SAMPLE_YAML);
  service.validate(yamlDoc, { openApiSchema: true });
  const json = JSON.stringify(toJson(yamlDoc.parsed.root), null, 2);
  const jsonDoc = service.parseDocument('file:///prime.json', 'json', 1, json);
  service.validate(jsonDoc, { openApiSchema: true });
  const swaggerDoc = service.parseDocument('file:///prime-swagger.json', 'json', 1, SWAGGER_SAMPLE);
  for (let pass = 1; pass < PARSE_PASSES; pass++) {
    parse(PRIME_SAMPLE_YAML, 'yaml');
    parse(json, 'json');
    // The OpenAPI schema checkers (their Schema and Reference branches above all) are warmed the same way.
    for (const def of [...jsonDoc.definitions, ...swaggerDoc.definitions]) checkOpenApiStructure(def);
  }
}
