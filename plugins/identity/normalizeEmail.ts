/**
 * The identity form of an e-mail address: two addresses are one person only when a mail system would deliver both
 * to the same mailbox. The rule, applied to the local part and the domain alike:
 *
 * 1. Surrounding white space is removed.
 * 2. Unicode NFC composes what is typed in pieces: `José` written with a combining accent is the same text as with
 *    `é`, and RFC 6532 §3.1 recommends NFC for internationalized addresses
 *    (https://www.rfc-editor.org/rfc/rfc6532#section-3.1).
 * 3. ASCII letters are lower-cased, A–Z only. Domains are case-insensitive (RFC 5321 §2.4,
 *    https://www.rfc-editor.org/rfc/rfc5321#section-2.4; RFC 4343 for DNS). The local part is case-sensitive in
 *    principle (same section), but "exploiting the case sensitivity of mailbox local-parts impedes interoperability
 *    and is discouraged", every widely used mail system ignores ASCII case, and LeadLink always has: contact ids of
 *    ASCII addresses stay what they were.
 * 4. Nothing else is folded. Non-ASCII letters keep their case (`Ä` and `ä` are not the same mailbox by any rule), so
 *    JavaScript's `toLowerCase` is never applied to them: it turns U+212A KELVIN SIGN into `k` and U+0130 into `i`
 *    plus a dot, which made look-alike addresses match existing ASCII contacts. Compatibility forms (NFKC: full-width
 *    letters, ligatures) are not folded either.
 * 5. An address holding a code point that NFC replaces by a different character on its own is not taken as an
 *    address at all: U+212A KELVIN SIGN (→ K), U+212B ANGSTROM SIGN (→ Å), U+2126 OHM SIGN (→ Ω), the CJK
 *    compatibility ideographs, U+037E GREEK QUESTION MARK (→ ;). Such code points never occur in normalized text,
 *    IDNA2008 disallows them in domain names (RFC 5892 §2.3 "Unstable", https://www.rfc-editor.org/rfc/rfc5892), and
 *    each is a look-alike of another character; folding them would match a stranger's contact, keeping them would
 *    store a non-normalized address. The lead then has no identity address, like a lead without e-mail.
 *
 * Returns undefined as well when there is no address or the text is not shaped like one (exactly one `@` with text
 * on both sides, no white space inside): placeholders such as `n/a` or `-` would otherwise join unrelated leads under
 * one contact. The result is its own normal form: normalizeEmail(normalizeEmail(x)) === normalizeEmail(x).
 *
 * Existing contacts: an ASCII address normalizes exactly as before (same contact id, same matches). An address with
 * upper-case non-ASCII letters (`Jürgen@…` is no longer `jürgen@…`) gets a new identity: it no longer matches a
 * contact stored lower-cased by the old rule, and a contact made for it gets a different deterministic id (every
 * attempt computes the same new one, so concurrent attempts still converge).
 */
export function normalizeEmail(raw: string | null | undefined): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const trimmed = raw.trim();
  if (hasUnstableCodePoint(trimmed)) return undefined;
  const value = lowerAscii(trimmed.normalize('NFC'));
  return isAddressShaped(value) ? value : undefined;
}

/** Why normalizeEmail gives no identity for a non-empty text, for an error message; undefined when it gives one. */
export function emailProblem(raw: string): string | undefined {
  const trimmed = raw.trim();
  const unstable = [...trimmed].find(isUnstable);
  if (unstable !== undefined) {
    const code = (unstable.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
    return `holds U+${code}, a look-alike character that Unicode normalization replaces; type the address with the character it stands for`;
  }
  return normalizeEmail(trimmed) === undefined ? 'is not an e-mail address' : undefined;
}

function lowerAscii(value: string): string {
  return value.replace(/[A-Z]+/g, (letters) => letters.toLowerCase());
}

/** A code point NFC changes on its own (Unicode NFC_Quick_Check=No); sequences NFC composes pass one by one. */
function isUnstable(char: string): boolean {
  return char.normalize('NFC') !== char;
}

function hasUnstableCodePoint(value: string): boolean {
  return [...value].some(isUnstable);
}

function isAddressShaped(value: string): boolean {
  const at = value.indexOf('@');
  if (at <= 0 || at !== value.lastIndexOf('@') || at === value.length - 1) return false;
  return !/\s/u.test(value);
}
