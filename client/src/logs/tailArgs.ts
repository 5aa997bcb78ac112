/**
 * Validates what callers pass to `apigw.tailLogs`: the explorer passes a stage, tests and other extensions pass
 * log groups directly (which skips every question). Anything else means "ask the user".
 */
import type { ApiType, StageRef } from './logGroups';

export interface DirectTailArgs {
  logGroups: string[];
  filterPattern?: string;
  /** A duration ("5m") or epoch milliseconds. */
  startTime?: string | number;
}

export type TailArgs = { kind: 'direct'; args: DirectTailArgs } | { kind: 'stage'; stage: StageRef } | { kind: 'ask' };

const apiTypes: readonly ApiType[] = ['REST', 'HTTP', 'WEBSOCKET'];
const groupNamePattern = /^[.\-_/#A-Za-z0-9]{1,512}$/;

/** Throws an Error with a readable message for malformed direct arguments. */
export function parseTailArgs(value: unknown): TailArgs {
  if (!value || typeof value !== 'object') return { kind: 'ask' };
  const v = value as Record<string, unknown>;
  if ('logGroups' in v) {
    const groups = v.logGroups;
    if (
      !Array.isArray(groups) ||
      groups.length === 0 ||
      !groups.every((g) => typeof g === 'string' && groupNamePattern.test(g))
    ) {
      throw new Error('logGroups must be a non-empty list of log group names.');
    }
    if (v.filterPattern !== undefined && (typeof v.filterPattern !== 'string' || v.filterPattern.length > 1024)) {
      throw new Error('filterPattern must be a string of at most 1024 characters.');
    }
    if (v.startTime !== undefined && typeof v.startTime !== 'string' && typeof v.startTime !== 'number') {
      throw new Error('startTime must be a duration such as "5m" or epoch milliseconds.');
    }
    return {
      kind: 'direct',
      args: { logGroups: [...new Set(groups as string[])], filterPattern: v.filterPattern, startTime: v.startTime },
    };
  }
  if (typeof v.apiId === 'string' && typeof v.stage === 'string' && apiTypes.includes(v.apiType as ApiType)) {
    return { kind: 'stage', stage: { apiId: v.apiId, apiType: v.apiType as ApiType, stage: v.stage } };
  }
  return { kind: 'ask' };
}

/** Live Tail is not offered in the China and isolated partitions; elsewhere it is tried and falls back. */
export function liveTailLikelyAvailable(region: string): boolean {
  return !/^(cn-|us-iso|eu-isoe)/.test(region);
}
