import { normalizeEmail } from '../../../plugins/identity';
import { emailProblem } from '../../../plugins/identity/normalizeEmail';

describe('normalizeEmail', () => {
  it('trims and lower-cases', () => {
    expect(normalizeEmail('  Ana.Silva@Example.COM \t')).toBe('ana.silva@example.com');
  });

  it('keeps a quote in the local part', () => {
    expect(normalizeEmail("O'Brien@Example.com")).toBe("o'brien@example.com");
  });

  it('composes a decomposed accent (NFC), so both spellings are one identity', () => {
    const decomposed = 'Jose\u0301@example.com';
    const precomposed = 'jos\u00e9@example.com';
    expect(decomposed).not.toBe(precomposed);
    expect(normalizeEmail(decomposed)).toBe(precomposed);
    expect(normalizeEmail(precomposed)).toBe(precomposed);
  });

  it('lower-cases ASCII only: a non-ASCII capital keeps its case (U+0130 stays, it is not an i)', () => {
    expect(normalizeEmail('\u0130nci@Example.com')).toBe('\u0130nci@example.com');
    expect(normalizeEmail('J\u00dcrgen@Example.de')).toBe('j\u00dcrgen@example.de');
    expect(normalizeEmail('\u0130nci@example.com')).not.toBe(normalizeEmail('inci@example.com'));
    expect(normalizeEmail('j\u00dcrgen@example.de')).not.toBe(normalizeEmail('j\u00fcrgen@example.de'));
  });

  it.each([
    ['U+212A KELVIN SIGN', '\u212aelly@example.com', 'kelly@example.com'],
    ['U+212A in the domain', 'ana@\u212aontoso.example', 'ana@kontoso.example'],
    ['U+212B ANGSTROM SIGN', '\u212bsa@example.com', '\u00e5sa@example.com'],
    ['U+2126 OHM SIGN', '\u2126mega@example.gr', '\u03c9mega@example.gr'],
    ['U+037E GREEK QUESTION MARK', 'a\u037eb@example.com', 'a;b@example.com'],
  ])('never matches a look-alike to another address: %s gives no identity', (_name, lookalike, target) => {
    expect(normalizeEmail(lookalike)).toBeUndefined();
    expect(normalizeEmail(target)).toBeDefined();
    expect(emailProblem(lookalike)).toMatch(/^holds U\+[0-9A-F]{4}, a look-alike character/);
  });

  it('folds no compatibility forms: full-width letters and ligatures are other addresses', () => {
    expect(normalizeEmail('\uff4b@example.com')).toBe('\uff4b@example.com');
    expect(normalizeEmail('\ufb01sh@example.com')).toBe('\ufb01sh@example.com');
  });

  it('normalizes every plain ASCII address exactly as before, so no contact id changes', () => {
    const before = (raw: string) => raw.trim().toLowerCase().normalize('NFC');
    let seed = 7;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const printable = () => String.fromCharCode(33 + Math.floor(random() * 94));
    for (let i = 0; i < 2000; i += 1) {
      const local = Array.from({ length: 1 + Math.floor(random() * 12) }, printable)
        .join('')
        .replace(/@/g, 'A');
      const domain = Array.from({ length: 1 + Math.floor(random() * 12) }, printable)
        .join('')
        .replace(/@/g, 'B');
      const raw = ` ${local}@${domain}\t`;
      expect(normalizeEmail(raw)).toBe(before(raw));
    }
  });

  it('is its own normal form', () => {
    for (const raw of [' Ana@Example.com', 'Jose\u0301@example.com', 'J\u00dcrgen@B\u00fccher.de', "O'Brien@x.io"]) {
      const once = normalizeEmail(raw);
      expect(normalizeEmail(once)).toBe(once);
    }
  });

  it.each([
    [undefined],
    [null],
    [''],
    ['   '],
    ['n/a'],
    ['-'],
    ['@example.com'],
    ['ana@'],
    ['a@b@c.com'],
    ['ana silva@example.com'],
  ])('gives no identity for %p', (raw) => {
    expect(normalizeEmail(raw)).toBeUndefined();
  });
});
