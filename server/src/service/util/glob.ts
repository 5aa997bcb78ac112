/** Minimal glob matching for settings such as `apigw.apiType.overrides` (`**`, `*`, `?`, `{a,b}`). */
const cache = new Map<string, RegExp>();

export function globToRegExp(glob: string): RegExp {
  let re = cache.get(glob);
  if (re) return re;
  let out = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        out += glob[i + 2] === '/' ? '(?:.*/)?' : '.*';
        i += glob[i + 2] === '/' ? 2 : 1;
      } else out += '[^/]*';
    } else if (c === '?') out += '[^/]';
    else if (c === '{') out += '(?:';
    else if (c === '}') out += ')';
    else if (c === ',') out += glob.slice(0, i).lastIndexOf('{') > glob.slice(0, i).lastIndexOf('}') ? '|' : ',';
    else out += c.replace(/[.+^$()|[\]\\]/g, '\\$&');
  }
  re = compile(out, glob);
  cache.set(glob, re);
  return re;
}

/**
 * A brace left open or closed without an opening one (a setting being typed) makes no valid expression: such a
 * glob then matches its own text only, instead of failing every document the setting is matched against.
 */
function compile(source: string, glob: string): RegExp {
  try {
    return new RegExp(`(?:^|/)${source}$`);
  } catch {
    return new RegExp(`(?:^|/)${glob.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
  }
}

export function matchesGlob(path: string, glob: string): boolean {
  return globToRegExp(glob).test(path);
}
