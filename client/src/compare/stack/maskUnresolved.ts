/**
 * Keeps unresolved intrinsics out of the drift: in a copy of the normalized local definition, every string holding
 * an `«unresolved: …»` placeholder takes the deployed value at the same place (or goes when the stage has none
 * there). The diff editor still shows the placeholder; only the drift by operation reads the copy. Pure.
 */
import type { Json } from '../normalize';
import { hasPlaceholder } from './intrinsicResolver';

const isObject = (v: unknown): v is { [key: string]: Json } => typeof v === 'object' && v !== null && !Array.isArray(v);

export function maskUnresolved(local: Json, deployed: Json | undefined, depth = 0): Json {
  if (depth > 200) return local;
  if (hasPlaceholder(local)) return deployed ?? null;
  if (Array.isArray(local))
    return local.map((item, i) => maskUnresolved(item, Array.isArray(deployed) ? deployed[i] : undefined, depth + 1));
  if (!isObject(local)) return local;
  const out: { [key: string]: Json } = {};
  for (const [key, value] of Object.entries(local)) {
    const theirs = isObject(deployed) ? deployed[key] : undefined;
    if (hasPlaceholder(value) && theirs === undefined) continue;
    out[key] = maskUnresolved(value, theirs, depth + 1);
  }
  return out;
}
