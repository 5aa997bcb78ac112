/**
 * The text API Gateway would receive for a template site, as far as it is known here. CloudFormation `Fn::Sub`
 * replaces `${Name}` before API Gateway sees the template, with values unknown to the editor; `${!Name}` becomes
 * the literal `${Name}`. Undefined when the text cannot be known (a real substitution is present). A plain
 * string holding `${AWS::Region}`-style pseudo parameters is also taken as substituted on its way to AWS (an
 * `AWS::Include`d definition, or a pipeline): Velocity itself could not parse `${AWS::Region}`.
 */
import type { TemplateSite } from './discover';

export function checkedText(site: TemplateSite): string | undefined {
  const text = site.map.text;
  if (!site.substituted) return /\$\{AWS::[A-Za-z]+\}/.test(text) ? undefined : text;
  if (/\$\{(?!!)/.test(text)) return undefined;
  // Same length, so template offsets still map: `${!x}` → ` ${x}` (a leading space changes no syntax).
  return text.replace(/\$\{!/g, ' ${');
}
