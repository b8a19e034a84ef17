/** A stored comma-separated column list, sorted and lower case, so order and spacing don't count as a change. */
export function normalizeColumnList(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const columns = [
    ...new Set(
      value
        .split(',')
        .map((c) => c.trim().toLowerCase())
        .filter(Boolean),
    ),
  ].sort();
  return columns.length > 0 ? columns.join(',') : null;
}
