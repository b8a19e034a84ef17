/**
 * Reads leadlink_scorereasons, the compact JSON the scoring engine writes next to the score
 * (plugins/scoring/storage/scoreReasonsCodec.ts, version 1):
 * {"v":1,"r":[{"i":rule id,"l":label,"L":{LCID: label},"p":points,"c":count,"a":of which from the account,
 * "d":last occurred}],"m":left off}. `l` is the label in the model's first language, `L` the other languages (reasons
 * stored before labels had languages have no `L`; they show `l` to everyone).
 * The panel must not break when that format grows or changes, so this decoder is tolerant where the engine's own is
 * strict: it also accepts a bare list or long key names, dates as ISO text or epoch milliseconds, and it skips (and
 * counts) entries it cannot read instead of failing. Text that is not JSON at all is reported as unreadable.
 * The sales-ready score is read from the object when present (`s`, `srs` or `salesReadyScore`); version 1 does not
 * store it, so the panel then uses the form's configured value.
 */
import { toDate } from './readRow';

export interface ScoreReason {
  readonly ruleId: string | null;
  /** In the scoring model's first language: what every user sees when their language has no label. */
  readonly label: string;
  /** The label in the model's other languages, by LCID; absent when the reason has none. */
  readonly translations?: Readonly<Record<string, string>>;
  readonly points: number | null;
  readonly count: number | null;
  /** Of `count`, how many came from other contacts of the lead's account (account-based scoring). */
  readonly accountCount: number;
  readonly lastOccurredOn: Date | null;
}

export interface DecodedScoreReasons {
  /** `none`: the column is empty; `unreadable`: it holds text that is not reasons JSON. */
  readonly status: 'ok' | 'none' | 'unreadable';
  /** Largest effect first. */
  readonly reasons: readonly ScoreReason[];
  /** The model's sales-ready score when the engine stores it with the reasons. */
  readonly salesReadyScore: number | null;
  /** Entries present but not readable as a reason. */
  readonly skipped: number;
  /** Reasons the engine left off when it stored them (it keeps the largest ones). */
  readonly omitted: number;
}

const LIST_KEYS = ['reasons', 'r', 'items', 'rules'];
const THRESHOLD_KEYS = ['salesReadyScore', 'srs', 's', 'threshold'];
const OMITTED_KEYS = ['omitted', 'm'];
const RULE_ID_KEYS = ['ruleId', 'rule', 'id', 'i', 'r'];
const LABEL_KEYS = ['label', 'l', 'name', 'text'];
const TRANSLATION_KEYS = ['L', 'labels', 'translations'];
const POINTS_KEYS = ['points', 'p', 'pts', 'score', 's'];
const COUNT_KEYS = ['count', 'c', 'n', 'times'];
const ACCOUNT_COUNT_KEYS = ['accountCount', 'a'];
const LAST_KEYS = ['lastOccurredOn', 'lastOn', 'last', 'lo', 'd', 'at', 't'];

type JsonObject = Readonly<Record<string, unknown>>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function pick(source: JsonObject, keys: readonly string[]): unknown {
  for (const key of keys) if (source[key] !== undefined && source[key] !== null) return source[key];
  return undefined;
}

function finiteNumber(value: unknown): number | null {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  return null;
}

function nonEmptyText(value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

function toCount(value: number): number {
  return Math.max(0, Math.round(value));
}

/** `{"1028": "…", "1066": "…"}`: the texts kept, anything else (not an object, empty or non-text values) dropped. */
function toTranslations(value: unknown): Record<string, string> | null {
  if (!isObject(value)) return null;
  const kept: Record<string, string> = {};
  for (const [language, text] of Object.entries(value)) {
    const label = typeof text === 'string' ? text.trim() : '';
    if (/^\d+$/.test(language) && label !== '') kept[language] = label;
  }
  return Object.keys(kept).length > 0 ? kept : null;
}

function toReason(entry: unknown): ScoreReason | null {
  if (!isObject(entry)) return null;
  const ruleId = nonEmptyText(pick(entry, RULE_ID_KEYS));
  const label = nonEmptyText(pick(entry, LABEL_KEYS)) ?? ruleId;
  if (label === null) return null;
  const count = finiteNumber(pick(entry, COUNT_KEYS));
  const translations = toTranslations(pick(entry, TRANSLATION_KEYS));
  return {
    ruleId,
    label,
    ...(translations === null ? {} : { translations }),
    points: finiteNumber(pick(entry, POINTS_KEYS)),
    count: count === null ? null : toCount(count),
    accountCount: toCount(finiteNumber(pick(entry, ACCOUNT_COUNT_KEYS)) ?? 0),
    lastOccurredOn: toDate(pick(entry, LAST_KEYS) ?? null),
  };
}

function findList(value: unknown): { list: readonly unknown[]; holder: JsonObject | null } | null {
  if (Array.isArray(value)) return { list: value, holder: null };
  if (!isObject(value)) return null;
  for (const key of LIST_KEYS) {
    const candidate = value[key];
    if (Array.isArray(candidate)) return { list: candidate, holder: value };
  }
  return null;
}

const EMPTY: DecodedScoreReasons = { status: 'none', reasons: [], salesReadyScore: null, skipped: 0, omitted: 0 };

export function decodeScoreReasons(raw: string | null | undefined): DecodedScoreReasons {
  if (raw == null || raw.trim() === '') return { ...EMPTY, status: 'none' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { ...EMPTY, status: 'unreadable' };
  }
  const found = findList(parsed);
  if (found === null) return { ...EMPTY, status: 'unreadable' };
  const reasons: ScoreReason[] = [];
  let skipped = 0;
  for (const entry of found.list) {
    const reason = toReason(entry);
    if (reason === null) skipped += 1;
    else reasons.push(reason);
  }
  // Stable sort: equal effects keep the engine's order.
  const ordered = reasons
    .map((reason, index) => ({ reason, index }))
    .sort((a, b) => Math.abs(b.reason.points ?? 0) - Math.abs(a.reason.points ?? 0) || a.index - b.index)
    .map(({ reason }) => reason);
  const holder = found.holder;
  const threshold = holder === null ? null : finiteNumber(pick(holder, THRESHOLD_KEYS));
  const omitted = holder === null ? 0 : toCount(finiteNumber(pick(holder, OMITTED_KEYS)) ?? 0);
  return { status: 'ok', reasons: ordered, salesReadyScore: threshold, skipped, omitted };
}
