import { EarlySweep } from '../../../functions/runtime/EarlySweep';
import type { PluginLogger } from '../../../plugins/Plugin';
import type { DeferredLeads } from '../../../plugins/sweep';
import { ManualClock } from '../../support/manualClock';

const flush = () => new Promise<void>((resolve) => setImmediate(resolve));

function world() {
  const clock = new ManualClock();
  const lines: { event: string; fields?: Readonly<Record<string, unknown>> }[] = [];
  const log: PluginLogger = {
    info: (event, fields) => lines.push({ event, ...(fields ? { fields } : {}) }),
    warn: (event, fields) => lines.push({ event, ...(fields ? { fields } : {}) }),
    error: (event, fields) => lines.push({ event, ...(fields ? { fields } : {}) }),
  };
  const runs: string[][] = [];
  let finish: (() => void) | undefined;
  const sweep = (deferred: DeferredLeads) => {
    const seen = new Set(deferred.waiting());
    runs.push([...seen]);
    return new Promise<void>((resolve) => {
      finish = () => {
        deferred.settle(seen);
        resolve();
      };
    });
  };
  const early = new EarlySweep(sweep, log, clock);
  return { clock, lines, runs, early, finish: async () => (finish?.(), await flush()) };
}

describe('EarlySweep', () => {
  it('sweeps once the longest Retry-After heard has passed, not before', () => {
    const { clock, runs, early } = world();
    early.defer({ plugin: 'p', leadsToLink: ['A'], otherEvents: 0, retryAfterMs: 120_000 });
    early.defer({ plugin: 'p', leadsToLink: ['b'], otherEvents: 0, retryAfterMs: 30_000 });
    clock.advance(120_000);
    expect(runs).toEqual([]);
    clock.advance(1_000);
    expect(runs).toEqual([['a', 'b']]);
  });

  it('waits a minute when Dataverse gave no Retry-After', () => {
    const { clock, runs, early } = world();
    early.defer({ plugin: 'p', leadsToLink: [], otherEvents: 1, retryAfterMs: undefined });
    clock.advance(60_999);
    expect(runs).toEqual([]);
    clock.advance(1);
    expect(runs).toEqual([[]]);
  });

  it('logs how many were deferred when it starts, and forgets the leads the sweep settled', async () => {
    const { clock, lines, early, finish } = world();
    early.defer({ plugin: 'p', leadsToLink: ['a', 'b'], otherEvents: 3, retryAfterMs: 0 });
    clock.advance(1_000);
    expect(lines).toEqual([
      {
        event: 'sweep.early-start',
        fields: { reason: 'webhooks deferred work under throttling', deferredEvents: 5, deferredLeads: 2 },
      },
    ]);
    await finish();
    expect(early.waiting().size).toBe(0);
  });

  it('runs one sweep at a time: deferrals during a run start another after it', async () => {
    const { clock, runs, early, finish } = world();
    early.defer({ plugin: 'p', leadsToLink: ['a'], otherEvents: 0, retryAfterMs: 0 });
    clock.advance(1_000);
    early.defer({ plugin: 'p', leadsToLink: ['b'], otherEvents: 0, retryAfterMs: 0 });
    clock.advance(5_000);
    expect(runs).toHaveLength(1);
    await finish();
    clock.advance(0);
    expect(runs).toEqual([['a'], ['b']]);
  });

  it('starts nothing once stopped', () => {
    const { clock, runs, early } = world();
    early.defer({ plugin: 'p', leadsToLink: ['a'], otherEvents: 0, retryAfterMs: 0 });
    early.stop();
    clock.advance(60_000);
    expect(runs).toEqual([]);
  });
});
