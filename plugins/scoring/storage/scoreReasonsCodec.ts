/**
 * The compact JSON kept in leadlink_scorereasons (a memo column of 100,000 characters), e.g.
 * {"v":1,"r":[{"i":"email-clicked","l":"Email clicked","L":{"1028":"點選了…"},"p":15,"c":3,"d":"2026-05-01T10:00:00.000Z"}],"m":2}
 * v version · r reasons (i rule id, l label in the model's first language, L the label in its other languages by
 * LCID, left out when there are none, p points, c count, a of which from the account, left out when 0, d last
 * occurred on, left out for field rules) · m reasons left off, left out when 0 · s the model's sales-ready score the
 * lead was scored against (so the panel can show the score against it without reading the model).
 * `L` is an addition readers of version 1 ignore, so the version stays 1: reasons stored before it (no `L`) read as
 * labels in one language, and a reader that predates it still shows `l`.
 * At most MAX_STORED_REASONS reasons are kept (the highest first, as scoreLead sorts them), ids and labels are cut to
 * the model's limits and a model has at most MAX_LANGUAGES languages, so a value stays below 75,000 characters however
 * large the model (the worst case: every label 100 characters that JSON must escape, in every language).
 */
import { ScoreReasonsError } from '../errors/ScoreReasonsError';
import type { ScoreReason } from '../engine/ScoreResult';
import { isRecord } from '../model/isRecord';
import { LABEL_MAX_LENGTH, MAX_LANGUAGES, RULE_ID_MAX_LENGTH } from '../model/limits';

export const SCORE_REASONS_VERSION = 1;
export const MAX_STORED_REASONS = 20;

interface StoredReason {
  readonly i: string;
  readonly l: string;
  readonly L?: Readonly<Record<string, string>>;
  readonly p: number;
  readonly c: number;
  readonly a?: number;
  readonly d?: string;
}

export interface DecodedScoreReasons {
  readonly reasons: readonly ScoreReason[];
  /** How many reasons were left off when stored. */
  readonly omitted: number;
  /** The sales-ready score of the model that scored the lead, when stored. */
  readonly salesReadyScore?: number;
}

export function encodeScoreReasons(reasons: readonly ScoreReason[], salesReadyScore?: number): string {
  const kept = reasons.slice(0, MAX_STORED_REASONS).map((reason): StoredReason => ({
    i: reason.ruleId.slice(0, RULE_ID_MAX_LENGTH),
    l: reason.label.slice(0, LABEL_MAX_LENGTH),
    ...(reason.translations && Object.keys(reason.translations).length > 0
      ? { L: storedTranslations(reason.translations) }
      : {}),
    p: reason.points,
    c: reason.count,
    ...(reason.accountCount > 0 ? { a: reason.accountCount } : {}),
    ...(reason.lastOccurredOn !== null ? { d: reason.lastOccurredOn } : {}),
  }));
  const omitted = reasons.length - kept.length;
  return JSON.stringify({
    v: SCORE_REASONS_VERSION,
    r: kept,
    ...(omitted > 0 ? { m: omitted } : {}),
    ...(salesReadyScore !== undefined ? { s: salesReadyScore } : {}),
  });
}

export function decodeScoreReasons(text: string): DecodedScoreReasons {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new ScoreReasonsError('The stored score reasons are not JSON');
  }
  if (!isRecord(parsed)) throw new ScoreReasonsError('The stored score reasons are not a JSON object');
  if (parsed['v'] !== SCORE_REASONS_VERSION) {
    throw new ScoreReasonsError(
      `The stored score reasons have version ${JSON.stringify(parsed['v'])}; this version reads ${SCORE_REASONS_VERSION}`,
    );
  }
  const list = parsed['r'];
  if (!Array.isArray(list)) throw new ScoreReasonsError('The stored score reasons have no list "r"');
  const omitted = parsed['m'] ?? 0;
  if (!isCount(omitted)) throw new ScoreReasonsError('The stored score reasons have an invalid "m" (reasons left off)');
  const threshold = parsed['s'];
  if (threshold !== undefined && (typeof threshold !== 'number' || !Number.isFinite(threshold))) {
    throw new ScoreReasonsError('The stored score reasons have an invalid "s" (sales-ready score)');
  }
  return {
    reasons: list.map(decodeReason),
    omitted,
    ...(threshold !== undefined ? { salesReadyScore: threshold } : {}),
  };
}

function storedTranslations(translations: Readonly<Record<string, string>>): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const [language, text] of Object.entries(translations).slice(0, MAX_LANGUAGES - 1)) {
    kept[language] = text.slice(0, LABEL_MAX_LENGTH);
  }
  return kept;
}

function decodeReason(entry: unknown, index: number): ScoreReason {
  const bad = (what: string) => new ScoreReasonsError(`Stored score reason ${index} has ${what}`);
  if (!isRecord(entry)) throw bad('no object');
  const { i, l, L, p, c, a = 0, d = null } = entry;
  if (typeof i !== 'string' || i === '') throw bad('no rule id "i"');
  if (typeof l !== 'string') throw bad('no label "l"');
  if (L !== undefined && !(isRecord(L) && Object.values(L).every((text) => typeof text === 'string'))) {
    throw bad('invalid labels by language "L"');
  }
  if (typeof p !== 'number' || !Number.isFinite(p)) throw bad('no points "p"');
  if (!isCount(c)) throw bad('no count "c"');
  if (!isCount(a)) throw bad('an invalid account count "a"');
  if (d !== null && (typeof d !== 'string' || Number.isNaN(Date.parse(d)))) throw bad('an invalid date "d"');
  return {
    ruleId: i,
    label: l,
    ...(L !== undefined ? { translations: L as Record<string, string> } : {}),
    points: p,
    count: c,
    accountCount: a,
    lastOccurredOn: d,
  };
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}
