import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { RateLimitedError } from '../errors';

export interface LoginLimits {
  maxFailuresPerAccount: number;
  maxFailuresPerSource: number;
  lockoutSeconds: number;
}

/**
 * Brute-force protection for login: failed attempts are counted per account (the identification
 * as typed, so unknown names are limited like real ones and answer the same) and per source
 * address. Past the limit, every attempt is RATE_LIMITED until the window ends, before any
 * password is checked. A success clears the account's count.
 *
 * Counts live in memory (rate-limiter-flexible): one process is one limit. Operators running
 * several replicas will want its Redis or database stores, behind the same interface.
 */
export class LoginLimiter {
  private readonly perAccount: RateLimiterMemory;
  private readonly perSource: RateLimiterMemory;

  constructor(private readonly limits: LoginLimits) {
    this.perAccount = new RateLimiterMemory({ keyPrefix: 'account', points: limits.maxFailuresPerAccount, duration: limits.lockoutSeconds, blockDuration: limits.lockoutSeconds });
    this.perSource = new RateLimiterMemory({ keyPrefix: 'source', points: limits.maxFailuresPerSource, duration: limits.lockoutSeconds, blockDuration: limits.lockoutSeconds });
  }

  async assertAllowed(account: string, source: string): Promise<void> {
    const [byAccount, bySource] = await Promise.all([this.perAccount.get(account), this.perSource.get(source)]);
    const blocked = [
      [byAccount, this.limits.maxFailuresPerAccount],
      [bySource, this.limits.maxFailuresPerSource],
    ].filter(([res, max]) => res && (res as RateLimiterRes).consumedPoints >= (max as number)) as [RateLimiterRes, number][];
    if (blocked.length > 0) throw new RateLimitedError(Math.ceil(Math.max(...blocked.map(([res]) => res.msBeforeNext)) / 1000));
  }

  async recordFailure(account: string, source: string): Promise<void> {
    // consume() rejects once the limit is passed; the next assertAllowed() reports it.
    await Promise.allSettled([this.perAccount.consume(account), this.perSource.consume(source)]);
  }

  async recordSuccess(account: string): Promise<void> {
    await this.perAccount.delete(account);
  }
}
