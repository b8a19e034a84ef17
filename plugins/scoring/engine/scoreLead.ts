/**
 * The scoring engine: a pure, deterministic function of the model, the lead, its contact and account, their
 * interactions and `now`.
 * - Behaviour rules score the interactions (see scoreBehaviourRule); interactions after `now` or without a valid date
 *   are ignored. Field rules score the lead, contact or account row; a missing row matches none of its rules.
 * - score = the sum of every rule's unrounded contribution, rounded half away from zero once, then kept within
 *   0 … 2,147,483,647 (a floor of 0 keeps grades well-defined; an unsubscribe cannot push a lead below zero).
 *   A reason's points are rounded on their own, so the reasons may not add up exactly to the score.
 * - Sales-ready, the returned-to-marketing flag and its baseline come from decideSalesReady, fed with the lead's
 *   stored leadlink_salesready / leadlink_returnedtomarketing / leadlink_returnedatscore / leadlink_score.
 * - Account-based (a model setting): `accountInteractions` — interactions of the account's contacts — count too,
 *   except those of the lead's own contact or already in `interactions`; they are ignored without an account.
 */
import { LEAD_SCORE_COLUMNS } from '../../../schema/leadlink';
import { labelTexts } from '../model/ruleLabel';
import type { ScoringModel } from '../model/ScoringModel';
import { MAX_SCORE } from '../model/limits';
import { decideSalesReady } from './decideSalesReady';
import { evaluateFieldRule } from './evaluateFieldRule';
import { gradeFor } from './gradeFor';
import { CONTACT_COLUMNS, LEAD_COLUMNS } from './platformColumns';
import { ratingForGrade } from './ratingForGrade';
import { asGuid, byOccurrence, readInteractions, type ScoredInteraction } from './readInteractions';
import { scoreBehaviourRule } from './scoreBehaviourRule';
import type { ScoreReason, ScoreResult } from './ScoreResult';
import { roundHalfAwayFromZero } from './roundHalfAwayFromZero';
import type { WebApiRecord } from './WebApiRecord';

export interface ScoreLeadInput {
  /** A model returned by validateScoringModel / parseScoringModel. */
  readonly model: ScoringModel;
  readonly lead: WebApiRecord;
  readonly contact?: WebApiRecord | null;
  /** The lead's account (parentaccountid), or the contact's when the lead has none: the caller decides. */
  readonly account?: WebApiRecord | null;
  /** The lead's contact's interactions. */
  readonly interactions: readonly WebApiRecord[];
  /** Interactions of the account's contacts; counted only when the model is account-based. */
  readonly accountInteractions?: readonly WebApiRecord[];
  readonly now: Date;
}

export function scoreLead(input: ScoreLeadInput): ScoreResult {
  const { model, lead } = input;
  const nowMs = input.now.getTime();
  if (!Number.isFinite(nowMs)) throw new RangeError('scoreLead: `now` is not a valid date');

  const interactions = collectInteractions(input, nowMs);
  const scored: { reason: ScoreReason; points: number }[] = [];
  for (const rule of model.rules) {
    const contribution = scoreBehaviourRule(rule, interactions, nowMs, model.decay?.halfLifeDays);
    if (contribution === undefined) continue;
    scored.push({
      points: contribution.points,
      reason: {
        ruleId: rule.id,
        ...labelTexts(rule.label, model.languages),
        points: roundHalfAwayFromZero(contribution.points),
        count: contribution.count,
        accountCount: contribution.accountCount,
        lastOccurredOn: new Date(contribution.lastOccurredMs).toISOString(),
      },
    });
  }
  const rows = { lead, contact: input.contact ?? null, account: input.account ?? null };
  for (const rule of model.fieldRules) {
    const row = rows[rule.entity];
    if (row === null || !evaluateFieldRule(rule, row)) continue;
    scored.push({
      points: rule.points,
      reason: {
        ruleId: rule.id,
        ...labelTexts(rule.label, model.languages),
        points: rule.points,
        count: 1,
        accountCount: 0,
        lastOccurredOn: null,
      },
    });
  }

  const total = scored.reduce((sum, entry) => sum + entry.points, 0);
  const score = Math.min(MAX_SCORE, Math.max(0, roundHalfAwayFromZero(total)));
  const grade = gradeFor(model.grades, score);
  const decision = decideSalesReady({
    score,
    salesReadyScore: model.salesReadyScore,
    requiredNewPoints: model.returnToMarketing.requiredNewPoints,
    wasSalesReady: lead[LEAD_SCORE_COLUMNS.salesReady] === true,
    returned: lead[LEAD_SCORE_COLUMNS.returnedToMarketing] === true,
    returnedAtScore: asNumber(lead[LEAD_SCORE_COLUMNS.returnedAtScore]),
    previousScore: asNumber(lead[LEAD_SCORE_COLUMNS.score]),
  });
  return {
    score,
    grade: grade.name,
    salesReady: decision.salesReady,
    reasons: scored.map((entry) => entry.reason).sort(byPointsThenId),
    reachedThreshold: decision.reachedThreshold,
    salesReadyScore: model.salesReadyScore,
    becameSalesReady: decision.becameSalesReady,
    returnedToMarketing: decision.returnedToMarketing,
    returnedAtScore: decision.returnedAtScore,
    rating: model.mapGradeToRating ? ratingForGrade(grade) : null,
    scoredOn: input.now.toISOString(),
  };
}

function collectInteractions(input: ScoreLeadInput, nowMs: number): ScoredInteraction[] {
  const own = readInteractions(input.interactions, nowMs, false);
  const accountBased = input.model.accountBased && input.account != null && input.accountInteractions !== undefined;
  const contactId = asGuid(input.contact?.[CONTACT_COLUMNS.id]) ?? asGuid(input.lead[LEAD_COLUMNS.parentContactValue]);
  const colleagues = accountBased
    ? readInteractions(input.accountInteractions ?? [], nowMs, true).filter(
        (interaction) => contactId === undefined || interaction.contactId !== contactId,
      )
    : [];
  // An interaction listed twice (or in both lists) counts once.
  const seen = new Set<string>();
  const unique = [...own, ...colleagues].filter((interaction) => {
    if (interaction.id === undefined) return true;
    if (seen.has(interaction.id)) return false;
    seen.add(interaction.id);
    return true;
  });
  return unique.sort(byOccurrence);
}

function byPointsThenId(a: ScoreReason, b: ScoreReason): number {
  if (a.points !== b.points) return b.points - a.points;
  return a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0;
}

function asNumber(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}
