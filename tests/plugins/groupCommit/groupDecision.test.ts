import { burstGapMs, nextStep, type GroupState } from '../../../plugins/groupCommit';

const settings = { maxSize: 5, maxWaitMs: 1_000 };
const gap = burstGapMs(settings);
const state = (partial: Partial<GroupState>): GroupState => ({
  running: 0,
  waiting: [],
  activityBefore: undefined,
  ...partial,
});

describe('nextStep', () => {
  it('is idle when nobody waits', () => {
    expect(nextStep(state({}), settings, 10_000)).toEqual({ kind: 'idle' });
  });

  it('starts a lone event at once when the instance was quiet', () => {
    expect(nextStep(state({ waiting: [10_000] }), settings, 10_000)).toEqual({ kind: 'start' });
    expect(nextStep(state({ waiting: [10_000], activityBefore: 10_000 - gap }), settings, 10_000)).toEqual({
      kind: 'start',
    });
  });

  it('lets an event that comes right after other activity wait for the rest of its burst', () => {
    const step = nextStep(state({ waiting: [10_000], activityBefore: 9_990 }), settings, 10_000);
    expect(step).toEqual({ kind: 'wait', until: 10_000 + gap });
  });

  it('starts the burst once no event has come for a gap', () => {
    const waiting = [10_000, 10_020, 10_030];
    expect(nextStep(state({ waiting, activityBefore: 9_990 }), settings, 10_030 + gap - 1)).toEqual({
      kind: 'wait',
      until: 10_030 + gap,
    });
    expect(nextStep(state({ waiting, activityBefore: 9_990 }), settings, 10_030 + gap)).toEqual({ kind: 'start' });
  });

  it('keeps a steady stream gathering until the longest wait', () => {
    // Events every 20 ms: never a gap; the group starts when its first event has waited the longest wait.
    const waiting = Array.from({ length: 4 }, (_, i) => 10_000 + i * 20);
    expect(nextStep(state({ waiting, activityBefore: 9_980 }), settings, 10_060)).toEqual({
      kind: 'wait',
      until: 10_060 + gap,
    });
    expect(nextStep(state({ waiting, activityBefore: 9_980 }), settings, 11_000)).toEqual({ kind: 'start' });
  });

  it('starts a full group at once, even while another runs', () => {
    const waiting = [1, 2, 3, 4, 5].map((i) => 10_000 + i);
    expect(nextStep(state({ waiting, running: 1, activityBefore: 9_999 }), settings, 10_005)).toEqual({
      kind: 'start',
    });
  });

  it('lets events that arrive while a group runs wait for it, up to the longest wait', () => {
    const running = state({ waiting: [10_000], running: 1, activityBefore: 5_000 });
    expect(nextStep(running, settings, 10_500)).toEqual({ kind: 'wait', until: 11_000 });
    expect(nextStep(running, settings, 11_000)).toEqual({ kind: 'start' });
    // The group ended: the event came long after the one before it, so it starts now.
    expect(nextStep({ ...running, running: 0 }, settings, 10_500)).toEqual({ kind: 'start' });
  });

  it('never waits when the longest wait is 0', () => {
    const zero = { maxSize: 5, maxWaitMs: 0 };
    expect(nextStep(state({ waiting: [10_000], running: 1, activityBefore: 9_999 }), zero, 10_000)).toEqual({
      kind: 'start',
    });
  });
});
