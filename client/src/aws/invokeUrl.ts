/**
 * The URL clients call for a deployed stage. Pure. With a custom endpoint (emulator), the URL is still AWS's form,
 * and a note says so, because every emulator serves stages under its own scheme (if at all).
 */
import type { ApiType } from './apis';

export interface InvokeUrl {
  url: string;
  /** Set when the URL is not where the configured endpoint serves the stage. */
  note?: string;
}

export function invokeUrl(
  api: { id: string; type: ApiType },
  stage: string,
  region: string,
  endpoint?: string,
): InvokeUrl {
  const suffix = region.startsWith('cn-') ? 'amazonaws.com.cn' : 'amazonaws.com';
  const scheme = api.type === 'WEBSOCKET' ? 'wss' : 'https';
  const base = `${scheme}://${api.id}.execute-api.${region}.${suffix}`;
  // An HTTP API's $default stage is served from the base URL, without a stage segment.
  const url = api.type === 'HTTP' && stage === '$default' ? base : `${base}/${encodeURIComponent(stage)}`;
  return endpoint
    ? {
        url,
        note: `This is the AWS URL; a custom endpoint (${endpoint}) is set, and emulators serve stages elsewhere or not at all.`,
      }
    : { url };
}
