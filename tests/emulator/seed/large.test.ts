import { Emulator, parseSeed } from '../../../emulator';
import { isEntityRef } from '../../../emulator/store/values';

/** `--seed large:N`: a synthetic environment of N contacts and N leads, the same on every run. */

const SIZE = 300;
const NOW = new Date('2026-03-02T09:30:00Z');

describe('parseSeed', () => {
  test('reads demo, empty and large:N', () => {
    expect(parseSeed('demo')).toBe('demo');
    expect(parseSeed('empty')).toBe('empty');
    expect(parseSeed('large:100000')).toEqual({ large: 100_000 });
    expect(parseSeed('large:100_000')).toEqual({ large: 100_000 });
  });

  test.each(['large', 'large:0', 'large:-5', 'large:1.5', 'large:500001', 'huge:10', 'Demo', ''])(
    "refuses '%s' and says what it takes",
    (text) => {
      expect(() => parseSeed(text)).toThrow(/--seed must be 'demo', 'empty' or 'large:N' with N from 1 to 500,000/);
    },
  );
});

describe('seedLarge', () => {
  const emulator = new Emulator({ seed: { large: SIZE }, now: () => NOW });
  const rows = (table: string) => [...emulator.store.rows(table)];

  test('holds N contacts, N leads and one account per 50 contacts', () => {
    expect(rows('contact')).toHaveLength(SIZE);
    expect(rows('lead')).toHaveLength(SIZE);
    expect(rows('account')).toHaveLength(SIZE / 50);
  });

  test('30% of the leads are orphans, half of them carrying an existing contact’s address in another case', () => {
    const emails = new Set(rows('contact').map((c) => String(c.values.emailaddress1).toLowerCase()));
    const orphans = rows('lead').filter((l) => !isEntityRef(l.values.parentcontactid));
    expect(orphans).toHaveLength(SIZE * 0.3);
    const matching = orphans.filter((l) => emails.has(String(l.values.emailaddress1).toLowerCase()));
    expect(matching).toHaveLength(orphans.length / 2);
    expect(matching.every((l) => String(l.values.emailaddress1) !== String(l.values.emailaddress1).toLowerCase())).toBe(
      true,
    );
  });

  test('rows are written by the Web API rules (owner, timestamps, state) and are the same on every run', () => {
    const lead = rows('lead')[0];
    expect(lead?.values).toMatchObject({ statecode: 0, ownerid: expect.anything(), createdon: expect.any(String) });
    const again = new Emulator({ seed: { large: SIZE }, now: () => NOW });
    expect([...again.store.rows('lead')].map((r) => r.values)).toEqual(rows('lead').map((r) => r.values));
  });
});
