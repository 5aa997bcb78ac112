/** Stage names: what API Gateway accepts, and which ones the user asked to protect. Pure. */

/** REST and WebSocket stage names; HTTP APIs also accept the special `$default`. */
const stageNamePattern = /^[A-Za-z0-9_-]{1,128}$/;

/** An error message for a stage name API Gateway would reject, or undefined when it is valid. */
export function validateStageName(name: string, apiType: 'REST' | 'HTTP' | 'WEBSOCKET'): string | undefined {
  if (apiType === 'HTTP' && name === '$default') return undefined;
  if (!name) return 'Enter a stage name.';
  if (name.length > 128) return 'A stage name has at most 128 characters.';
  if (!stageNamePattern.test(name))
    return `Stage names may contain only letters, digits, "-" and "_"${apiType === 'HTTP' ? ' (or be "$default")' : ''}.`;
  return undefined;
}

/**
 * Glob to RegExp for the `apigw.deploy.protectedStages` setting: `*`, `?`, `{a,b}`; several globs may be separated
 * by commas outside braces. Case-insensitive, so "Prod" is as protected as "prod".
 */
export function protectedStageMatcher(glob: string): (stage: string) => boolean {
  const patterns = splitTopLevel(glob.trim()).filter(Boolean).map(globToRegExp);
  return (stage) => patterns.some((re) => re.test(stage));
}

function splitTopLevel(glob: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of glob) {
    if (ch === '{') depth++;
    if (ch === '}') depth = Math.max(0, depth - 1);
    if (ch === ',' && depth === 0) {
      parts.push(current.trim());
      current = '';
    } else current += ch;
  }
  parts.push(current.trim());
  return parts;
}

function globToRegExp(glob: string): RegExp {
  let re = '';
  let inBraces = false;
  for (const ch of glob) {
    if (ch === '*') re += '.*';
    else if (ch === '?') re += '.';
    else if (ch === '{') {
      re += '(?:';
      inBraces = true;
    } else if (ch === '}' && inBraces) {
      re += ')';
      inBraces = false;
    } else if (ch === ',' && inBraces) re += '|';
    else re += ch.replace(/[.+^$()|[\]\\]/g, '\\$&');
  }
  if (inBraces) re += ')';
  return new RegExp(`^${re}$`, 'i');
}
