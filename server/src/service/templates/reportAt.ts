/** Reports a finding at a template range, mapped to the document; approximate maps say where in the template. */
import type { DocumentContext, RuleId } from '../validation/rule';
import type { TemplateSite } from './discover';
import { docRangeOf } from './sourceMap';

export function reportAt<Id extends RuleId>(
  ctx: DocumentContext<Id>,
  rule: Id,
  site: TemplateSite,
  start: number,
  end: number,
  message: string,
): void {
  const map = site.map;
  if (map.exact) {
    ctx.report(rule, docRangeOf(map, start, end), message);
    return;
  }
  // The value could not be mapped character by character: name the template line and column instead.
  const before = map.text.slice(0, start);
  const line = before.split('\n').length;
  const column = start - before.lastIndexOf('\n');
  ctx.report(
    rule,
    { offset: map.tokenStart, length: Math.min(1, map.tokenEnd - map.tokenStart) },
    `Template line ${line}, column ${column}: ${message}`,
  );
}
