// Compiles the official OpenAPI 3.0 and Swagger 2.0 JSON Schemas (server/src/service/openapiSchema/schemas/) into
// TypeScript checkers that walk our positional tree directly (server/src/service/openapiSchema/generated/): no
// JSON copy of the document, no dereferencing, no schema interpretation at run time. One function per schema
// definition (recursion through `$ref` is a call), members dispatched by a `switch`, patterns compiled once.
// Only the JSON Schema draft-04 keywords these two schemas use are supported; any other keyword stops the build,
// so a schema update can never be half-checked in silence. `format` is not checked (swagger-parser's Ajv runs
// with validateFormats: false, and the two must agree).
//
// Usage: node scripts/generate-openapi-checkers.mjs [--check]   (--check: fail if the generated files are stale)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = path.join(root, 'server/src/service/openapiSchema');

export const TARGETS = [
  { schema: 'schemas/openapi-3.0.json', out: 'generated/openapi30.ts', rootTitle: 'OpenAPI document' },
  { schema: 'schemas/swagger-2.0.json', out: 'generated/swagger20.ts', rootTitle: 'Swagger document' },
];

const ANNOTATIONS = new Set(['description', 'default', 'example', 'format', 'id', '$schema', 'definitions', 'title']);
const SUPPORTED = new Set([
  ...ANNOTATIONS,
  'type',
  'enum',
  'pattern',
  'minLength',
  'maxLength',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'items',
  'additionalItems',
  'minItems',
  'maxItems',
  'uniqueItems',
  'required',
  'properties',
  'patternProperties',
  'additionalProperties',
  'minProperties',
  'maxProperties',
  'allOf',
  'anyOf',
  'oneOf',
  'not',
  '$ref',
]);

/** Names the schemas give their definitions, as a person would say them. */
const TITLES = {
  XML: 'XML',
  nonBodyParameter: 'Parameter',
  jsonReference: 'Reference',
  vendorExtension: 'Extension',
  mimeType: 'Media Type',
};

export function humanize(name) {
  if (TITLES[name]) return TITLES[name];
  return name
    .replace(/SubSchema$/, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .replace(/^./, (c) => c.toUpperCase())
    .replace(/\bO Auth|\bOauth/g, 'OAuth')
    .replace(/\bApi\b/g, 'API')
    .replace(/\bOpen Id\b/g, 'OpenID');
}

export function generate(schema, rootTitle, sourceName) {
  const defs = schema.definitions ?? {};
  const functions = [];
  const constants = [];
  const byRef = new Map();
  const byShape = new Map();
  let counter = 0;

  const constantNames = new Map();
  const constant = (prefix, code) => {
    if (constantNames.has(code)) return constantNames.get(code);
    const name = `${prefix}${constants.length}`;
    constants.push(`const ${name}${code === '[]' ? ': string[]' : ''} = ${code};`);
    constantNames.set(code, name);
    return name;
  };
  const str = (s) => JSON.stringify(s);

  /** The name of the function checking `s`, or undefined when `s` allows anything. */
  function compile(s, title) {
    if (s === true || (typeof s === 'object' && Object.keys(s).every((k) => ANNOTATIONS.has(k)))) return undefined;
    if (s === false) throw new Error('false schemas are not supported');
    if (typeof s.$ref === 'string') return compileRef(s.$ref);
    const shape = `${title}\u0000${JSON.stringify(s)}`;
    if (byShape.has(shape)) return byShape.get(shape);
    const name = `s${counter++}`;
    byShape.set(shape, name);
    functions.push({ name, code: body(name, s, title) });
    return name;
  }

  function compileRef(ref) {
    const match = /^#\/definitions\/([^/]+)$/.exec(ref);
    if (!match || !defs[match[1]]) throw new Error(`unsupported $ref ${ref}`);
    const defName = match[1];
    if (byRef.has(defName)) return byRef.get(defName);
    const target = defs[defName];
    if (typeof target.$ref === 'string') return compileRef(target.$ref);
    if (Object.keys(target).every((k) => ANNOTATIONS.has(k))) {
      byRef.set(defName, undefined);
      return undefined;
    }
    const name = `d_${defName.replace(/[^A-Za-z0-9_]/g, '_')}`;
    byRef.set(defName, name);
    functions.push({ name, code: body(name, target, humanize(defName)) });
    return name;
  }

  function call(fn, value) {
    return fn ? `if (!${fn}(${value}, c)) { if (c.quiet) return false; ok = false; }` : '';
  }

  /** A map entry (`paths` › '/pets', `components` › `schemas` › 'Pet'): checked through `unit`, which can reuse the result. */
  function callEntry(fn, value) {
    return fn ? `if (!unit(${fn}, ${value}, n as ObjectNode, c)) { if (c.quiet) return false; ok = false; }` : '';
  }

  function fail(problem) {
    return `{ if (c.quiet) return false; ok = c.report(${problem}); }`;
  }

  function typeTest(type, v) {
    switch (type) {
      case 'integer':
        return `(${v}.type === 'number' && Number.isInteger(${v}.value))`;
      case 'object':
      case 'array':
      case 'string':
      case 'number':
      case 'boolean':
      case 'null':
        return `${v}.type === ${str(type)}`;
      default:
        throw new Error(`unknown type ${type}`);
    }
  }

  function body(name, s, title) {
    for (const key of Object.keys(s)) if (!SUPPORTED.has(key)) throw new Error(`${title}: unsupported keyword ${key}`);
    const T = str(title);
    const out = [
      `/** ${title} */`,
      `function ${name}(n: AstNode, c: Ctx): boolean {`,
      // A value a template computes (runtime.ts, computedValues) cannot be judged.
      '  if (computedValues.nodes !== undefined && computedValues.nodes.has(n)) return computedValues.match;',
      '  let ok = true;',
    ];
    const types = s.type === undefined ? undefined : [].concat(s.type);
    if (types)
      out.push(
        `  if (!(${types.map((t) => typeTest(t, 'n')).join(' || ')})) return typeFail(n, c, ${T}, ${constant('t', str(types))});`,
      );
    const only = types?.length === 1 ? types[0] : undefined;
    const guard = (type, lines) => {
      if (!lines.length) return;
      if (types && !types.includes(type) && !(type === 'number' && types.includes('integer'))) return;
      if (only === type || (type === 'number' && only === 'integer')) out.push(...lines.map((l) => `  ${l}`));
      else out.push(`  if (${typeTest(type, 'n')}) {`, ...lines.map((l) => `    ${l}`), '  }');
    };
    if (s.enum)
      out.push(
        `  if (!inEnum(n, ${constant('e', str(s.enum))})) ${fail(`{ kind: 'enum', node: n, title: ${T}, expected: ${constant('e', str(s.enum))} }`)}`,
      );

    // Strings
    const strings = [];
    if (s.pattern !== undefined)
      strings.push(
        `if (!${constant('p', `new RegExp(${str(s.pattern)}, 'u')`)}.test((n as StringNode).value)) ${fail(`{ kind: 'pattern', node: n, title: ${T}, detail: ${str(s.pattern)} }`)}`,
      );
    if (s.minLength !== undefined)
      strings.push(
        `if (codePoints((n as StringNode).value) < ${s.minLength}) ${fail(`{ kind: 'limit', node: n, title: ${T}, detail: ${str(`at least ${s.minLength} characters`)} }`)}`,
      );
    if (s.maxLength !== undefined)
      strings.push(
        `if (codePoints((n as StringNode).value) > ${s.maxLength}) ${fail(`{ kind: 'limit', node: n, title: ${T}, detail: ${str(`at most ${s.maxLength} characters`)} }`)}`,
      );
    guard('string', strings);

    // Numbers (draft-04: exclusiveMinimum/Maximum are booleans that sharpen minimum/maximum)
    const numbers = [];
    if (s.minimum !== undefined) {
      const op = s.exclusiveMinimum === true ? '<=' : '<';
      numbers.push(
        `if ((n as NumberNode).value ${op} ${s.minimum}) ${fail(`{ kind: 'limit', node: n, title: ${T}, detail: ${str(s.exclusiveMinimum === true ? `greater than ${s.minimum}` : `at least ${s.minimum}`)} }`)}`,
      );
    }
    if (s.maximum !== undefined) {
      const op = s.exclusiveMaximum === true ? '>=' : '>';
      numbers.push(
        `if ((n as NumberNode).value ${op} ${s.maximum}) ${fail(`{ kind: 'limit', node: n, title: ${T}, detail: ${str(s.exclusiveMaximum === true ? `less than ${s.maximum}` : `at most ${s.maximum}`)} }`)}`,
      );
    }
    for (const k of ['exclusiveMinimum', 'exclusiveMaximum'])
      if (s[k] !== undefined && typeof s[k] !== 'boolean') throw new Error(`${title}: draft-06 ${k} is not supported`);
    guard('number', numbers);

    // Arrays
    const arrays = [];
    if (s.minItems !== undefined)
      arrays.push(
        `if ((n as ArrayNode).items.length < ${s.minItems}) ${fail(`{ kind: 'limit', node: n, title: ${T}, detail: ${str(`at least ${s.minItems} item${s.minItems === 1 ? '' : 's'}`)} }`)}`,
      );
    if (s.maxItems !== undefined)
      arrays.push(
        `if ((n as ArrayNode).items.length > ${s.maxItems}) ${fail(`{ kind: 'limit', node: n, title: ${T}, detail: ${str(`at most ${s.maxItems} items`)} }`)}`,
      );
    if (s.uniqueItems === true)
      arrays.push(
        `{ const d = duplicateItem((n as ArrayNode).items); if (d) ${fail(`{ kind: 'unique', node: n, item: d, title: ${T} }`)} }`,
      );
    if (Array.isArray(s.items)) {
      s.items.forEach((item, i) => {
        const fn = compile(item, `${title} item`);
        if (fn)
          arrays.push(`if ((n as ArrayNode).items.length > ${i}) { ${call(fn, `(n as ArrayNode).items[${i}]`)} }`);
      });
      if (s.additionalItems === false)
        arrays.push(
          `if ((n as ArrayNode).items.length > ${s.items.length}) ${fail(`{ kind: 'limit', node: n, title: ${T}, detail: ${str(`at most ${s.items.length} items`)} }`)}`,
        );
      else if (s.additionalItems && typeof s.additionalItems === 'object') {
        const fn = compile(s.additionalItems, `${title} item`);
        if (fn)
          arrays.push(
            `for (let i = ${s.items.length}; i < (n as ArrayNode).items.length; i++) { ${call(fn, '(n as ArrayNode).items[i]')} }`,
          );
      }
    } else if (s.items !== undefined) {
      const fn = compile(s.items, s.items.$ref ? undefined : `${title} item`);
      if (fn) arrays.push(`for (const item of (n as ArrayNode).items) { ${call(fn, 'item')} }`);
    }
    guard('array', arrays);

    // Objects
    const objects = [];
    for (const key of s.required ?? [])
      objects.push(
        `if (!has(n as ObjectNode, ${str(key)})) ${fail(`{ kind: 'required', node: n, title: ${T}, detail: ${str(key)} }`)}`,
      );
    if (s.minProperties !== undefined)
      objects.push(
        `if ((n as ObjectNode).properties.length < ${s.minProperties}) ${fail(`{ kind: 'limit', node: n, title: ${T}, detail: ${str(`at least ${s.minProperties} member${s.minProperties === 1 ? '' : 's'}`)} }`)}`,
      );
    if (s.maxProperties !== undefined)
      objects.push(
        `if ((n as ObjectNode).properties.length > ${s.maxProperties}) ${fail(`{ kind: 'limit', node: n, title: ${T}, detail: ${str(`at most ${s.maxProperties} member${s.maxProperties === 1 ? '' : 's'}`)} }`)}`,
      );
    const properties = s.properties ?? {};
    const patterns = Object.entries(s.patternProperties ?? {}).map(([pattern, sub]) => ({
      pattern,
      regex: new RegExp(pattern, 'u'),
      fn: compile(sub, sub.$ref ? undefined : title),
      test: patternTest(pattern) ?? `${constant('k', `new RegExp(${str(pattern)}, 'u')`)}.test(p.key.value)`,
    }));
    const additional = s.additionalProperties;
    const additionalFn =
      additional && typeof additional === 'object'
        ? compile(additional, additional.$ref ? undefined : `${title} entry`)
        : undefined;
    const closed = additional === false;
    const cases = [];
    for (const [key, sub] of Object.entries(properties)) {
      const calls = [call(compile(sub, sub.$ref ? undefined : title), 'v')];
      // A pattern that also matches a listed member applies to it too.
      for (const p of patterns) if (p.regex.test(key)) calls.push(call(p.fn, 'v'));
      const code = calls.filter(Boolean);
      if (code.length) cases.push(`case ${str(key)}: { const v = valueOf(p); ${code.join(' ')} break; }`);
      else cases.push(`case ${str(key)}: break;`);
    }
    const fallback = [];
    // An object with no fixed members is a map: its entries are the units an edit leaves alone or not.
    const entry = Object.keys(properties).length === 0 ? callEntry : call;
    if (patterns.length || closed || additionalFn) {
      if (patterns.length) fallback.push('let matched = false;');
      for (const p of patterns) fallback.push(`if (${p.test}) { matched = true; ${entry(p.fn, 'valueOf(p)')} }`);
      const unmatched = closed
        ? fail(
            `{ kind: 'unknown', node: n, property: p, title: ${T}, expected: ${constant('m', str(Object.keys(properties)))}, detail: ${str(patterns.map((p) => p.pattern).join(' '))} }`,
          )
        : additionalFn
          ? `{ ${entry(additionalFn, 'valueOf(p)')} }`
          : '';
      if (unmatched) fallback.push(patterns.length ? `if (!matched) ${unmatched}` : unmatched);
    }
    const needsLoop = fallback.length > 0 || cases.some((c) => !c.endsWith(' break;') || c.includes('valueOf'));
    if (needsLoop) {
      objects.push('for (const p of (n as ObjectNode).properties) {');
      if (cases.length) {
        objects.push('  switch (p.key.value) {', ...cases.map((c) => `    ${c}`));
        objects.push(`    default: {${fallback.length ? ` ${fallback.join(' ')}` : ''} }`, '  }');
      } else objects.push(`  ${fallback.join(' ')}`);
      objects.push('}');
    }
    guard('object', objects);

    // Combinators
    for (const sub of s.allOf ?? []) out.push(`  ${call(compile(sub, sub.$ref ? undefined : title), 'n')}`);
    for (const [keyword, exactlyOne] of [
      ['oneOf', true],
      ['anyOf', false],
    ]) {
      if (!s[keyword]) continue;
      const fns = s[keyword].map((sub) => compile(sub, sub.$ref ? undefined : branchTitle(sub, title)) ?? 'anything');
      const titles = s[keyword].map((sub) =>
        sub.$ref ? humanize(sub.$ref.split('/').pop()) : (sub.description ?? sub.type ?? title),
      );
      const known = s[keyword].map((sub) => {
        const k = knownMembers(sub);
        const ref = requiresRef(sub);
        return `{ names: new Set(${str([...k.names])}), patterns: [${[...k.patterns].map((p) => `new RegExp(${str(p)}, 'u')`).join(', ')}], reference: ${ref} }`;
      });
      out.push(
        `  if (!choice(n, c, ${constant('b', `[${fns.join(', ')}]`)}, ${constant('n', str(titles))}, ${exactlyOne}, ${T}, ${constant('w', `[${known.join(', ')}]`)})) { if (c.quiet) return false; ok = false; }`,
      );
    }
    if (s.not) {
      const fn = compile(s.not, title) ?? 'anything';
      const detail = s.description ?? s.not.description ?? 'a value this schema rules out';
      out.push(`  if (holdsForNot(${fn}, n)) ${fail(`{ kind: 'not', node: n, title: ${T}, detail: ${str(detail)} }`)}`);
    }
    out.push('  return ok;', '}');
    return out.join('\n');
  }

  /** The members a branch knows by name or pattern, through its combinators and references: what resemblance counts. */
  function knownMembers(s, seen = new Set(), into = { names: new Set(), patterns: new Set() }) {
    if (!s || typeof s !== 'object' || seen.has(s)) return into;
    seen.add(s);
    if (typeof s.$ref === 'string') return knownMembers(defs[s.$ref.split('/').pop()], seen, into);
    for (const name of Object.keys(s.properties ?? {})) into.names.add(name);
    for (const name of s.required ?? []) into.names.add(name);
    for (const pattern of Object.keys(s.patternProperties ?? {})) into.patterns.add(pattern);
    for (const keyword of ['allOf', 'oneOf', 'anyOf'])
      for (const sub of s[keyword] ?? []) knownMembers(sub, seen, into);
    return into;
  }

  /** A Reference Object's schema: it requires `$ref`. */
  function requiresRef(s) {
    const target = typeof s.$ref === 'string' ? defs[s.$ref.split('/').pop()] : s;
    return Boolean(target?.required?.includes('$ref'));
  }

  const rootFn = compile(schema, rootTitle) ?? 'anything';
  // Constants refer to functions (branches): they are declared after them, and read only at run time.
  return [
    `// Generated by scripts/generate-openapi-checkers.mjs from ${sourceName}: do not edit.`,
    `// Checks a document's tree against that schema; see runtime.ts for the context and the choice of oneOf branches.`,
    '/* eslint-disable */',
    "import type { AstNode, ArrayNode, NumberNode, ObjectNode, StringNode } from '../../parser/ast';",
    "import { Ctx, choice, codePoints, computedValues, duplicateItem, has, holdsForNot, inEnum, typeFail, unit, valueOf } from '../runtime';",
    '',
    'const anything = (_n: AstNode, _c: Ctx): boolean => true;',
    '',
    ...functions.map((f) => f.code + '\n'),
    ...constants,
    '',
    `export const checkDocument: (n: AstNode, c: Ctx) => boolean = ${rootFn};`,
    '',
  ].join('\n');
}

/** An inline branch is named by its description when that is a name ("Parameter in path"), else by its parent. */
function branchTitle(sub, title) {
  return typeof sub.description === 'string' && sub.description.length <= 30 && !sub.description.includes('.')
    ? sub.description
    : title;
}

/** A plain prefix test for patterns that are one (`^x-`, `^/`); undefined for the rest. */
function patternTest(pattern) {
  if (!/^\^([A-Za-z0-9_-]|\\\/|\/)+$/.test(pattern)) return undefined;
  return `p.key.value.startsWith(${JSON.stringify(pattern.slice(1).replace(/\\(.)/g, '$1'))})`;
}

function main() {
  const check = process.argv.includes('--check');
  let stale = 0;
  for (const target of TARGETS) {
    const schema = JSON.parse(fs.readFileSync(path.join(dir, target.schema), 'utf8'));
    const code = generate(schema, target.rootTitle, `server/src/service/openapiSchema/${target.schema}`);
    const out = path.join(dir, target.out);
    if (check) {
      if (!fs.existsSync(out) || fs.readFileSync(out, 'utf8') !== code) {
        console.error(`${target.out} is stale: run node scripts/generate-openapi-checkers.mjs`);
        stale++;
      }
    } else {
      fs.mkdirSync(path.dirname(out), { recursive: true });
      fs.writeFileSync(out, code);
      console.log(`wrote server/src/service/openapiSchema/${target.out}`);
    }
  }
  if (stale) process.exit(1);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
