/** A throttle setting set against AWS's account-level quota. */
import {
  ACCOUNT_BURST_LIMIT,
  ACCOUNT_RATE_LIMIT,
  SMALL_REGION_BURST_LIMIT,
  SMALL_REGION_RATE_LIMIT,
} from '../../catalogue/samSettings';

const RATE_KEYS = new Set(['ThrottlingRateLimit', 'RateLimit', 'rateLimit']);
const BURST_KEYS = new Set(['ThrottlingBurstLimit', 'BurstLimit', 'burstLimit']);

export function throttleKind(key: string | number | undefined): 'rate' | 'burst' | undefined {
  if (typeof key !== 'string') return undefined;
  return RATE_KEYS.has(key) ? 'rate' : BURST_KEYS.has(key) ? 'burst' : undefined;
}

const n = (x: number) => x.toLocaleString('en-US');

export function accountLimitsNote(): string {
  return `AWS's default quota is ${n(ACCOUNT_RATE_LIMIT)} requests per second with a burst of ${n(ACCOUNT_BURST_LIMIT)}, per account and Region, shared by every API in it (${n(SMALL_REGION_RATE_LIMIT)} and ${n(SMALL_REGION_BURST_LIMIT)} in some newer Regions). Stage, method and usage plan limits only lower it.`;
}

export function explainThrottle(kind: 'rate' | 'burst', value: number): string {
  const limit = kind === 'rate' ? ACCOUNT_RATE_LIMIT : ACCOUNT_BURST_LIMIT;
  const small = kind === 'rate' ? SMALL_REGION_RATE_LIMIT : SMALL_REGION_BURST_LIMIT;
  const what =
    kind === 'rate' ? `${n(value)} requests per second, steady state` : `bursts of up to ${n(value)} requests at once`;
  const lines = [`**Throttle:** ${what}.`, '', accountLimitsNote()];
  if (value > limit)
    lines.push(
      '',
      `This is above the default account ${kind}: it only takes effect if AWS has raised your account's quota; otherwise the account limit throttles first (429).`,
    );
  else if (value > small)
    lines.push(
      '',
      `${Math.round((value / limit) * 100)}% of the default account ${kind}; above the default of the Regions with lower quotas.`,
    );
  else lines.push('', `${Math.round((value / limit) * 100)}% of the default account ${kind}.`);
  return lines.join('\n');
}
