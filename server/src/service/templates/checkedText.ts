/**
 * The text API Gateway would receive for a template site, as far as it is known here. CloudFormation `Fn::Sub`
 * replaces `${Name}` before API Gateway sees the template, with values unknown to the editor; `${!Name}` becomes
 * the literal `${Name}`. Undefined when the text cannot be known (a real substitution is present).
 */
import type { TemplateSite } from './discover';

export function checkedText(site: TemplateSite): string | undefined {
  const text = site.map.text;
  if (!site.substituted) return text;
  if (/\$\{(?!!)/.test(text)) return undefined;
  // Same length, so template offsets still map: `${!x}` → ` ${x}` (a leading space changes no syntax).
  return text.replace(/\$\{!/g, ' ${');
}
