/** What the emulator starts with: the demo environment, nothing, or a large synthetic one (seed/large.ts). */
export type SeedOption = 'demo' | 'empty' | { readonly large: number };

/** The most rows of each table `large:N` makes: about 850 MB of heap (170 MB per 100,000 leads and contacts). */
export const MAX_LARGE_SEED = 500_000;

/** Reads `demo`, `empty` or `large:N` (N from 1 to 500,000; `_` and `,` may group digits); else a RangeError. */
export function parseSeed(text: string): SeedOption {
  if (text === 'demo' || text === 'empty') return text;
  const match = /^large:([\d_,]+)$/.exec(text.trim());
  const size = match?.[1] ? Number(match[1].replace(/[_,]/g, '')) : NaN;
  if (!Number.isInteger(size) || size < 1 || size > MAX_LARGE_SEED) {
    throw new RangeError(
      `--seed must be 'demo', 'empty' or 'large:N' with N from 1 to ${MAX_LARGE_SEED.toLocaleString('en-US')}, got '${text.slice(0, 40)}'.`,
    );
  }
  return { large: size };
}
