import { normalizeEmail } from '../../../plugins/identity';

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

  it('ends in NFC even when lower-casing decomposes (U+0130, capital I with dot)', () => {
    const normalized = normalizeEmail('\u0130nci@example.com');
    expect(normalized).toBeDefined();
    expect(normalized).toBe(normalized?.normalize('NFC'));
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
