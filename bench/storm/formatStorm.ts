import { formatNumber, formatTable } from '../backfill/formatTable';
import type { ScenarioName, StormResult } from './measureStorm';

interface Row {
  readonly scenario: ScenarioName;
  readonly perEvent: StormResult;
  readonly grouped: StormResult;
}

/** Today's handling and group commit side by side, per scenario, with the ratios. */
export function formatStorm(rows: readonly Row[], context: { readonly leads: number; readonly rate: number }): string {
  const table: string[][] = [['', 'per event (today)', 'group commit', 'ratio']];
  for (const { scenario, perEvent: a, grouped: b } of rows) {
    table.push([
      scenario === 'import'
        ? `${formatNumber(context.leads)} leads by CreateMultiple`
        : `${formatNumber(context.leads)} single creates at ${context.rate}/s`,
      '',
      '',
      '',
    ]);
    table.push([
      '  Dataverse requests',
      formatNumber(a.requests),
      formatNumber(b.requests),
      fewer(a.requests, b.requests),
    ]);
    table.push(['  429s', formatNumber(a.throttled), formatNumber(b.throttled), '']);
    table.push([
      '  every lead linked, from the first create',
      linkedText(a),
      linkedText(b),
      `${formatNumber(a.linkedSeconds / b.linkedSeconds, 1)}× sooner`,
    ]);
    table.push([
      '  every lead linked, from the last create',
      lagText(a),
      lagText(b),
      lag(b) > 0 ? `${formatNumber(lag(a) / lag(b), 1)}× sooner` : '',
    ]);
    table.push([
      '  failed deliveries (jobs left Failed)',
      formatNumber(a.failedDeliveries),
      formatNumber(b.failedDeliveries),
      '',
    ]);
    table.push([
      '  deferred to the sweep (linked by it)',
      `${formatNumber(a.deferred)} (${formatNumber(a.deferredLinked)})`,
      `${formatNumber(b.deferred)} (${formatNumber(b.deferredLinked)})`,
      '',
    ]);
    table.push(['  twin contacts', formatNumber(a.twins), formatNumber(b.twins), '']);
    table.push(['  leads left orphan', formatNumber(a.orphans), formatNumber(b.orphans), '']);
  }
  const idle = (r: Row['perEvent']) => r.idleLatencyMs;
  const idleA = median(rows.map((r) => idle(r.perEvent)));
  const idleB = median(rows.map((r) => idle(r.grouped)));
  table.push([
    'a single lead while idle, Create → linked',
    `${formatNumber(idleA)} ms`,
    `${formatNumber(idleB)} ms`,
    idleB <= idleA ? 'no worse' : `${formatNumber(idleB / idleA, 2)}×`,
  ]);
  const modelled = rows.some((r) => r.perEvent.timerWaitSeconds > 0 || r.grouped.timerWaitSeconds > 0);
  return [
    formatTable(table),
    '',
    'Requests are LeadLink\'s (its application user), counted by the emulator, from the first lead on; "failed deliveries"',
    'are webhook calls that failed twice (Dataverse retries once after 503): their system jobs stay Failed.',
    ...(modelled
      ? [
          '* The leads the webhooks left wait for the sweep timer (every 15 minutes): counted as half a period, 7.5',
          "  minutes, plus the sweep's measured run — not waited. Group commit's times are measured end to end.",
        ]
      : []),
    'Idle latency: the median of a few single leads created before the storm, each after a quiet pause.',
  ].join('\n');
}

function linkedText(result: StormResult): string {
  const text =
    result.linkedSeconds >= 120
      ? `${formatNumber(result.linkedSeconds / 60, 1)} min`
      : `${formatNumber(result.linkedSeconds, 1)} s`;
  return result.timerWaitSeconds > 0 ? `${text}*` : text;
}

/** Seconds from the last lead created until every lead was linked. */
function lag(result: StormResult): number {
  return Math.max(0, result.linkedSeconds - result.createdSeconds);
}

function lagText(result: StormResult): string {
  return linkedText({ ...result, linkedSeconds: lag(result) });
}

function fewer(a: number, b: number): string {
  return b === 0 ? '' : `${formatNumber(a / b, 1)}× fewer`;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}
