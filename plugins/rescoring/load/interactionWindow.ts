/**
 * Which interactions can count under a model, so that queries read no more than scoring looks at: only the types
 * its rules name, only active rows, and — when every rule has a `withinDays` window — only those inside the widest
 * window. The engine applies the exact rules; this only trims what is read.
 */
import { INTERACTION_TYPE } from '../../../schema/leadlink';
import type { ScoringModel } from '../../scoring';

const DAY_MS = 86_400_000;

export interface InteractionWindow {
  /** Option values of leadlink_type, sorted; empty when the model has no behaviour rules. */
  readonly types: readonly number[];
  /** The oldest occurredOn that can still count, or undefined when some rule has no window. */
  readonly since: Date | undefined;
}

export function interactionWindow(model: ScoringModel, now: Date): InteractionWindow {
  const types = [...new Set(model.rules.map((rule) => INTERACTION_TYPE[rule.interactionType]))].sort((a, b) => a - b);
  const windows = model.rules.map((rule) => rule.withinDays);
  const bounded = windows.length > 0 && windows.every((days): days is number => days !== undefined);
  // A day's margin: the engine compares exact ages, the query only needs not to cut any of them off.
  const since = bounded ? new Date(now.getTime() - (Math.max(...windows) + 1) * DAY_MS) : undefined;
  return { types, since };
}
