/**
 * Tab stops inside rendered values. They are opaque markers while a value is quoted for YAML or JSON, and become
 * LSP snippet syntax only at the end, after every literal `$`, `}` and `\` has been escaped: so `!Sub` strings
 * such as `${AWS::Region}` stay literal and JSON's own escapes survive.
 */
/** A value to write as YAML or JSON; `{ '!Sub': text }`, `{ '!GetAtt': 'Res.Arn' }`, `{ '!Ref': 'Res' }` are intrinsics. */
export type RenderValue = string | number | boolean | null | RenderValue[] | { [key: string]: RenderValue };

const OPEN = '\u27e8';
const CLOSE = '\u27e9';

export function tab(n: number, placeholder = ''): string {
  return `${OPEN}${n}:${placeholder}${CLOSE}`;
}

export function choice(n: number, options: readonly string[]): string {
  return options.length === 1 ? tab(n, options[0]) : `${OPEN}${n}|${options.join(',')}|${CLOSE}`;
}

const marker = new RegExp(`${OPEN}(\\d+)(?::([^${CLOSE}]*)|\\|([^${CLOSE}]*)\\|)${CLOSE}`, 'g');

/** Text with tab stops as LSP snippet syntax. */
export function toSnippet(text: string): string {
  const escaped = text.replace(/[\\$}]/g, (c) => `\\${c}`);
  return escaped.replace(marker, (_m, n: string, placeholder: string | undefined, options: string | undefined) =>
    options !== undefined ? `\${${n}|${options}|}` : placeholder ? `\${${n}:${placeholder}}` : `\${${n}}`,
  );
}

/** Text with each tab stop replaced by its default. */
export function toPlainText(text: string): string {
  return text.replace(
    marker,
    (_m, _n, placeholder: string | undefined, options: string | undefined) =>
      placeholder ?? options?.split(',')[0] ?? '',
  );
}

export function hasTabStops(text: string): boolean {
  return text.includes(OPEN);
}
