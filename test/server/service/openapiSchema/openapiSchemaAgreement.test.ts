/**
 * Agreement with swagger-parser (schema validation only, which is what our compiled check replaces): on every
 * standalone definition of the valid corpus and of the large specs, and on seeded broken variants of each, both
 * must call the same documents invalid. Each known disagreement is named below with the side that is wrong and why;
 * any other disagreement fails the test.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import SwaggerParser from '@apidevtools/swagger-parser';
import { getLanguageService } from '../../../../server/src/service/languageService';
import { toJson } from '../../../../server/src/service/document/toJson';
import { listFixtures, sharedDir } from '../../../support/fixtures';
import { Json, JsonMutation, mutateJson } from '../../../support/jsonMutations';

const service = getLanguageService();
const corpus = path.join(sharedDir, 'corpus');
const LARGE = [
  'large/twilio__twilio-oai/spec/yaml/twilio_api_v2010.yaml',
  'large/stripe__openapi/openapi/spec3.yaml',
  'large/kubernetes-client__python/kubernetes/swagger.json.unprocessed',
  'large/plaid__plaid-openapi/2020-09-14.yml',
  'large/box__box-openapi/openapi.json',
  'large/slackapi__slack-api-specs/web-api/slack_web_openapi_v2.json',
];
/** Broken variants per file; APIGW_AGREEMENT_VARIANTS=n asks for a deeper run (n per small file). */
const VARIANTS_SMALL = Number(process.env.APIGW_AGREEMENT_VARIANTS) || 10;
const VARIANTS_LARGE = process.env.APIGW_AGREEMENT_VARIANTS ? 0 : 1;
/** Our findings that make a document invalid in swagger-parser's sense (it also fails on a missing $ref target, model or not). */
// A path without its leading '/' is reported by the path rules (path-leading-slash), not twice.
const INVALID_CODES = new Set([
  'openapi-schema',
  'openapi-version',
  'ref-missing',
  'ref-missing-model',
  'path-leading-slash',
]);

interface Verdict {
  invalid: boolean;
  first?: string;
}

interface Disagreement {
  file: string;
  value: Json;
  mutation?: JsonMutation;
  ours: Verdict;
  theirs: Verdict;
}

/** Hand-made documents for what random breakage rarely hits. */
const HAND_MADE: { name: string; value: Json }[] = [
  {
    name: 'a parameter that is a $ref to a schema',
    value: {
      openapi: '3.0.3',
      info: { title: 't', version: '1' },
      paths: {
        '/a': {
          get: { parameters: [{ $ref: '#/components/schemas/Id' }], responses: { '200': { description: 'ok' } } },
        },
      },
      components: { schemas: { Id: { type: 'string' } } },
    },
  },
  {
    name: 'a schema $ref with a member no Schema has beside it',
    value: {
      openapi: '3.0.3',
      info: { title: 't', version: '1' },
      paths: {
        '/a': {
          get: {
            responses: {
              '200': {
                description: 'ok',
                content: { 'application/json': { schema: { $ref: '#/components/schemas/Id', bogusMember: 1 } } },
              },
            },
          },
        },
      },
      components: { schemas: { Id: { type: 'string' } } },
    },
  },
  {
    name: 'a $ref with a sibling member',
    value: {
      openapi: '3.0.3',
      info: { title: 't', version: '1' },
      paths: {
        '/a': { get: { responses: { '200': { $ref: '#/components/responses/Ok', description: 'shadowed' } } } },
      },
      components: { responses: { Ok: { description: 'ok' } } },
    },
  },
];

/** Disagreements we know of: which side is wrong, and why. */
const KNOWN: { name: string; wrong: 'ours' | 'swagger-parser'; why: string; matches(d: Disagreement): boolean }[] = [
  {
    name: 'a $ref to an object of the wrong kind',
    wrong: 'ours',
    why:
      'swagger-parser dereferences first and validates the target where the $ref stands (a Schema where a Parameter goes fails); ' +
      'we never dereference, so a $ref is a valid Reference Object wherever the schema allows one, and ref-missing only checks that its target exists.',
    matches: (d) =>
      d.file === 'hand-made: a parameter that is a $ref to a schema' && !d.ours.invalid && d.theirs.invalid,
  },
  {
    name: 'members beside a $ref',
    wrong: 'swagger-parser',
    why:
      'OpenAPI says a Reference Object "cannot be extended with additional properties and any properties added SHALL be ignored", and ' +
      "the 3.0 schema's Reference allows them; swagger-parser's dereferencing merges them into the target (an extended $ref) and then " +
      'validates the merge, so a member the target kind lacks (bogusMember beside a Schema $ref) fails there.',
    matches: (d) =>
      !d.ours.invalid &&
      d.theirs.invalid &&
      /must NOT have additional properties/.test(d.theirs.first ?? '') &&
      (d.file === 'hand-made: a schema $ref with a member no Schema has beside it' ||
        (d.mutation?.kind === 'add' && typeof objectAt(d.value, d.mutation.path)?.$ref === 'string')),
  },
];

function objectAt(value: Json, at: (string | number)[]): { [key: string]: Json } | undefined {
  let current: Json | undefined = value;
  for (const step of at)
    current = current && typeof current === 'object' ? (current as Record<string | number, Json>)[step] : undefined;
  return current && typeof current === 'object' && !Array.isArray(current) ? current : undefined;
}

function ours(value: Json): Verdict {
  const doc = service.parseDocument('file:///agreement.json', 'json', 1, JSON.stringify(value, null, 2));
  if (doc.kind !== 'definition') return { invalid: false, first: `not a definition (${doc.kind})` };
  const found = service.validate(doc, { openApiSchema: true }).filter((d) => INVALID_CODES.has(String(d.code)));
  return {
    invalid: found.length > 0,
    first: found[0] && `${found[0].range.start.line + 1}: ${found[0].code} ${found[0].message as string}`,
  };
}

async function theirs(value: Json): Promise<Verdict> {
  try {
    // eslint-disable-next-line @typescript-eslint/await-thenable -- with an untyped document the typings pick the callback overload; without a callback it returns a promise
    await SwaggerParser.validate(
      structuredClone(value) as never,
      {
        resolve: { external: false },
        dereference: { circular: 'ignore' },
        validate: { schema: true, spec: false },
      } as never,
    );
    return { invalid: false };
  } catch (err) {
    const details = (err as { details?: { instancePath: string; message: string }[] }).details;
    return {
      invalid: true,
      first: details?.length
        ? `${details[0].instancePath} ${details[0].message}`
        : (err as Error).message.split('\n')[0],
    };
  }
}

function standaloneDefinition(file: string): Json | undefined {
  const text = fs.readFileSync(file, 'utf8');
  const languageId = /\.ya?ml$/.test(file) ? 'yaml' : 'json';
  const doc = service.parseDocument(`file://${file}`, languageId, 1, text);
  if (
    doc.kind !== 'definition' ||
    doc.definitions.length !== 1 ||
    doc.parsed.problems.some((p) => (p.rule ?? 'syntax') === 'syntax')
  )
    return undefined;
  return toJson(doc.parsed.root) as Json;
}

describe('the compiled OpenAPI check agrees with swagger-parser', () => {
  test('on the corpus, the large specs and seeded broken variants of each', async () => {
    const files = [...listFixtures(path.join(corpus, 'valid')), ...LARGE.map((f) => path.join(corpus, f))];
    const disagreements: Disagreement[] = [];
    let compared = 0;
    let invalid = 0;
    for (const file of files) {
      const original = standaloneDefinition(file);
      if (!original) continue;
      const variants = LARGE.some((f) => file.endsWith(f)) ? VARIANTS_LARGE : VARIANTS_SMALL;
      const cases: { value: Json; mutation?: JsonMutation }[] = [{ value: original }];
      for (let seed = 1; seed <= variants; seed++) cases.push(mutateJson(original, seed * 7919 + file.length));
      for (const c of cases) {
        const a = ours(c.value);
        const b = await theirs(c.value);
        compared++;
        if (b.invalid) invalid++;
        if (a.invalid !== b.invalid)
          disagreements.push({
            file: path.relative(corpus, file),
            value: c.value,
            mutation: c.mutation,
            ours: a,
            theirs: b,
          });
      }
    }
    for (const { name, value } of HAND_MADE) {
      const a = ours(value);
      const b = await theirs(value);
      compared++;
      if (b.invalid) invalid++;
      if (a.invalid !== b.invalid) disagreements.push({ file: `hand-made: ${name}`, value, ours: a, theirs: b });
    }
    const unexplained = disagreements.filter((d) => !KNOWN.some((k) => k.matches(d)));
    const describe = (d: Disagreement) =>
      `${d.file}${d.mutation ? ` (${d.mutation.description})` : ''}: ours ${d.ours.invalid ? 'invalid' : 'valid'} [${d.ours.first ?? ''}], swagger-parser ${d.theirs.invalid ? 'invalid' : 'valid'} [${d.theirs.first ?? ''}]`;
    console.log(
      `compared ${compared} documents (${invalid} invalid for swagger-parser); ${disagreements.length} disagreements`,
    );
    for (const d of disagreements) {
      const known = KNOWN.find((k) => k.matches(d));
      console.log(`  ${known ? `known (${known.name}; ${known.wrong} wrong)` : 'UNEXPLAINED'}: ${describe(d)}`);
    }
    assert.ok(compared > 300, `enough documents compared (${compared})`);
    assert.ok(invalid > 100, `enough invalid documents among them (${invalid})`);
    assert.deepEqual(unexplained.map(describe), []);
  });
});
