/**
 * Which route a method and path select. REST: a specific resource beats a generic one at the same level, a
 * greedy `{proxy+}` higher up catches deeper paths no specific branch matches, and a resource that lacks the
 * method does not match (DG "Set up a method request", "Set up a proxy integration with a proxy resource";
 * runtime facts R8–R11). HTTP APIs: full match before greedy before `$default`; `ANY` matches every method with
 * no explicit route on that path (DG "Working with routes for HTTP APIs"; runtime facts R16).
 */
import type { RouteSpec } from '../types';
import { decodePercentOrKeep } from '../../../../common/percentDecode';

type Segment = { kind: 'static'; text: string } | { kind: 'param'; name: string } | { kind: 'greedy'; name: string };

interface CompiledRoute {
  route: RouteSpec;
  segments: Segment[];
}

export interface RouteMatch {
  route: RouteSpec;
  /** Values of `{param}` (decoded) and `{proxy+}` (as sent, runtime facts R12b). */
  pathParameters: Record<string, string>;
}

export class RouteMatcher {
  private readonly compiled: CompiledRoute[];
  private readonly defaultRoute: RouteSpec | undefined;

  constructor(routes: RouteSpec[]) {
    this.compiled = routes
      .filter((r) => r.path !== '$default')
      .map((route) => ({ route, segments: compile(route.path) }));
    this.defaultRoute = routes.find((r) => r.path === '$default');
  }

  /** The selected route, or undefined when none matches. */
  match(method: string, path: string): RouteMatch | undefined {
    const parts = splitPath(path);
    let best: { match: RouteMatch; rank: number[] } | undefined;
    for (const candidate of this.compiled) {
      if (candidate.route.method !== method && candidate.route.method !== 'ANY') continue;
      const params = matchSegments(candidate.segments, parts);
      if (!params) continue;
      // Rank segment by segment: static (0) before {param} (1) before {proxy+} (2); on a tie the explicit
      // method beats ANY.
      const rank = [
        ...candidate.segments.map((s) => (s.kind === 'static' ? 0 : s.kind === 'param' ? 1 : 2)),
        candidate.route.method === 'ANY' ? 1 : 0,
      ];
      if (!best || compareRanks(rank, best.rank) < 0)
        best = { match: { route: candidate.route, pathParameters: params }, rank };
    }
    if (best) return best.match;
    return this.defaultRoute ? { route: this.defaultRoute, pathParameters: {} } : undefined;
  }

  /** Whether any route's path matches, whatever its method (for messages). */
  hasPath(path: string): boolean {
    const parts = splitPath(path);
    return this.compiled.some((c) => matchSegments(c.segments, parts) !== undefined);
  }
}

function compile(path: string): Segment[] {
  return splitPath(path).map((text) => {
    const greedy = /^\{(.+)\+\}$/.exec(text);
    if (greedy) return { kind: 'greedy', name: greedy[1] };
    const param = /^\{(.+)\}$/.exec(text);
    if (param) return { kind: 'param', name: param[1] };
    return { kind: 'static', text };
  });
}

/** Segments of a path; empty segments from doubled or trailing slashes do not count (runtime facts R12, R12a). */
export function splitPath(path: string): string[] {
  return path.split('/').filter((s) => s !== '');
}

function matchSegments(segments: Segment[], parts: string[]): Record<string, string> | undefined {
  const params: Record<string, string> = {};
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i];
    if (segment.kind === 'greedy') {
      // A greedy parameter takes one or more remaining segments (DG: "{proxy+}" matches all child resources).
      if (i >= parts.length) return undefined;
      params[segment.name] = parts.slice(i).join('/');
      return params;
    }
    if (i >= parts.length) return undefined;
    if (segment.kind === 'static') {
      if (segment.text !== parts[i]) return undefined;
    } else params[segment.name] = decodePercentOrKeep(parts[i]);
  }
  return segments.length === parts.length ? params : undefined;
}

function compareRanks(a: number[], b: number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const diff = (a[i] ?? -1) - (b[i] ?? -1);
    if (diff !== 0) return diff;
  }
  return 0;
}
