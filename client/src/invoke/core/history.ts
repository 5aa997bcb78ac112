/**
 * The requests run in a workspace, newest first, bounded, without duplicates. Credentials are never
 * stored: the API key and sensitive header values are dropped, and come from the panel when re-run.
 */
import { sensitiveHeaders } from './keyValues';
import { checkForm } from './pageMessages';
import type { InvokeForm } from './types';

export const maxHistoryEntries = 50;

export interface HistoryEntry {
  /** Which operation: the API (or base URL), the method and the path template. */
  target: { apiId?: string; apiType: string; pathTemplate: string; operationMethod: string };
  form: InvokeForm;
  /** Time of the run, ms since the epoch. */
  at: number;
  status?: number;
}

export function withoutSecrets(form: InvokeForm): InvokeForm {
  return {
    ...form,
    apiKey: '',
    headers: form.headers.map(([name, value]) => [name, sensitiveHeaders.has(name.trim().toLowerCase()) ? '' : value]),
  };
}

/** Same operation and same request: the older of the two is replaced. */
export function historyKey(entry: Pick<HistoryEntry, 'target' | 'form'>): string {
  return JSON.stringify([
    entry.target.apiId ?? '',
    entry.target.pathTemplate,
    entry.target.operationMethod,
    entry.form,
  ]);
}

export function addToHistory(
  history: readonly HistoryEntry[],
  entry: HistoryEntry,
  max = maxHistoryEntries,
): HistoryEntry[] {
  const clean: HistoryEntry = { ...entry, form: withoutSecrets(entry.form) };
  const key = historyKey(clean);
  return [clean, ...history.filter((e) => historyKey(e) !== key)].slice(0, Math.max(0, max));
}

export function historyFor(history: readonly HistoryEntry[], target: HistoryEntry['target']): HistoryEntry[] {
  return history.filter(
    (e) =>
      (e.target.apiId ?? '') === (target.apiId ?? '') &&
      e.target.pathTemplate === target.pathTemplate &&
      e.target.operationMethod === target.operationMethod,
  );
}

/** An entry as stored, before its fields are checked. */
interface StoredEntry {
  target?: { pathTemplate?: unknown; operationMethod?: unknown; apiType?: unknown; apiId?: unknown } | null;
  form?: unknown;
  at?: unknown;
  status?: unknown;
}

/** What was read from storage may be anything (older versions, hand edits): keep only well-formed entries. */
export function parseHistory(stored: unknown): HistoryEntry[] {
  if (!Array.isArray(stored)) return [];
  const out: HistoryEntry[] = [];
  for (const raw of stored.slice(0, maxHistoryEntries) as unknown[]) {
    const e = raw as StoredEntry | null | undefined;
    const t = e?.target;
    const form = checkForm(e?.form);
    if (
      typeof e?.at !== 'number' ||
      typeof t?.pathTemplate !== 'string' ||
      typeof t.operationMethod !== 'string' ||
      typeof t.apiType !== 'string' ||
      !form.ok
    )
      continue;
    out.push({
      target: {
        apiType: t.apiType,
        pathTemplate: t.pathTemplate,
        operationMethod: t.operationMethod,
        ...(typeof t.apiId === 'string' ? { apiId: t.apiId } : {}),
      },
      form: form.value,
      at: e.at,
      ...(typeof e.status === 'number' ? { status: e.status } : {}),
    });
  }
  return out;
}
