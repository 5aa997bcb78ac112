/**
 * Messages from the dashboard's and the trace view's pages. The pages are untrusted: each message is checked and
 * rebuilt from known fields before the extension acts on it.
 */
import { isTimeRange, type TimeRange } from '../metrics/stageMetrics';

export type DashboardPageMessage =
  | { type: 'ready' }
  | { type: 'refresh' }
  | { type: 'range'; range: TimeRange }
  | { type: 'autoRefresh'; enabled: boolean }
  /** Chart one route; an empty string for the whole stage. */
  | { type: 'route'; route: string }
  | { type: 'recentTraces' };

export type TracePageMessage = { type: 'ready' } | { type: 'showLogLines'; requestId: string };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function checkDashboardMessage(raw: unknown): DashboardPageMessage | undefined {
  if (!isObject(raw)) return undefined;
  switch (raw.type) {
    case 'ready':
    case 'refresh':
    case 'recentTraces':
      return { type: raw.type };
    case 'range':
      return isTimeRange(raw.range) ? { type: 'range', range: raw.range } : undefined;
    case 'route':
      return typeof raw.route === 'string' && raw.route.length <= 1024
        ? { type: 'route', route: raw.route }
        : undefined;
    case 'autoRefresh':
      return typeof raw.enabled === 'boolean' ? { type: 'autoRefresh', enabled: raw.enabled } : undefined;
    default:
      return undefined;
  }
}

/** API Gateway request ids are UUIDs (REST) or short base64-like ids (HTTP APIs). */
const requestIdPattern = /^[A-Za-z0-9=_-][A-Za-z0-9=_.-]{0,127}$/;

export function checkTraceMessage(raw: unknown): TracePageMessage | undefined {
  if (!isObject(raw)) return undefined;
  if (raw.type === 'ready') return { type: 'ready' };
  if (raw.type === 'showLogLines' && typeof raw.requestId === 'string' && requestIdPattern.test(raw.requestId))
    return { type: 'showLogLines', requestId: raw.requestId };
  return undefined;
}
