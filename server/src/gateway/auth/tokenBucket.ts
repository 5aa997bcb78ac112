/**
 * The token bucket API Gateway throttles with: `rate` tokens are added per second up to `burst`, each request
 * takes one, and a request that finds the bucket empty is throttled (429).
 * "API Gateway throttles requests to your API using the token bucket algorithm, where a token counts for a
 * request" — https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-request-throttling.html
 */

export interface ThrottleLimits {
  /** Steady-state requests per second (refill rate). */
  rateLimit: number;
  /** Bucket size: how many requests may arrive at once. */
  burstLimit: number;
}

export class TokenBucket {
  private tokens: number;
  private refilledAt: number;

  /** `now` in milliseconds; injected so that tests drive the clock instead of waiting. */
  constructor(
    readonly limits: ThrottleLimits,
    private readonly now: () => number = Date.now,
  ) {
    this.tokens = this.capacity;
    this.refilledAt = now();
  }

  private get capacity(): number {
    return Math.max(0, Math.floor(this.limits.burstLimit));
  }

  /** Takes one token; false when the bucket is empty (the request is throttled). */
  take(): boolean {
    this.refill();
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }

  /** Tokens left now (for logs and tests). */
  available(): number {
    this.refill();
    return Math.floor(this.tokens);
  }

  private refill(): void {
    const now = this.now();
    const elapsedSeconds = Math.max(0, now - this.refilledAt) / 1000;
    this.refilledAt = now;
    this.tokens = Math.min(this.capacity, this.tokens + elapsedSeconds * Math.max(0, this.limits.rateLimit));
  }
}

export type QuotaPeriod = 'DAY' | 'WEEK' | 'MONTH';

export interface QuotaLimits {
  limit: number;
  period: QuotaPeriod;
}

const periodMs: Record<QuotaPeriod, number> = { DAY: 86_400_000, WEEK: 7 * 86_400_000, MONTH: 30 * 86_400_000 };

/**
 * A usage plan's quota: at most `limit` requests per period and API key. AWS calls quotas best-effort targets;
 * here the period is a window that starts at the key's first request (one observer saw a rolling window,
 * runtime facts K6), and a MONTH is 30 days.
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-api-usage-plans.html
 */
export class Quota {
  private used = 0;
  private windowStart: number | undefined;

  constructor(
    readonly limits: QuotaLimits,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts one request; false when the quota of the current period is used up. */
  take(): boolean {
    const now = this.now();
    if (this.windowStart === undefined || now - this.windowStart >= periodMs[this.limits.period]) {
      this.windowStart = now;
      this.used = 0;
    }
    if (this.used >= this.limits.limit) return false;
    this.used += 1;
    return true;
  }

  remaining(): number {
    return Math.max(0, this.limits.limit - this.used);
  }
}
