import {
  parseSegmentDefinition,
  parseSegmentJson,
  segmentMetadataFromTables,
  SegmentDefinitionError,
  type SegmentIssue,
} from '../../../plugins/segments';
import {
  ACCOUNT_TABLE,
  CONTACT_TABLE,
  LEAD_TABLE,
  metadata,
  metadataWithContact,
} from './helpers/segmentMetadataFixture';

const lead = (...conditions: unknown[]) => ({ lead: { conditions } });
const subjectIs = { column: 'subject', operator: 'eq', value: 'Contoso Ltd Conference' };

/** The issues a definition is rejected with, as `path: message` lines. */
function issuesOf(raw: unknown, using = metadata): string[] {
  try {
    parseSegmentDefinition(raw, using);
  } catch (error) {
    if (error instanceof SegmentDefinitionError)
      return error.issues.map((issue: SegmentIssue) => `${issue.path}: ${issue.message}`);
    throw error;
  }
  throw new Error('expected the definition to be rejected');
}

describe('parseSegmentDefinition: a valid definition', () => {
  it('normalizes values to what FetchXML carries and fills in the defaults', () => {
    const definition = parseSegmentDefinition(
      {
        name: '  Contoso decision makers ',
        lead: {
          conditions: [
            subjectIs,
            { column: 'createdon', operator: 'last-x-days', value: '30' },
            { column: 'leadsourcecode', operator: 'eq', value: 'web' },
            { column: 'parentcontactid', operator: 'eq', value: '{6A1B2C3D-0000-4000-8000-00000000ABCD}' },
            { column: 'budgetamount', operator: 'ge', value: 1500.5 },
            { column: 'donotemail', operator: 'eq', value: false },
          ],
        },
        contact: { type: 'or', conditions: [{ column: 'accountrolecode', operator: 'eq', value: 'Decision Maker' }] },
      },
      metadata,
    );
    expect(definition).toEqual({
      name: 'Contoso decision makers',
      lead: {
        kind: 'group',
        type: 'and',
        conditions: [
          { kind: 'condition', column: 'subject', operator: 'eq', values: ['Contoso Ltd Conference'] },
          { kind: 'condition', column: 'createdon', operator: 'last-x-days', values: ['30'] },
          { kind: 'condition', column: 'leadsourcecode', operator: 'eq', values: ['8'] },
          {
            kind: 'condition',
            column: 'parentcontactid',
            operator: 'eq',
            values: ['6a1b2c3d-0000-4000-8000-00000000abcd'],
          },
          { kind: 'condition', column: 'budgetamount', operator: 'ge', values: ['1500.5'] },
          { kind: 'condition', column: 'donotemail', operator: 'eq', values: ['0'] },
        ],
      },
      contact: {
        kind: 'group',
        type: 'or',
        conditions: [{ kind: 'condition', column: 'accountrolecode', operator: 'eq', values: ['1'] }],
      },
      include: { inactiveContacts: false, doNotBulkEmail: false, doNotEmail: false, minorsWithoutConsent: false },
    });
  });

  it('parses a JSON file the same way', () => {
    const json = JSON.stringify({ ...lead(subjectIs), include: { doNotEmail: true } });
    expect(parseSegmentJson(json, metadata)).toEqual(parseSegmentDefinition(JSON.parse(json), metadata));
    expect(parseSegmentJson(json, metadata).include.doNotEmail).toBe(true);
  });

  it('needs the columns an exclusion reads, unless that exclusion is switched off', () => {
    const withoutMinorColumns = metadataWithContact((columns) =>
      columns.filter((column) => !column.name.startsWith('msdyn_')),
    );
    expect(issuesOf(lead(subjectIs), withoutMinorColumns)).toEqual([
      "include.minorsWithoutConsent: this exclusion needs contact.msdyn_isminor, which this environment's contact table does not have; set it to true to go without it",
      "include.minorsWithoutConsent: this exclusion needs contact.msdyn_isminorwithparentalconsent, which this environment's contact table does not have; set it to true to go without it",
    ]);
    const definition = parseSegmentDefinition(
      { ...lead(subjectIs), include: { minorsWithoutConsent: true } },
      withoutMinorColumns,
    );
    expect(definition.include.minorsWithoutConsent).toBe(true);
  });
});

describe('parseSegmentDefinition: metadata errors name the bad part', () => {
  it('a column that does not exist, with a suggestion', () => {
    expect(issuesOf(lead(subjectIs, { column: 'subjet', operator: 'eq', value: 'x' }))).toEqual([
      "lead.conditions[1].column: 'subjet' is not a column of lead (close names: subject)",
    ]);
  });

  it('a column of another table, without a far-fetched suggestion', () => {
    expect(
      issuesOf({
        ...lead(subjectIs),
        contact: { conditions: [{ column: 'leadsourcecode', operator: 'eq', value: 8 }] },
      }),
    ).toEqual(["contact.conditions[0].column: 'leadsourcecode' is not a column of contact"]);
  });

  it('an operator that does not suit the column type', () => {
    expect(issuesOf(lead({ column: 'leadsourcecode', operator: 'like', value: '%8%' }))).toEqual([
      "lead.conditions[0].operator: operator 'like' does not apply to lead.leadsourcecode (a choice column); use one of: eq, ne, in, not-in, null, not-null",
    ]);
    expect(issuesOf(lead({ column: 'subject', operator: 'last-x-days', value: 30 }))[0]).toMatch(
      /^lead\.conditions\[0\]\.operator: operator 'last-x-days' does not apply to lead\.subject \(a text column\); use one of: eq, ne, like, /,
    );
    expect(issuesOf(lead({ column: 'createdon', operator: 'begins-with', value: '2025' }))[0]).toMatch(
      /operator 'begins-with' does not apply to lead\.createdon \(a date and time column\)/,
    );
  });

  it('an operator FetchXML does not have', () => {
    expect(issuesOf(lead({ column: 'subject', operator: 'begins_with', value: 'Contoso' }))).toEqual([
      "lead.conditions[0].operator: 'begins_with' is not a FetchXML operator a segment can use (did you mean 'begins-with'?)",
    ]);
    expect(issuesOf(lead({ column: 'subject', operator: 'eq-userid' }))).toEqual([
      "lead.conditions[0].operator: 'eq-userid' is not a FetchXML operator a segment can use",
    ]);
  });

  it('an option value the choice does not have, listing the options', () => {
    expect(
      issuesOf({
        ...lead(subjectIs),
        contact: { conditions: [{ column: 'accountrolecode', operator: 'eq', value: 9 }] },
      }),
    ).toEqual([
      'contact.conditions[0].value: 9 is not an option of accountrolecode; options: 1 (Decision Maker), 2 (Employee), 3 (Influencer)',
    ]);
    expect(issuesOf(lead({ column: 'leadsourcecode', operator: 'in', value: [8, 'Webinar', 11] }))).toEqual([
      'lead.conditions[0].value[1]: "Webinar" is not an option of leadsourcecode; options: 1 (Advertisement), 2 (Employee Referral), 3 (External Referral), 4 (Partner), 5 (Public Relations), 6 (Seminar), 7 (Trade Show), 8 (Web), 9 (Word of Mouth), 10 (Other)',
      'lead.conditions[0].value[2]: 11 is not an option of leadsourcecode; options: 1 (Advertisement), 2 (Employee Referral), 3 (External Referral), 4 (Partner), 5 (Public Relations), 6 (Seminar), 7 (Trade Show), 8 (Web), 9 (Word of Mouth), 10 (Other)',
    ]);
  });

  it('a table the metadata does not know', () => {
    const noAccount = segmentMetadataFromTables([LEAD_TABLE, CONTACT_TABLE]);
    expect(
      issuesOf(
        { ...lead(subjectIs), account: { conditions: [{ column: 'name', operator: 'eq', value: 'x' }] } },
        noAccount,
      ),
    ).toEqual(["account: no metadata for table 'account'"]);
  });

  it('a missing contact table, once', () => {
    const noContact = segmentMetadataFromTables([LEAD_TABLE, ACCOUNT_TABLE]);
    expect(issuesOf(lead(subjectIs), noContact)).toEqual([
      "contact: no metadata for table 'contact', which the exclusions read",
    ]);
    expect(
      issuesOf(
        { ...lead(subjectIs), contact: { conditions: [{ column: 'jobtitle', operator: 'not-null' }] } },
        noContact,
      ),
    ).toEqual(["contact: no metadata for table 'contact'"]);
  });

  it('a column that cannot be read', () => {
    const secretive = segmentMetadataFromTables([
      LEAD_TABLE,
      CONTACT_TABLE,
      {
        ...ACCOUNT_TABLE,
        columns: [...ACCOUNT_TABLE.columns, { name: 'x_hidden', type: 'string', validForRead: false }],
      },
    ]);
    expect(
      issuesOf(
        { ...lead(subjectIs), account: { conditions: [{ column: 'x_hidden', operator: 'not-null' }] } },
        secretive,
      ),
    ).toEqual(['account.conditions[0].column: account.x_hidden cannot be read, so it cannot be filtered on']);
  });
});

describe('parseSegmentDefinition: values', () => {
  it.each([
    [
      { column: 'createdon', operator: 'last-x-days', value: 0 },
      'expected a positive whole number (a count of days, weeks …), got 0',
    ],
    [
      { column: 'createdon', operator: 'last-x-days', value: 'thirty' },
      'expected a positive whole number (a count of days, weeks …), got "thirty"',
    ],
    [{ column: 'createdon', operator: 'on-or-after', value: '2025-02-30' }, '"2025-02-30" is not a real date'],
    [
      { column: 'createdon', operator: 'on', value: '2025-02-03T10:00:00Z' },
      'expected a date such as 2025-03-31, got "2025-02-03T10:00:00Z"',
    ],
    [
      { column: 'createdon', operator: 'gt', value: '03/02/2025' },
      'expected a date or date-time such as 2025-03-31 or 2025-03-31T09:00:00Z, got "03/02/2025"',
    ],
    [{ column: 'numberofemployees', operator: 'gt', value: 12.5 }, 'expected a whole number, got 12.5'],
    [{ column: 'budgetamount', operator: 'gt', value: '1e6' }, 'expected a number such as 1500 or 12.5, got "1e6"'],
    [{ column: 'donotemail', operator: 'eq', value: 'maybe' }, 'expected true or false, got "maybe"'],
    [
      { column: 'parentcontactid', operator: 'eq', value: 'not-a-guid' },
      'expected a GUID such as 00000000-0000-0000-0000-000000000001, got "not-a-guid"',
    ],
    [{ column: 'subject', operator: 'eq', value: 42 }, 'expected text, got 42'],
    [
      { column: 'subject', operator: 'eq', value: '' },
      "an empty text matches nothing in Dataverse (it stores empty as null); use operator 'null'",
    ],
  ])('rejects %j: %s', (condition, message) => {
    expect(issuesOf(lead(condition))).toEqual([`lead.conditions[0].value: ${message}`]);
  });

  it.each([
    [{ column: 'subject', operator: 'null', value: 'x' }, "operator 'null' takes no value"],
    [{ column: 'subject', operator: 'eq' }, "operator 'eq' takes one value"],
    [{ column: 'subject', operator: 'eq', value: ['a', 'b'] }, "operator 'eq' takes one value, not a list"],
    [{ column: 'subject', operator: 'in', value: 'a' }, "operator 'in' takes a list of values, e.g. [8, 9]"],
    [{ column: 'subject', operator: 'in', value: [] }, "operator 'in' takes a list of values, e.g. [8, 9]"],
    [
      { column: 'createdon', operator: 'between', value: ['2025-01-01'] },
      "operator 'between' takes a list of two values, e.g. [from, to]",
    ],
  ])('checks the shape of the value for %j', (condition, message) => {
    expect(issuesOf(lead(condition))).toEqual([`lead.conditions[0].value: ${message}`]);
  });
});

describe('parseSegmentDefinition: structure', () => {
  it('requires lead conditions', () => {
    expect(issuesOf({ contact: { conditions: [{ column: 'accountrolecode', operator: 'eq', value: 1 }] } })).toEqual([
      'lead: required: a segment chooses contacts through their leads, so it needs lead conditions',
    ]);
    expect(issuesOf({ lead: { conditions: [] } })).toEqual([
      'lead.conditions: a group needs a list of at least one condition',
    ]);
  });

  it('reports unknown keys with a suggestion', () => {
    expect(issuesOf({ leads: { conditions: [subjectIs] }, ...lead(subjectIs) })).toEqual([
      "leads: unknown key (did you mean 'lead'?); allowed here: name, description, lead, contact, account, include",
    ]);
    expect(issuesOf(lead({ ...subjectIs, operater: 'eq' }))).toEqual([
      "lead.conditions[0].operater: unknown key (did you mean 'operator'?); allowed here: column, operator, value",
    ]);
    expect(issuesOf({ ...lead(subjectIs), include: { doNotEmails: true, doNotEmail: 'yes' } })).toEqual([
      "include.doNotEmails: unknown key (did you mean 'doNotEmail'?); allowed here: inactiveContacts, doNotBulkEmail, doNotEmail, minorsWithoutConsent",
      'include.doNotEmail: expected true or false, got "yes"',
    ]);
  });

  it('checks group types and items, at nested paths', () => {
    expect(
      issuesOf(
        lead(subjectIs, {
          type: 'xor',
          conditions: [subjectIs, { type: 'or', conditions: [{ column: 'nope', operator: 'eq', value: 1 }, 'x'] }],
        }),
      ),
    ).toEqual([
      'lead.conditions[1].type: expected "and" or "or", got "xor"',
      "lead.conditions[1].conditions[1].conditions[0].column: 'nope' is not a column of lead",
      'lead.conditions[1].conditions[1].conditions[1]: expected a condition such as {"column": "subject", "operator": "eq", "value": "…"}, got "x"',
    ]);
  });

  it('limits how deep groups nest', () => {
    let group: unknown = { conditions: [subjectIs] };
    for (let depth = 0; depth < 9; depth++) group = { type: 'or', conditions: [group] };
    expect(issuesOf({ lead: group })).toEqual([`lead${'.conditions[0]'.repeat(8)}: groups nest at most 8 deep`]);
  });

  it('collects every problem, not only the first, in one readable message', () => {
    const raw = {
      name: '',
      lead: {
        conditions: [
          { column: 'subjet', operator: 'eq', value: 'x' },
          { column: 'createdon', operator: 'last-x-days', value: -3 },
        ],
      },
      contact: { conditions: [{ column: 'accountrolecode', operator: 'eq', value: 7 }] },
    };
    expect(() => parseSegmentDefinition(raw, metadata)).toThrow(SegmentDefinitionError);
    expect(issuesOf(raw)).toHaveLength(4);
    try {
      parseSegmentDefinition(raw, metadata);
    } catch (error) {
      expect((error as Error).name).toBe('SegmentDefinitionError');
      expect((error as Error).message).toContain(
        'The segment definition is not valid:\n- name: expected a non-empty text, got ""\n- lead.conditions[0].column: \'subjet\' is not a column of lead (close names: subject)',
      );
    }
  });

  it('rejects what is not a definition', () => {
    // Long values are shortened in messages.
    expect(issuesOf([subjectIs])).toEqual([
      '(definition): expected an object with "lead", "contact", …, got [{"column":"subject","operator":"eq","value":"Contoso Ltd…',
    ]);
    expect(() => parseSegmentJson('{"lead": ', metadata)).toThrow(
      /^The segment definition is not valid:\n- \(file\): not valid JSON$/,
    );
  });
});
