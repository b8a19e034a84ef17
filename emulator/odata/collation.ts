/**
 * String comparison as Dataverse's SQL collation does it. An English (1033) environment uses a `_CI_AI` collation:
 * case- and accent-insensitive ("Cafe", "cafe" and "café" are the same word) — Microsoft's "Language collations"
 * (https://learn.microsoft.com/power-platform/admin/language-collations); filter-rows.md: "All filters using string
 * values are case insensitive."
 */
const collator = new Intl.Collator('en', { sensitivity: 'base' });

export function compareStrings(a: string, b: string): number {
  return collator.compare(a, b);
}

/** Folds case and accents away, for pattern matching (LIKE). */
export function foldString(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .toLowerCase();
}

/**
 * A SQL LIKE pattern as a RegExp over folded text. contains/startswith/endswith become LIKE conditions, and the
 * docs say their values honour SQL wildcards: `%`, `_`, `[…]` and `[^…]` (filter-rows.md, "Use wildcard characters").
 */
export function likeToRegExp(pattern: string): RegExp {
  const folded = foldString(pattern);
  let source = '';
  for (let i = 0; i < folded.length; i++) {
    const ch = folded[i] ?? '';
    if (ch === '%') source += '[\\s\\S]*';
    else if (ch === '_') source += '[\\s\\S]';
    else if (ch === '[') {
      const close = folded.indexOf(']', i + 2);
      if (close === -1) {
        source += '\\[';
        continue;
      }
      const body = folded.slice(i + 1, close);
      const negated = body.startsWith('^');
      const members = (negated ? body.slice(1) : body).replace(/[\\\]^]/g, (c) => `\\${c}`);
      source += `[${negated ? '^' : ''}${members}]`;
      i = close;
    } else source += ch.replace(/[.*+?^${}()|[\]\\/]/g, (c) => `\\${c}`);
  }
  return new RegExp(`^${source}$`, 'u');
}

/** The LIKE pattern for an OData string function; wildcards inside the value stay active, as in Dataverse. */
export function likePattern(fn: 'contains' | 'startswith' | 'endswith', value: string): string {
  if (fn === 'contains') return `%${value}%`;
  return fn === 'startswith' ? `${value}%` : `%${value}`;
}
