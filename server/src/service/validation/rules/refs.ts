/**
 * `$ref`s: local references must resolve inside the definition; relative file references must name a file that
 * exists (and, with a fragment, a node in it). URLs are never fetched.
 * Severity evidence: a missing model (a schema under `#/components/schemas/` or `#/definitions/`) is an import
 * warning, "Reference to model … not found. Ignoring." (observed, issue #13; warnings do not stop an import
 * unless failOnWarnings is set: https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-import-api-errors-warnings.html,
 * which names "a missing model reference" as its example of a warning): `ref-missing-model` is a warning saying so. Other
 * missing targets (a parameter, a response, a file) leave the import without the part it needs: `ref-missing`.
 */
import { AstNode } from '../../parser/ast';
import { parse } from '../../parser/parse';
import { resolveLocalRef } from '../refs';
import { definitionRule, type DefinitionContext } from '../rule';

export const refsRule = definitionRule({
  name: 'refs',
  reports: ['ref-missing', 'ref-missing-model', 'ref-remote'],
  generic: true,
  check(ctx) {
    const files = new Map<string, AstNode | null>();
    // Large specs point at the same few hundred schemas thousands of times: each local target is looked up once.
    const local = new Map<string, boolean>();
    // The fast parser lists every `$ref` of a standalone definition; otherwise walk the tree for them.
    const listed = ctx.def.resource ? undefined : ctx.doc.parsed.refs;
    if (listed) {
      for (const node of listed) if (node.type === 'string') checkRef(ctx, node, files, local);
    } else walk(ctx, ctx.def.root, files, local, 0);
  },
});

function walk(
  ctx: DefinitionContext,
  node: AstNode,
  files: Map<string, AstNode | null>,
  local: Map<string, boolean>,
  depth: number,
): void {
  if (depth > 200) return;
  if (node.type === 'array') {
    for (const item of node.items) walk(ctx, item, files, local, depth + 1);
    return;
  }
  if (node.type !== 'object') return;
  for (const prop of node.properties) {
    if (prop.key.value === '$ref' && prop.value?.type === 'string') checkRef(ctx, prop.value, files, local);
    else if (prop.value && (prop.value.type === 'object' || prop.value.type === 'array'))
      walk(ctx, prop.value, files, local, depth + 1);
  }
}

function checkRef(
  ctx: DefinitionContext,
  node: AstNode & { value: string },
  files: Map<string, AstNode | null>,
  local: Map<string, boolean>,
): void {
  const ref = node.value;
  if (ref.includes('${')) return;
  if (ref.startsWith('#')) {
    let found = local.get(ref);
    if (found === undefined) local.set(ref, (found = resolveLocalRef(ctx.def.root, ref) !== undefined));
    if (found) return;
    const model = /^#\/(?:components\/schemas|definitions)\/([^/]+)$/.exec(ref);
    if (model) ctx.report('ref-missing-model', node, `No model '${decodeURIComponent(model[1])}' is declared: API Gateway's import ignores this reference ("Reference to model not found. Ignoring.") and the method gets no model. Declare the schema or fix the name.`);
    else ctx.report('ref-missing', node, `'${ref}' points at nothing in this definition.`);
    return;
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(ref)) {
    ctx.report('ref-remote', node, `Remote reference '${ref}' is not fetched, so it is not checked.`);
    return;
  }
  if (!ctx.host.readFile || !ctx.doc.uri.startsWith('file:')) return;
  const [file, fragment] = ref.split('#', 2);
  const path = decodeURIComponent(new URL(file, ctx.doc.uri).pathname);
  let target = files.get(path);
  if (target === undefined) {
    const text = ctx.host.readFile(path);
    target = text === undefined ? null : (parse(text, /\.json$/i.test(path) ? 'json' : 'yaml').root ?? null);
    files.set(path, target);
  }
  if (target === null) ctx.report('ref-missing', node, `The file '${file}' does not exist (looked for ${path}).`);
  else if (fragment && !resolveLocalRef(target, `#${fragment}`))
    ctx.report('ref-missing', node, `'#${fragment}' points at nothing in '${file}'.`);
}
