/**
 * Every mapping template of the shared corpus (requestTemplates and responseTemplates values in corpus/valid and
 * corpus/large), and sample requests for each: an empty one, and one whose body, parameters, context and stage
 * variables hold what the template reads ($input.path / json paths, $input.params names, $context and
 * $stageVariables members), so that the templates' branches and loops run on data.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse, syntaxOf } from '../../../../server/src/service/parser/parse';
import type { AstNode } from '../../../../server/src/service/parser/ast';
import type { TemplateRequest } from '../../../../server/src/service/velocity/index';
import { sharedDir } from '../../../support/fixtures';

export interface CorpusTemplate {
  file: string;
  where: string;
  template: string;
}

function listFiles(dir: string, out: string[] = []): string[] {
  if (!fs.existsSync(dir)) return out;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) listFiles(full, out);
    else out.push(full);
  }
  return out;
}

export function corpusTemplates(): CorpusTemplate[] {
  const found: CorpusTemplate[] = [];
  const corpus = path.join(sharedDir, 'corpus');
  for (const file of [...listFiles(path.join(corpus, 'valid')), ...listFiles(path.join(corpus, 'large'))].sort()) {
    const text = fs.readFileSync(file, 'utf8');
    if (!/requestTemplates|responseTemplates/.test(text)) continue;
    const root = parse(text, syntaxOf(/\.json$/i.test(file) ? 'json' : 'yaml', text)).root;
    const walk = (node: AstNode | undefined, trail: string, depth: number) => {
      if (!node || depth > 200) return;
      if (node.type === 'array') node.items.forEach((item, i) => walk(item, `${trail}[${i}]`, depth + 1));
      if (node.type !== 'object') return;
      for (const prop of node.properties) {
        const key = prop.key.value;
        if ((key === 'requestTemplates' || key === 'responseTemplates') && prop.value?.type === 'object') {
          for (const t of prop.value.properties) {
            if (t.value?.type === 'string')
              found.push({
                file: path.relative(corpus, file),
                where: `${trail}.${key}.${t.key.value}`,
                template: t.value.value,
              });
          }
        } else walk(prop.value, `${trail}.${key}`, depth + 1);
      }
    };
    walk(root, '', 0);
  }
  return found;
}

function setPath(body: Record<string, unknown>, segments: string[], value: unknown): void {
  let cur: Record<string, unknown> = body;
  segments.forEach((segment, i) => {
    if (i === segments.length - 1) {
      if (!(segment in cur)) cur[segment] = value;
      return;
    }
    const next = cur[segment];
    if (typeof next !== 'object' || next === null || Array.isArray(next)) cur[segment] = {};
    cur = cur[segment] as Record<string, unknown>;
  });
}

/** A request holding what the template reads. */
export function sampleRequestFor(template: string): TemplateRequest {
  const body: Record<string, unknown> = {};
  for (const m of template.matchAll(/\$input\.(?:path|json)\(\s*['"]\$((?:\.[A-Za-z_][\w-]*)+)(\[\*\]|\[\d+\])?/g)) {
    const segments = m[1].slice(1).split('.');
    const leaf = segments[segments.length - 1];
    const value = m[2]
      ? [
          { id: 1, name: `${leaf} one` },
          { id: 2, name: `${leaf} "two"` },
        ]
      : /count|size|limit|age|number|qty|quantity|amount|price/i.test(leaf)
        ? 3
        : `${leaf}-value`;
    setPath(body, segments, value);
  }
  body.message ??= 'hello / "world"';
  body.items ??= [
    { id: 1, name: 'a' },
    { id: 2, name: 'b' },
  ];
  const names = new Set<string>();
  for (const m of template.matchAll(/\$input\.params\(\s*['"]([^'"]+)['"]/g)) names.add(m[1]);
  const path: Record<string, string> = { id: '42' };
  const query: Record<string, string> = { q: 'search term', limit: '10' };
  const headers: Record<string, string> = {
    'Content-Type': 'application/json',
    Accept: '*/*',
    'User-Agent': 'curl/8.0',
  };
  [...names].forEach((n, i) => {
    const target = i % 3 === 0 ? query : i % 3 === 1 ? headers : path;
    target[n] ??= `${n}-${i}`;
  });
  const stageVariables: Record<string, string> = { stage: 'dev' };
  for (const m of template.matchAll(/stageVariables(?:\.([A-Za-z_]\w*)|\[['"]([^'"]+)['"]\])/g))
    stageVariables[m[1] ?? m[2]] = `${m[1] ?? m[2]}-var`;
  return {
    body: JSON.stringify(body),
    headers,
    query,
    path,
    stageVariables,
    context: {
      requestId: 'c6af9ac6-7b61-11e6-9a41-93e8deadbeef',
      stage: 'dev',
      httpMethod: 'POST',
      resourcePath: '/items/{id}',
      accountId: '123456789012',
      apiId: 'abc123',
      identity: { sourceIp: '203.0.113.7', userAgent: 'curl/8.0', caller: 'AIDAEXAMPLE' },
      authorizer: { principalId: 'user-1', claims: { sub: 'sub-1', email: 'a@example.com' } },
      requestTimeEpoch: 1700000000000,
    },
  };
}
