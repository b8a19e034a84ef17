import { compareStrings } from '../../../emulator/odata/collation';
import { textKey } from '../../../emulator/store/indexKey';
import { Store } from '../../../emulator/store/Store';
import type { StoredRow } from '../../../emulator/store/values';

/**
 * The store's indexes: kept up to date by every write and by a transaction's rollback, handing rows back in the
 * order a scan meets them, and keyed so that no row a collation-aware comparison would match is ever missed.
 */

const ids = (rows: readonly StoredRow[] | undefined) => rows?.map((r) => r.id);
const byEmail = (store: Store, ...values: string[]) =>
  ids(store.probe('contact', [{ column: 'emailaddress1', values }])?.rows());

function contacts(): Store {
  const store = new Store();
  store.defineIndex('contact', 'emailaddress1', 'text');
  store.defineIndex('contact', 'parentcustomerid', 'text');
  store.insert('contact', 'c3', { emailaddress1: 'ana@contoso.com' });
  store.insert('contact', 'c1', {
    emailaddress1: 'ANA@contoso.com',
    parentcustomerid: { id: 'a1', logicalName: 'account' },
  });
  store.insert('contact', 'c2', {
    emailaddress1: 'bao@contoso.com',
    parentcustomerid: { id: 'a1', logicalName: 'account' },
  });
  return store;
}

describe('the text key', () => {
  const printable = Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i));

  test('between printable ASCII characters, the collation equates exactly what lower-casing equates', () => {
    const disagreements = printable.flatMap((a) =>
      printable.filter((b) => (compareStrings(a, b) === 0) !== (a.toLowerCase() === b.toLowerCase())).map((b) => a + b),
    );
    expect(disagreements).toEqual([]);
  });

  test('no printable ASCII character is ignored by the collation, so equal strings have equal lengths', () => {
    expect(printable.filter((c) => compareStrings(`x${c}y`, 'xy') === 0)).toEqual([]);
  });

  test('text the collation may equate with other spellings has no key', () => {
    expect(textKey('Ana.Lin@Contoso.com')).toBe('ana.lin@contoso.com');
    expect(compareStrings('café', 'cafe')).toBe(0);
    expect(textKey('café')).toBeUndefined();
    expect(textKey('tab\there')).toBeUndefined();
  });
});

describe('look-ups', () => {
  test('find every row whose value equals under the collation, in table order', () => {
    const store = contacts();
    expect(byEmail(store, 'Ana@Contoso.com')).toEqual(['c3', 'c1']);
    expect(byEmail(store, 'bao@contoso.com', 'ana@contoso.com')).toEqual(['c3', 'c1', 'c2']);
    expect(byEmail(store, 'nobody@contoso.com')).toEqual([]);
  });

  test('rows whose text has no key are offered to every look-up, and values without a key are not looked up', () => {
    const store = contacts();
    store.insert('contact', 'c4', { emailaddress1: 'café@contoso.com' });
    expect(byEmail(store, 'cafe@contoso.com')).toEqual(['c4']);
    expect(byEmail(store, 'ana@contoso.com')).toEqual(['c3', 'c1', 'c4']);
    expect(store.probe('contact', [{ column: 'emailaddress1', values: ['café@contoso.com'] }])).toBeUndefined();
  });

  test('a column without an index, or a store without indexes, cannot answer', () => {
    expect(contacts().probe('contact', [{ column: 'lastname', values: ['x'] }])).toBeUndefined();
    const bare = new Store({ indexes: false });
    bare.defineIndex('contact', 'emailaddress1', 'text');
    bare.insert('contact', 'c1', { emailaddress1: 'ana@contoso.com' });
    expect(bare.probe('contact', [{ column: 'emailaddress1', values: ['ana@contoso.com'] }])).toBeUndefined();
    expect(bare.findByValues('contact', { emailaddress1: 'ana@contoso.com' })?.id).toBe('c1');
  });

  test('lookups are found by the id they point at, ids by themselves', () => {
    const store = contacts();
    expect(ids(store.probe('contact', [{ column: 'parentcustomerid', values: ['A1'] }])?.rows())).toEqual(['c1', 'c2']);
    expect(ids(store.probe('contact', [{ values: ['C2', 'c3', 'c9'] }])?.rows())).toEqual(['c3', 'c2']);
  });

  test('an index defined on a table that already has rows files them', () => {
    const store = contacts();
    store.insert('contact', 'c5', { lastname: 'Lin' });
    store.defineIndex('contact', 'lastname', 'text');
    expect(ids(store.probe('contact', [{ column: 'lastname', values: ['LIN'] }])?.rows())).toEqual(['c5']);
  });
});

describe('maintenance', () => {
  test('updates move a row between keys; deletes take it out; a re-inserted id goes to the end', () => {
    const store = contacts();
    store.update('contact', 'c3', { emailaddress1: 'bao@contoso.com' });
    expect(byEmail(store, 'ana@contoso.com')).toEqual(['c1']);
    expect(byEmail(store, 'bao@contoso.com')).toEqual(['c3', 'c2']);
    store.delete('contact', 'c3');
    expect(byEmail(store, 'bao@contoso.com')).toEqual(['c2']);
    store.insert('contact', 'c3', { emailaddress1: 'bao@contoso.com' });
    expect(byEmail(store, 'bao@contoso.com')).toEqual(['c2', 'c3']);
    expect(ids([...store.rows('contact')])).toEqual(['c1', 'c2', 'c3']);
  });

  test('a rolled-back transaction leaves the indexes as they were', () => {
    const store = contacts();
    expect(() =>
      store.transaction(() => {
        store.update('contact', 'c1', { emailaddress1: 'bao@contoso.com' });
        store.delete('contact', 'c3');
        store.insert('contact', 'c9', { emailaddress1: 'ana@contoso.com' });
        throw new Error('fails after writing');
      }),
    ).toThrow('fails after writing');
    expect(byEmail(store, 'ana@contoso.com')?.sort()).toEqual(['c1', 'c3']);
    expect(byEmail(store, 'bao@contoso.com')).toEqual(['c2']);
    // Rollback puts the deleted row back as a new entry, at the end, and the index agrees with the scan.
    expect(byEmail(store, 'ana@contoso.com', 'bao@contoso.com')).toEqual(
      ids([...store.rows('contact')].filter((r) => r.id !== 'c9')),
    );
  });

  test('ids in order are cached until an id comes or goes', () => {
    const store = contacts();
    const first = store.orderedIds('contact', compareStrings);
    expect(first).toEqual(['c1', 'c2', 'c3']);
    store.update('contact', 'c1', { emailaddress1: 'x@contoso.com' });
    expect(store.orderedIds('contact', compareStrings)).toBe(first);
    store.insert('contact', 'c0', {});
    expect(store.orderedIds('contact', compareStrings)).toEqual(['c0', 'c1', 'c2', 'c3']);
    store.insert('contact', 'C5', {});
    expect(store.orderedIds('contact', compareStrings)).toBeUndefined();
  });

  test('findByValues narrows through an index and still compares strictly', () => {
    const store = contacts();
    expect(store.findByValues('contact', { emailaddress1: 'ANA@contoso.com' })?.id).toBe('c1');
    expect(store.findByValues('contact', { emailaddress1: 'Ana@contoso.com' })).toBeUndefined();
  });
});
