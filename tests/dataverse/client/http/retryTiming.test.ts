import {
  backoffDelay,
  isConnectionReset,
  isTransientStatus,
  parseRetryAfter,
} from '../../../../dataverse/client/http/retryTiming';

describe('parseRetryAfter', () => {
  const now = Date.parse('2025-01-01T00:00:00Z');

  it('reads delay-seconds', () => {
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter(' 0 ', now)).toBe(0);
    expect(parseRetryAfter('1.5', now)).toBe(1500);
  });

  it('reads an HTTP date relative to now, never negative', () => {
    expect(parseRetryAfter('Wed, 01 Jan 2025 00:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Tue, 31 Dec 2024 23:59:00 GMT', now)).toBe(0);
  });

  it('is undefined when absent or unreadable, so backoff applies', () => {
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
    expect(parseRetryAfter('', now)).toBeUndefined();
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter('-5', now)).toBeUndefined();
  });
});

describe('backoffDelay', () => {
  const policy = { baseDelayMs: 100, maxDelayMs: 1000 };

  it('doubles the step each attempt, with half of it random', () => {
    expect(backoffDelay(1, policy, 0)).toBe(50);
    expect(backoffDelay(1, policy, 0.999999)).toBe(100);
    expect(backoffDelay(2, policy, 0)).toBe(100);
    expect(backoffDelay(3, policy, 0)).toBe(200);
    expect(backoffDelay(3, policy, 0.5)).toBe(300);
  });

  it('never exceeds the maximum step', () => {
    expect(backoffDelay(20, policy, 0.999999)).toBe(1000);
    expect(backoffDelay(20, policy, 0)).toBe(500);
  });

  it('spreads callers that failed together', () => {
    const delays = new Set([0.1, 0.4, 0.7, 0.9].map((random) => backoffDelay(4, policy, random)));
    expect(delays.size).toBe(4);
  });
});

describe('what is retried', () => {
  it('treats 502, 503 and 504 as transient, nothing else', () => {
    expect([502, 503, 504].map(isTransientStatus)).toEqual([true, true, true]);
    expect([400, 401, 404, 412, 429, 500, undefined].map(isTransientStatus)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  it('treats resets and hang-ups as connection resets, not refusals', () => {
    expect(isConnectionReset('ECONNRESET')).toBe(true);
    expect(isConnectionReset(undefined, 'socket hang up')).toBe(true);
    expect(isConnectionReset('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:1')).toBe(false);
  });
});
