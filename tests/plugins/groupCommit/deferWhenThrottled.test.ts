import { DataverseConnectionError, DataverseError, ThrottledError } from '../../../dataverse';
import { deferWhenThrottled, type Deferral } from '../../../plugins/groupCommit';
import { BudgetExceededError } from '../../../plugins/common';

const throttled = new ThrottledError({ method: 'POST', url: '$batch', status: 429, retryAfterMs: 120_000 });

function taker() {
  const deferred: Deferral[] = [];
  return { deferred, services: { deferrals: { defer: (d: Deferral) => deferred.push(d) } } };
}

describe('deferWhenThrottled', () => {
  it('defers throttling the answer cannot wait out, with the Retry-After heard', () => {
    const { deferred, services } = taker();
    const result = deferWhenThrottled(throttled, services, { plugin: 'p', leadsToLink: ['lead-1'], otherEvents: 0 });
    expect(result).toMatchObject({ outcome: 'deferred', counts: { deferred: 1 } });
    expect(result.detail).toContain('120 s');
    expect(deferred).toEqual([{ plugin: 'p', leadsToLink: ['lead-1'], otherEvents: 0, retryAfterMs: 120_000 }]);
  });

  it.each([
    ['a server fault', new DataverseError({ method: 'POST', url: '$batch', status: 503, summary: 'unavailable' })],
    ['a lost connection', new DataverseConnectionError({ method: 'POST', url: '$batch', summary: 'reset' })],
    ['conflicts until the time ran out', new BudgetExceededError('p', 10)],
  ])('lets %s go on, for the webhook to answer 503', (_what, error) => {
    const { deferred, services } = taker();
    expect(() => deferWhenThrottled(error, services, { plugin: 'p', leadsToLink: ['x'], otherEvents: 0 })).toThrow(
      error,
    );
    expect(deferred).toEqual([]);
  });

  it('lets throttling go on where nobody takes deferred work', () => {
    expect(() => deferWhenThrottled(throttled, {}, { plugin: 'p', leadsToLink: ['x'], otherEvents: 0 })).toThrow(
      throttled,
    );
  });
});
