/**
 * `${stageVariables.name}` references inside API Gateway extensions: the right spelling and a valid name.
 * Severity evidence (error): a malformed `${stageVariables.…}` reference is refused where API Gateway parses it (URIs,
 * mappings), apigateway-facts.md §5.2.
 */
import { AstNode } from '../../parser/ast';
import { definitionRule, type DefinitionContext } from '../rule';

const placeholder = /\$\{([^}]*)\}/g;
const validName = /^[A-Za-z0-9_]+$/;

export const stageVariablesRule = definitionRule({
  name: 'stage-variable',
  reports: ['stage-variable'],
  check(ctx) {
    for (const use of ctx.index.extensions) scan(ctx, use.property.value, 0);
  },
});

function scan(ctx: DefinitionContext, node: AstNode | undefined, depth: number): void {
  if (!node || depth > 30) return;
  if (node.type === 'object') for (const p of node.properties) scan(ctx, p.value, depth + 1);
  else if (node.type === 'array') for (const i of node.items) scan(ctx, i, depth + 1);
  else if (node.type === 'string' && node.value.includes('${')) checkText(ctx, node);
}

function checkText(ctx: DefinitionContext, node: AstNode & { value: string }): void {
  for (const match of node.value.matchAll(placeholder)) {
    const inner = match[1].trim();
    const dot = inner.indexOf('.');
    if (dot < 0) continue;
    const head = inner.slice(0, dot);
    const name = inner.slice(dot + 1);
    // A misspelling of the whole word only: in a SAM template's `!Sub`, `${StageVarsTable.Arn}` is a resource's
    // attribute, not a stage variable.
    const looksLikeStage = /^stage_?var(?:iable)?s?$/i.test(head);
    if (!looksLikeStage) continue;
    if (head !== 'stageVariables') {
      ctx.report(
        'stage-variable',
        node,
        `'\${${inner}}' is not a stage variable reference: write '\${stageVariables.${name}}'.`,
        { replaceWith: [node.value.replace(match[0], `\${stageVariables.${name}}`)] },
      );
    } else if (!validName.test(name)) {
      ctx.report(
        'stage-variable',
        node,
        `Stage variable names may contain only letters, digits and underscores; '${name}' does not qualify.`,
      );
    }
  }
}
