/**
 * `$ref`s: local references must resolve inside the definition; relative file references must name a file that
 * exists (and, with a fragment, a node in it). URLs are never fetched. Each reference is checked on its own: one
 * that cannot be understood is reported and the others are still checked.
 * Severity evidence: a missing model (a schema under `#/components/schemas/` or `#/definitions/`) is an import
 * warning, "Reference to model … not found. Ignoring." (observed, issue #13; warnings do not stop an import
 * unless failOnWarnings is set: https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-import-api-errors-warnings.html,
 * which names "a missing model reference" as its example of a warning): `ref-missing-model` is a warning saying so.
 * Other missing targets (a parameter, a response, a file) leave the import without the part it needs: `ref-missing`.
 */
import { AstNode, StringNode } from '../../parser/ast';
import { parse } from '../../parser/parse';
import { resolveLocalRef } from '../refs';
import { refNodesOf, refTarget } from '../refFiles';
import { definitionRule, type DefinitionContext, type FileRefusal } from '../rule';
import { decodePercentOrKeep } from '../../../../../common/percentDecode';

/** A file read once per check: its tree, or why there is none. */
type FileState = { root: AstNode | undefined } | { missing: true } | FileRefusal;

export const refsRule = definitionRule({
  name: 'refs',
  reports: ['ref-missing', 'ref-missing-model', 'ref-remote', 'ref-unchecked'],
  generic: true,
  check(ctx) {
    const files = new Map<string, FileState>();
    // Large specs point at the same few hundred schemas thousands of times: each local target is looked up once.
    const local = new Map<string, boolean>();
    for (const node of refNodesOf(ctx.doc, ctx.def)) {
      try {
        checkRef(ctx, node, files, local);
      } catch (e) {
        // Our failure (the host could not read a file), not a sign that AWS would refuse the reference.
        ctx.report('ref-unchecked', node, `'${node.value}' could not be checked: ${(e as Error).message}`);
      }
    }
  },
});

function checkRef(
  ctx: DefinitionContext<'ref-missing' | 'ref-missing-model' | 'ref-remote' | 'ref-unchecked'>,
  node: StringNode,
  files: Map<string, FileState>,
  local: Map<string, boolean>,
): void {
  const ref = node.value;
  const target = refTarget(ctx.doc.uri, ref, ctx.host.fileUrlToPath);
  switch (target.kind) {
    case 'skip':
      return;
    case 'local': {
      let found = local.get(ref);
      if (found === undefined) local.set(ref, (found = resolveLocalRef(ctx.def.root, ref) !== undefined));
      if (found) return;
      const model = /^#\/(?:components\/schemas|definitions)\/([^/]+)$/.exec(ref);
      if (model)
        ctx.report(
          'ref-missing-model',
          node,
          `No model '${decodePercentOrKeep(model[1])}' is declared: API Gateway's import ignores this reference ("Reference to model not found. Ignoring.") and the method gets no model. Declare the schema or fix the name.`,
        );
      else ctx.report('ref-missing', node, `'${ref}' points at nothing in this definition.`);
      return;
    }
    case 'remote':
      ctx.report('ref-remote', node, `Remote reference '${ref}' is not fetched, so it is not checked.`);
      return;
    case 'invalid':
      ctx.report('ref-missing', node, `'${ref}' ${target.reason}.`);
      return;
  }
  if (!ctx.host.readFile) return;
  const { file, path, fragment } = target;
  let state = files.get(path);
  if (state === undefined) {
    state = read(ctx.host.readFile(path), path);
    files.set(path, state);
  }
  if ('missing' in state) ctx.report('ref-missing', node, `The file '${file}' does not exist (looked for ${path}).`);
  else if ('reason' in state)
    ctx.report(state.broken ? 'ref-missing' : 'ref-unchecked', node, `'${file}' ${state.reason}.`);
  else if (!state.root) ctx.report('ref-unchecked', node, `'${file}' could not be parsed, so '${ref}' is not checked.`);
  else if (fragment && !resolveLocalRef(state.root, `#${fragment}`))
    ctx.report('ref-missing', node, `'#${fragment}' points at nothing in '${file}'.`);
}

function read(text: string | undefined | FileRefusal, path: string): FileState {
  if (text === undefined) return { missing: true };
  if (typeof text !== 'string') return text;
  return { root: parse(text, /\.json$/i.test(path) ? 'json' : 'yaml').root };
}
