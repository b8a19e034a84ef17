/** Shortest key accepted; `openssl rand -base64 32` gives 44 characters. */
export const MIN_KEY_LENGTH = 24;
/** Estimated bits a key must carry (its characters' observed entropy times its length); random keys of 24 characters
 * or more, base64 or hex, carry over 80 by this estimate. */
export const MIN_KEY_BITS = 80;
/** Share of neighbouring characters that may repeat or count up or down by one ("aaaa", "1234", "abcd"). */
const MAX_PREDICTABLE_SHARE = 0.6;

/** Share of a key that may equal itself shifted by a few characters ("Xq7!Xq7!Xq7!" equals itself shifted by 4). */
const MAX_PERIODIC_SHARE = 0.5;

/** How to make a key that passes, for every message that refuses one. */
export const HOW_TO_MAKE_A_KEY = 'make one with `openssl rand -base64 32`';

/**
 * Why a key is too weak to guard an endpoint, or undefined when it is fine. Length alone lets "aaaaaaaaaaaaaaaa"
 * through, so the key's characters are counted too: a key whose characters repeat or run in sequence, or that carries
 * fewer than MIN_KEY_BITS by the entropy of its own character frequencies, is refused. The estimate is generous to
 * a person's passphrase and cannot tell one from a random key; it catches the keys a person types without thinking.
 * A key that largely repeats a part of itself is refused too.
 * The message never repeats the key.
 */
export function keyWeakness(key: string): string | undefined {
  const chars = [...key];
  if (key.trim() !== key) return 'has leading or trailing whitespace';
  if (chars.some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f)) return 'contains control characters';
  if (predictableShare(chars) > MAX_PREDICTABLE_SHARE)
    return 'is too predictable: its characters repeat or run in sequence';
  if (chars.length < MIN_KEY_LENGTH) return `is too short: use at least ${MIN_KEY_LENGTH} characters`;
  if (estimatedBits(chars) < MIN_KEY_BITS) return 'is too predictable: it uses too few different characters';
  if (periodicShare(chars) > MAX_PERIODIC_SHARE) return 'is too predictable: it repeats a part of itself';
  return undefined;
}

/** Shannon entropy of the key's own character frequencies, times its length. */
export function estimatedBits(chars: readonly string[]): number {
  const counts = new Map<string, number>();
  for (const c of chars) counts.set(c, (counts.get(c) ?? 0) + 1);
  let perChar = 0;
  for (const n of counts.values()) {
    const p = n / chars.length;
    perChar -= p * Math.log2(p);
  }
  return perChar * chars.length;
}

/** The largest share of characters equal to the one `shift` places before, over shifts up to half the key. */
function periodicShare(chars: readonly string[]): number {
  let worst = 0;
  for (let shift = 1; shift <= chars.length / 2; shift++) {
    let same = 0;
    for (let i = shift; i < chars.length; i++) if (chars[i] === chars[i - shift]) same++;
    worst = Math.max(worst, same / (chars.length - shift));
  }
  return worst;
}

function predictableShare(chars: readonly string[]): number {
  let predictable = 0;
  for (let i = 1; i < chars.length; i++) {
    const step = (chars[i]?.codePointAt(0) ?? 0) - (chars[i - 1]?.codePointAt(0) ?? 0);
    if (Math.abs(step) <= 1) predictable++;
  }
  return predictable / Math.max(1, chars.length - 1);
}
