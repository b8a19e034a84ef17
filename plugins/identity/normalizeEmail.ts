/**
 * The identity form of an e-mail address: trimmed, lower-cased and in Unicode NFC, so `O'Brien@Example.com ` and
 * `o'brien@example.com` are one person, and a name typed with a decomposed accent is the same as the precomposed one.
 * Returns undefined when there is no address, or when the text is not shaped like one (exactly one `@` with text on
 * both sides, no whitespace inside): placeholders such as `n/a` or `-` would otherwise join unrelated leads under one
 * contact.
 */
export function normalizeEmail(raw: string | null | undefined): string | undefined {
  if (typeof raw !== 'string') return undefined;
  // Lower-casing can decompose (e.g. U+0130), so NFC comes last.
  const value = raw.trim().toLowerCase().normalize('NFC');
  return isAddressShaped(value) ? value : undefined;
}

function isAddressShaped(value: string): boolean {
  const at = value.indexOf('@');
  if (at <= 0 || at !== value.lastIndexOf('@') || at === value.length - 1) return false;
  return !/\s/u.test(value);
}
