/**
 * What the exclusion filters select, checked by evaluating the emitted FetchXML on every combination of the columns
 * they read (nulls included), against predicates written straight from the rules:
 *   inactive = statecode ≠ 0; opted out of bulk email = donotbulkemail true; of email = donotemail true;
 *   minor without consent = msdyn_isminor true and msdyn_isminorwithparentalconsent not true.
 * Lead conditions sit in the lead link and are not evaluated here; contact conditions are (accountrolecode = 1).
 */
import {
  compileSegment,
  parseSegmentDefinition,
  EXCLUSION_IDS,
  type ExclusionId,
  type SegmentDefinitionJson,
} from '../../../plugins/segments';
import { matchesFilter, type Row } from './helpers/evaluateFilter';
import { metadata } from './helpers/segmentMetadataFixture';
import { contactFilter, descendantsNamed } from './helpers/xmlNodes';

const base: SegmentDefinitionJson = {
  lead: { conditions: [{ column: 'subject', operator: 'eq', value: 'Contoso Ltd Conference' }] },
  contact: { conditions: [{ column: 'accountrolecode', operator: 'eq', value: 1 }] },
};

const removedBy: Readonly<Record<ExclusionId, (row: Row) => boolean>> = {
  inactiveContacts: (row) => row.statecode !== '0',
  doNotBulkEmail: (row) => row.donotbulkemail === '1',
  doNotEmail: (row) => row.donotemail === '1',
  minorsWithoutConsent: (row) => row.msdyn_isminor === '1' && row.msdyn_isminorwithparentalconsent !== '1',
};
const isDecisionMaker = (row: Row): boolean => row.accountrolecode === '1';

/** Every combination: 2 roles × 3 states (null too) × 3⁴ yes/no/null values = 486 rows. */
const rows: Row[] = [];
const yesNoNull = ['1', '0', null];
for (const accountrolecode of ['1', '2'])
  for (const statecode of ['0', '1', null])
    for (const donotbulkemail of yesNoNull)
      for (const donotemail of yesNoNull)
        for (const msdyn_isminor of yesNoNull)
          for (const msdyn_isminorwithparentalconsent of yesNoNull)
            rows.push({
              accountrolecode,
              statecode,
              donotbulkemail,
              donotemail,
              msdyn_isminor,
              msdyn_isminorwithparentalconsent,
            });

/** The rows a query's contact filter selects (all rows when it has no filter), under both readings of `ne`. */
function selected(fetchXml: string): Row[] {
  const filter = contactFilter(fetchXml);
  const strict = rows.filter((row) => !filter || matchesFilter(filter, row, { neMatchesNull: false }));
  const lenient = rows.filter((row) => !filter || matchesFilter(filter, row, { neMatchesNull: true }));
  expect(lenient).toEqual(strict);
  return strict;
}

const compileWith = (include: Partial<Record<ExclusionId, boolean>>) =>
  compileSegment(parseSegmentDefinition({ ...base, include }, metadata));

describe('exclusions, all in force (the default)', () => {
  const compiled = compileSegment(parseSegmentDefinition(base, metadata));

  it('keep exactly the decision makers no exclusion removes', () => {
    const expected = rows.filter((row) => isDecisionMaker(row) && EXCLUSION_IDS.every((id) => !removedBy[id](row)));
    expect(expected.length).toBeGreaterThan(0);
    expect(selected(compiled.fetchXml)).toEqual(expected);
    expect(selected(compiled.countFetchXml)).toEqual(expected);
  });

  it('count the base as every decision maker', () => {
    expect(selected(compiled.baseCountFetchXml)).toEqual(rows.filter(isDecisionMaker));
  });

  it.each(EXCLUSION_IDS.map((id) => [id]))('count what %s removed, overlaps included', (id) => {
    const exclusion = compiled.exclusions.find((candidate) => candidate.id === id);
    expect(selected(exclusion?.removedCountFetchXml ?? '')).toEqual(
      rows.filter((row) => isDecisionMaker(row) && removedBy[id](row)),
    );
  });

  it.each(EXCLUSION_IDS.map((id) => [id]))('count what only %s removed (what switching it off adds)', (id) => {
    const exclusion = compiled.exclusions.find((candidate) => candidate.id === id);
    const onlyThis = rows.filter(
      (row) =>
        isDecisionMaker(row) &&
        removedBy[id](row) &&
        EXCLUSION_IDS.every((other) => other === id || !removedBy[other](row)),
    );
    expect(onlyThis.length).toBeGreaterThan(0);
    expect(selected(exclusion?.onlyThisCountFetchXml ?? '')).toEqual(onlyThis);
    // The claim in its name: switching the exclusion off adds exactly these contacts.
    const switchedOff = selected(compileWith({ [id]: true }).fetchXml);
    const before = selected(compiled.fetchXml);
    expect(switchedOff.filter((row) => !before.includes(row))).toEqual(onlyThis);
  });
});

describe('each exclusion can be switched off', () => {
  const columnsOf: Readonly<Record<ExclusionId, readonly string[]>> = {
    inactiveContacts: ['statecode'],
    doNotBulkEmail: ['donotbulkemail'],
    doNotEmail: ['donotemail'],
    minorsWithoutConsent: ['msdyn_isminor', 'msdyn_isminorwithparentalconsent'],
  };
  const attributesIn = (fetchXml: string): Set<string> =>
    new Set(
      descendantsNamed(contactFilter(fetchXml) ?? { tag: '', attributes: {}, children: [], text: '' }, 'condition').map(
        (condition) => condition.attributes.attribute ?? '',
      ),
    );

  it.each(EXCLUSION_IDS.map((id) => [id]))(
    'include.%s = true lets those contacts in and drops it from the report',
    (id) => {
      const compiled = compileWith({ [id]: true });
      const attributes = attributesIn(compiled.fetchXml);
      for (const column of columnsOf[id]) expect(attributes.has(column)).toBe(false);
      for (const other of EXCLUSION_IDS.filter((candidate) => candidate !== id)) {
        for (const column of columnsOf[other]) expect(attributes.has(column)).toBe(true);
      }
      expect(compiled.exclusions.map((exclusion) => exclusion.id)).toEqual(
        EXCLUSION_IDS.filter((other) => other !== id),
      );
      const others = EXCLUSION_IDS.filter((other) => other !== id);
      expect(selected(compiled.fetchXml)).toEqual(
        rows.filter((row) => isDecisionMaker(row) && others.every((other) => !removedBy[other](row))),
      );
    },
  );

  it('include.x = false is the same as leaving it out', () => {
    expect(compileWith({ doNotEmail: false })).toEqual(compileSegment(parseSegmentDefinition(base, metadata)));
  });

  it('with every exclusion off and no contact conditions, the contact has no filter at all', () => {
    const compiled = compileSegment(
      parseSegmentDefinition(
        {
          lead: base.lead,
          include: { inactiveContacts: true, doNotBulkEmail: true, doNotEmail: true, minorsWithoutConsent: true },
        },
        metadata,
      ),
    );
    expect(contactFilter(compiled.fetchXml)).toBeUndefined();
    expect(compiled.exclusions).toEqual([]);
    expect(compiled.countFetchXml).toBe(compiled.baseCountFetchXml);
    expect(selected(compiled.fetchXml)).toEqual(rows);
  });
});
