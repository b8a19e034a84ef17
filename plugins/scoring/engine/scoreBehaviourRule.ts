/**
 * One behaviour rule's contribution. Each matching interaction is worth points × 0.5^(ageDays / halfLifeDays) when
 * the model decays (else its points); `each` sums them, `once` takes the latest match only; then the cap applies to
 * the rule's total. Nothing is rounded here: the score is rounded once, at the end.
 */
import { INTERACTION_TYPE } from '../../../schema/leadlink';
import type { BehaviourRule } from '../model/ScoringModel';
import type { ScoredInteraction } from './readInteractions';
import { textMatcher } from './textPattern';

const DAY_MS = 86_400_000;

export interface RuleContribution {
  /** Unrounded. */
  readonly points: number;
  readonly count: number;
  readonly accountCount: number;
  readonly lastOccurredMs: number;
}

/** `interactions` must be sorted oldest first (see byOccurrence). */
export function scoreBehaviourRule(
  rule: BehaviourRule,
  interactions: readonly ScoredInteraction[],
  nowMs: number,
  halfLifeDays: number | undefined,
): RuleContribution | undefined {
  const type = INTERACTION_TYPE[rule.interactionType];
  const urlMatches = rule.url === undefined ? undefined : textMatcher(rule.url);
  const campaignMatches = rule.campaign === undefined ? undefined : textMatcher(rule.campaign);
  const matches = interactions.filter((interaction) => {
    if (interaction.type !== type) return false;
    if (rule.withinDays !== undefined && ageDays(interaction, nowMs) > rule.withinDays) return false;
    if (urlMatches && !urlMatches(interaction.url)) return false;
    return !campaignMatches || campaignMatches(interaction.campaign);
  });
  const latest = matches[matches.length - 1];
  if (latest === undefined) return undefined;

  const worth = (interaction: ScoredInteraction): number =>
    halfLifeDays === undefined ? rule.points : rule.points * 0.5 ** (ageDays(interaction, nowMs) / halfLifeDays);
  const total = rule.frequency === 'once' ? worth(latest) : matches.reduce((sum, match) => sum + worth(match), 0);
  const cap = rule.maxPoints;
  return {
    points: cap === undefined ? total : Math.min(cap, Math.max(-cap, total)),
    count: matches.length,
    accountCount: matches.filter((match) => match.fromAccount).length,
    lastOccurredMs: latest.occurredMs,
  };
}

function ageDays(interaction: ScoredInteraction, nowMs: number): number {
  return (nowMs - interaction.occurredMs) / DAY_MS;
}
