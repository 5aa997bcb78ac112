/**
 * The mapping-template engine held to Apache Velocity 1.7 itself (the Java oracle in
 * test/server/service/velocity/oracle, with API Gateway's objects written in Java from AWS's documentation and the
 * deviation "a null reference prints as empty text" configured in): every template of the shared corpus, each with an
 * empty and a filled request, and 800 generated templates with requests, and a matrix of Java regular expressions
 * (replaceAll, replaceFirst, matches, split) over varied strings. Both engines must agree on the output, on the
 * overrides, and on whether the template fails at all (a syntax error or a Java exception). Prints the agreement.
 *
 * Targets (issue 17): all corpus templates identical; at least 99% of generated ones. Each difference is
 * printed; those with a known cause carry its name from KNOWN_DIFFERENCES below.
 */
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { renderTemplate, type TemplateRequest } from '../../../../server/src/service/velocity/index';
import { corpusTemplates, sampleRequestFor } from './corpusTemplates';
import { generateCases, regexCases } from './generator';
import { runOracle, type OracleCase, type OracleResult } from './oracle';

const GENERATED = 800;
const SEED = 20261128;

/**
 * Lexer corners of Velocity 1.7 that the engine does not reproduce, each seen in the generated templates
 * only (no real template writes them). A difference is attributed to one when its template matches.
 */
const KNOWN_DIFFERENCES: { name: string; why: string; matches: (template: string) => boolean }[] = [
  {
    name: 'backslash-then-directive',
    why: 'After a lone `\\` followed by spaces, Velocity 1.7 stops recognising #foreach/#define/#macro until the line ends, so their #end is unmatched; we parse the directive.',
    matches: (t) => /\\[ \t]+#(foreach|define|macro|\w+\()/.test(t),
  },
  {
    name: 'dollar-bang-dollar',
    why: '`$!$` followed by something other than a name prints `$$` in Velocity 1.7 (the `!` is lost); we keep `$!$`.',
    matches: (t) => /\$!\$[^A-Za-z_{!]/.test(t),
  },
  {
    name: 'dollar-bang-dot',
    why: '`$!.` before a name: Velocity 1.7 drops the `$!` and, in some contexts, the first name after the dot too.',
    matches: (t) => /\$!\.[A-Za-z_]/.test(t),
  },
  {
    name: 'name-after-method-call',
    why: '`$a.trim()x.y` prints the value and `x`, dropping `.y` (the 1.7 lexer stays in its reference state after `)`); we print `x.y`.',
    matches: (t) => /\)[A-Za-z_][\w-]*\.[A-Za-z_]/.test(t),
  },
  {
    name: 'brace-after-reference',
    why: 'A `{` right after a reference or a method call starts an undocumented construct in the 1.7 lexer (`$a.b(){x}` prints `{`).',
    matches: (t) => /\$!?[A-Za-z_][\w-]*(\.[A-Za-z_][\w-]*(\([^()]*\))?|\[[^\]]*\])*\{/.test(t),
  },
];

interface Case extends OracleCase {
  kind: 'corpus' | 'generated' | 'regex';
  label: string;
}

function normaliseOverrides(o: OracleResult['overrides']): string {
  if (!o) return '';
  const response = { ...o.response };
  // API Gateway ignores a status override that is not an integer (runtime facts M36); so does our surface.
  const status =
    typeof response.status === 'string' && /^-?\d+$/.test(response.status) ? String(Number(response.status)) : null;
  return JSON.stringify({ request: o.request, response: { header: response.header ?? {}, status } });
}

function ours(
  template: string,
  request: TemplateRequest,
): { ok: boolean; output: string; overrides: string; problems: string[] } {
  const result = renderTemplate(template, request);
  const errors = result.problems.filter((p) => p.severity === 'error');
  const o = result.overrides;
  const overrides = JSON.stringify({
    request: { header: o.request.header, path: o.request.path, querystring: o.request.querystring },
    response: { header: o.response.header, status: o.response.status === undefined ? null : String(o.response.status) },
  });
  return {
    ok: errors.length === 0,
    output: result.output,
    overrides,
    problems: errors.map((p) => `${p.range.start.line + 1}:${p.range.start.character + 1} ${p.message}`),
  };
}

function compare(c: Case, java: OracleResult): string | null {
  const mine = ours(c.template, c.request);
  if (java.ok !== mine.ok) {
    return java.ok
      ? `Velocity renders it, we fail: ${mine.problems.join('; ')}`
      : `Velocity fails (${java.error?.split('\n')[0]}), we render ${JSON.stringify(mine.output.slice(0, 200))}`;
  }
  if (!java.ok) return null;
  if (java.output !== mine.output)
    return `output differs\n      velocity: ${JSON.stringify(java.output?.slice(0, 400))}\n      ours:     ${JSON.stringify(mine.output.slice(0, 400))}`;
  if (normaliseOverrides(java.overrides) !== mine.overrides)
    return `overrides differ: velocity ${normaliseOverrides(java.overrides)}, ours ${mine.overrides}`;
  return null;
}

describe('mapping templates: our engine against Apache Velocity 1.7', () => {
  const cases: Case[] = [];
  corpusTemplates().forEach((t, i) => {
    cases.push({
      kind: 'corpus',
      id: `c${i}-empty`,
      label: `${t.file} ${t.where} (empty request)`,
      template: t.template,
      request: {},
    });
    cases.push({
      kind: 'corpus',
      id: `c${i}-filled`,
      label: `${t.file} ${t.where} (filled request)`,
      template: t.template,
      request: sampleRequestFor(t.template),
    });
  });
  generateCases(GENERATED, SEED).forEach((g, i) =>
    cases.push({ kind: 'generated', id: `g${i}`, label: `generated #${i}`, ...g }),
  );
  regexCases().forEach((g, i) => cases.push({ kind: 'regex', id: `r${i}`, label: `regex #${i}`, ...g }));
  let results: Map<string, OracleResult>;

  before(async () => {
    results = await runOracle(cases.map(({ id, template, request }) => ({ id, template, request })));
  });

  const check = (kind: Case['kind']) => {
    const mine = cases.filter((c) => c.kind === kind);
    const differences: { c: Case; why: string; known?: string }[] = [];
    for (const c of mine) {
      const why = compare(c, results.get(c.id)!);
      if (why) differences.push({ c, why, known: KNOWN_DIFFERENCES.find((k) => k.matches(c.template))?.name });
    }
    const same = mine.length - differences.length;
    console.log(
      `velocity differential, ${kind}: ${same}/${mine.length} identical (${((100 * same) / mine.length).toFixed(1)}%), ${mine.filter((c) => results.get(c.id)?.ok === false).length} of them failing in Velocity too`,
    );
    for (const d of differences) {
      console.log(
        `  difference [${d.known ?? 'unexplained'}] ${d.c.label}: ${d.why}\n      template: ${JSON.stringify(d.c.template.slice(0, 600))}`,
      );
    }
    return { same, total: mine.length, differences };
  };

  test('every corpus template renders exactly as Velocity 1.7 renders it', () => {
    const { same, total, differences } = check('corpus');
    assert.ok(total >= 200, `expected the corpus to hold at least 100 templates, found ${total / 2}`);
    assert.equal(same, total, `${differences.length} corpus cases differ (listed above)`);
  });

  test('at least 99% of generated templates render exactly as Velocity 1.7 renders them', () => {
    const { same, total, differences } = check('generated');
    assert.equal(total, GENERATED);
    assert.ok(same / total >= 0.99, `${same}/${total} identical, below 99%`);
    const unexplained = differences.filter((d) => !d.known);
    assert.ok(
      unexplained.length <= total * 0.005,
      `${unexplained.length} differences have no known cause (listed above)`,
    );
  });

  test('Java regular expressions: every pattern on every input as java.util.regex does it', () => {
    const { same, total } = check('regex');
    assert.ok(total > 600);
    assert.equal(same, total, `${total - same} regex cases differ (listed above)`);
  });

  test('the generated templates exercise what the engine claims', () => {
    const all = cases
      .filter((c) => c.kind === 'generated')
      .map((c) => c.template)
      .join('\n');
    for (const construct of [
      '#foreach',
      '#if',
      '#elseif',
      '#else',
      '#set',
      '#define',
      '#macro',
      '#break',
      '#stop',
      '$foreach.hasNext',
      '$velocityCount',
      '..',
      '$!',
      '\\$',
      '##',
      '#*',
      '.replaceAll(',
      '.split(',
      '.matches(',
      '$input.json(',
      '$input.path(',
      '$input.params(',
      '$util.escapeJavaScript',
      '$util.urlEncode',
      '$util.urlDecode',
      '$util.base64Encode',
      '$util.base64Decode',
      '$util.parseJson',
      '$context.responseOverride',
      '$context.requestOverride',
      '$stageVariables',
    ]) {
      assert.ok(all.includes(construct), `no generated template uses ${construct}`);
    }
  });
});
