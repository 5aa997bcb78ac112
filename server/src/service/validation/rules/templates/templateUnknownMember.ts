/**
 * A `$util` or `$input` member that API Gateway does not have, such as AppSync's `$util.toJson`. API Gateway does
 * not fail on it: Velocity gives null for an unknown method and the request goes on (runtime facts M13, M24 lists
 * the whole `$util` set), so the value is silently empty. A warning: nothing fails, but it is almost surely a
 * mistake. `$context` is not checked (AWS adds variables over time; an unknown name there is not surely wrong).
 */
import { documentRule } from '../../rule';
import { templateSites } from '../../../templates/discover';
import { checkedText } from '../../../templates/checkedText';
import { findMember, templateMembers } from '../../../templates/members';
import { reportAt } from '../../../templates/reportAt';
import { closestMatches, didYouMean, listOf } from '../../../util/similarity';

const member = /\$!?\{?(util|input)\.([A-Za-z_][A-Za-z0-9_]*)/g;

/** Comments blanked out (same length, so offsets hold): `## …` lines and `#* … *#` blocks. */
function withoutComments(text: string): string {
  let out = '';
  let i = 0;
  // One pass; each search starts where the last one ended, and an unclosed `#*` blanks the rest.
  let line = text.indexOf('##');
  let block = text.indexOf('#*');
  while (line >= 0 || block >= 0) {
    const isBlock = block >= 0 && (line < 0 || block < line);
    const at = isBlock ? block : line;
    let end = text.indexOf(isBlock ? '*#' : '\n', at + 2);
    end = end < 0 ? text.length : isBlock ? end + 2 : end;
    out += text.slice(i, at) + text.slice(at, end).replace(/[^\n]/g, ' ');
    i = end;
    if (line >= 0 && line < i) line = text.indexOf('##', i);
    if (block >= 0 && block < i) block = text.indexOf('#*', i);
  }
  return out + text.slice(i);
}

export const templateUnknownMemberRule = documentRule({
  name: 'template-unknown-member',
  reports: ['template-unknown-member'],
  checkDocument(ctx) {
    for (const site of templateSites(ctx.doc)) {
      if (site.kind === 'gateway-response') continue;
      const text = checkedText(site);
      if (text === undefined) continue;
      const scanned = withoutComments(text);
      member.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = member.exec(scanned))) {
        const name = `$${m[1]}.${m[2]}`;
        if (findMember(name)) continue;
        const known = templateMembers()
          .filter((x) => x.name.startsWith(`$${m![1]}.`))
          .map((x) => x.name);
        const suggestions = closestMatches(name, known);
        const start = m.index + m[0].length - m[2].length;
        reportAt(
          ctx,
          'template-unknown-member',
          site,
          start,
          start + m[2].length,
          `API Gateway's $${m[1]} has no "${m[2]}"; Velocity gives null and the template writes nothing there.${suggestions.length ? didYouMean(suggestions) : ` It has ${listOf(known)}.`}`,
        );
      }
    }
  },
});
