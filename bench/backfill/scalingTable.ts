import { formatNumber, formatTable } from './formatTable';
import type { PathResult } from './measurePath';

/** One size of the scaling run: LeadLink's sweep, and the naive path when it was run at that size. */
export interface ScalingRow {
  readonly leads: number;
  readonly bulk: PathResult;
  readonly naive?: PathResult;
}

/**
 * The scaling table: per size, LeadLink's requests, wall time and leads per second, with the time against the size
 * before it; the naive path's measured figures where it ran, else its requests extrapolated from the largest size it
 * ran at (requests per lead × leads), labelled as such.
 */
export function scalingTable(rows: readonly ScalingRow[]): string {
  const measuredNaive = [...rows].reverse().find((r) => r.naive !== undefined);
  const perLead = measuredNaive?.naive ? measuredNaive.naive.requests / measuredNaive.leads : undefined;
  const header = [
    'orphan leads',
    'requests',
    'wall time',
    'leads/s',
    'time vs size before',
    'naive requests',
    'naive wall time',
  ];
  const body = rows.map((row, i) => {
    const before = rows[i - 1];
    const growth = before
      ? `${formatNumber(row.bulk.seconds / before.bulk.seconds, 1)}× for ${formatNumber(row.leads / before.leads, 0)}× leads`
      : '';
    const naiveRequests = row.naive
      ? formatNumber(row.naive.requests)
      : perLead !== undefined
        ? `≈ ${formatNumber(Math.round(perLead * row.leads))} (extrapolated)`
        : '';
    return [
      formatNumber(row.leads),
      formatNumber(row.bulk.requests),
      `${formatNumber(row.bulk.seconds, 1)} s`,
      formatNumber(row.leads / row.bulk.seconds),
      growth,
      naiveRequests,
      row.naive ? `${formatNumber(row.naive.seconds, 1)} s` : 'not run',
    ];
  });
  const notes =
    perLead !== undefined && rows.some((r) => !r.naive)
      ? [
          `Naive requests marked "extrapolated" are ${formatNumber(perLead, 2)} per lead (as measured at ${formatNumber(measuredNaive?.leads ?? 0)} leads)`,
          'times the leads; the naive path was not run at those sizes.',
        ]
      : [];
  return [
    '',
    'Scaling: LeadLink bulk sweep (naive per-lead workflow where it was run)',
    '',
    formatTable([header, ...body]),
    '',
    ...notes,
  ].join('\n');
}
