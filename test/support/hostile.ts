/**
 * Hostile documents, shared by the hostile-input tests and the fuzz generators: small texts that once took the
 * language server down (issue 16).
 */

const HEAD_YAML = "openapi: 3.0.1\ninfo: {title: t, version: '1'}\npaths: {}\n";

/** `levels` levels of ten aliases each: 10^levels values from a few hundred bytes. */
export function aliasBomb(levels = 10): string {
  let text = `${HEAD_YAML}x-a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n`;
  for (let i = 1; i <= levels; i++)
    text += `x-a${i}: &a${i} [${Array(10)
      .fill(`*a${i - 1}`)
      .join(', ')}]\n`;
  return text;
}

/** A definition with one extension value nested `depth` levels deep, in JSON. */
export function deepJson(depth = 10_000): string {
  return `{"openapi": "3.0.1", "info": {"title": "t", "version": "1"}, "paths": {}, "x-deep": ${'['.repeat(depth)}${']'.repeat(depth)}}`;
}

/** The same in YAML flow style. */
export function deepYaml(depth = 10_000): string {
  return `${HEAD_YAML}x-deep: ${'['.repeat(depth)}${']'.repeat(depth)}\n`;
}

/** A definition whose one operation's parameters are the given `$ref`s, in order. */
export function definitionWithRefs(refs: string[]): string {
  return `${HEAD_YAML.replace('paths: {}\n', '')}paths:
  /a:
    get:
      parameters:
${refs.map((r) => `        - $ref: '${r}'`).join('\n')}
      responses: {'200': {description: ok}}
`;
}
