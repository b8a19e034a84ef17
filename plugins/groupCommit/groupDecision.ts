import type { GroupCommitSettings } from './GroupCommitSettings';

/** What the committer knows when it decides whether the next group starts. */
export interface GroupState {
  /** Groups being committed now. */
  readonly running: number;
  /** Arrival times (ms) of the events waiting for the next group, oldest first. */
  readonly waiting: readonly number[];
  /**
   * When anything last happened before the first waiting event arrived — another event's arrival or a group's end —
   * or undefined when nothing has yet.
   */
  readonly activityBefore: number | undefined;
}

export type GroupStep =
  /** Nobody waits. */
  | { readonly kind: 'idle' }
  | { readonly kind: 'start' }
  /** Decide again at `until`, or sooner when an event arrives or a group ends. */
  | { readonly kind: 'wait'; readonly until: number };

/** Arrivals closer than this belong to one burst: the settings' longest wait, or 100 ms when that is longer. */
export function burstGapMs(settings: GroupCommitSettings): number {
  return Math.min(settings.maxWaitMs, 100);
}

/**
 * Group commit's one decision. The waiting events start as a group:
 * - at once when the instance was quiet before the first of them arrived and no group is running: a lone event adds
 *   no latency;
 * - when they fill a group, or the first has waited the longest wait;
 * - when no group is running and no event has arrived for a burst gap: the burst that could join has joined. Events
 *   that arrive while a group runs join the next group; when Dataverse answers a group's calls with new deliveries,
 *   they arrive together and go together.
 */
export function nextStep(state: GroupState, settings: GroupCommitSettings, now: number): GroupStep {
  const first = state.waiting[0];
  const last = state.waiting[state.waiting.length - 1];
  if (first === undefined || last === undefined) return { kind: 'idle' };
  const gap = burstGapMs(settings);
  const waitEnds = first + settings.maxWaitMs;
  if (state.waiting.length >= settings.maxSize || now >= waitEnds) return { kind: 'start' };
  if (state.running > 0) return { kind: 'wait', until: waitEnds };
  const quietBefore = state.activityBefore === undefined || first - state.activityBefore >= gap;
  if (quietBefore || now >= last + gap) return { kind: 'start' };
  return { kind: 'wait', until: Math.min(waitEnds, last + gap) };
}
