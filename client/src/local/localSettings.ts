/** The `apigw.local.*` settings, read and checked into the options of a local gateway. */
import path from 'node:path';
import * as vscode from 'vscode';
import type { HostStartOptions } from '../../../contract/localGateway';

type FromSettings = Omit<HostStartOptions, 'file' | 'api' | 'runWorkspaceCode'>;

function stringRecord(raw: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (raw && typeof raw === 'object' && !Array.isArray(raw)) for (const [k, v] of Object.entries(raw)) if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') out[k] = String(v);
  return out;
}

/** Settings of the definition's folder; relative JWKS paths are relative to that folder. */
export function localSettings(documentUri: vscode.Uri): FromSettings {
  const config = vscode.workspace.getConfiguration('apigw.local', documentUri);
  const folder = vscode.workspace.getWorkspaceFolder(documentUri)?.uri.fsPath ?? path.dirname(documentUri.fsPath);
  const port = Number(config.get('port', 3000));
  const credentials = config.get<unknown[]>('iamCredentials', []);
  const jwks = stringRecord(config.get('jwks', {}));
  return {
    port: Number.isInteger(port) && port >= 0 && port < 65536 ? port : 3000,
    stage: config.get<string>('stage', '') || undefined,
    stageVariables: stringRecord(config.get('stageVariables', {})),
    apiKeys: (config.get<unknown[]>('apiKeys', []) ?? []).filter((k): k is string => typeof k === 'string' && k.length > 0),
    iamCredentials: (Array.isArray(credentials) ? credentials : []).filter(
      (c): c is { accessKeyId: string; secretAccessKey: string } =>
        !!c && typeof (c as { accessKeyId?: unknown }).accessKeyId === 'string' && typeof (c as { secretAccessKey?: unknown }).secretAccessKey === 'string',
    ),
    jwks: Object.fromEntries(Object.entries(jwks).map(([issuer, file]) => [issuer, path.resolve(folder, file)])),
    usagePlan: usagePlan(config.get<Record<string, unknown>>('usagePlan', {})),
  };
}

function usagePlan(raw: Record<string, unknown> | undefined): HostStartOptions['usagePlan'] {
  const n = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : undefined);
  const rate = n(raw?.rateLimit);
  const burst = n(raw?.burstLimit);
  const quota = n(raw?.quotaLimit);
  const period = raw?.quotaPeriod === 'WEEK' || raw?.quotaPeriod === 'MONTH' ? raw.quotaPeriod : 'DAY';
  return {
    ...(rate !== undefined || burst !== undefined ? { throttle: { rateLimit: rate ?? 10_000, burstLimit: burst ?? 5_000 } } : {}),
    ...(quota !== undefined ? { quota: { limit: Math.floor(quota), period } } : {}),
  };
}
