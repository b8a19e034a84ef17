/**
 * "Did you mean …?" for a mistyped name: the closest candidate by edit distance, when it is close enough to be a
 * likely typo (at most a third of the name's length, and at least one edit allowed).
 */
export function suggest(input: string, candidates: Iterable<string>): string | undefined {
  const wanted = input.toLowerCase();
  const limit = typoLimit(wanted);
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(wanted, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return bestDistance <= limit ? best : undefined;
}

/**
 * Every candidate close enough to be what was meant, closest first (then alphabetically), at most `max`. A column
 * name is also compared without its publisher prefix (`cr8a1_favouritecolour` is close to `favouritecolor`), since
 * custom columns are often asked for by the name their makers see.
 */
export function closeNames(input: string, candidates: Iterable<string>, max = 5): string[] {
  const wanted = input.toLowerCase();
  const limit = typoLimit(wanted);
  const scored: { readonly name: string; readonly distance: number }[] = [];
  for (const candidate of candidates) {
    const lower = candidate.toLowerCase();
    const unprefixed = /^[a-z0-9]+_(.+)$/.exec(lower)?.[1];
    const distance = Math.min(
      editDistance(wanted, lower),
      unprefixed === undefined ? Infinity : editDistance(wanted, unprefixed),
    );
    if (distance <= limit) scored.push({ name: candidate, distance });
  }
  return scored
    .sort((a, b) => a.distance - b.distance || a.name.localeCompare(b.name))
    .slice(0, max)
    .map((entry) => entry.name);
}

/** At most a third of the name's length, and at least one edit. */
function typoLimit(name: string): number {
  return Math.max(1, Math.floor(name.length / 3));
}

/** ` (did you mean 'x'?)` or nothing. */
export function didYouMean(input: string, candidates: Iterable<string>): string {
  const match = suggest(input, candidates);
  return match === undefined ? '' : ` (did you mean '${match}'?)`;
}

/** Levenshtein distance, with transpositions counted as one edit (optimal string alignment). */
function editDistance(a: string, b: string): number {
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  const at = (i: number, j: number): number => rows[i]?.[j] ?? Infinity;
  for (let i = 1; i <= a.length; i++) {
    const row = rows[i] as number[];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, at(i - 2, j - 2) + 1);
      row[j] = d;
    }
  }
  return at(a.length, b.length);
}
