import {
  parseSegmentDefinition,
  segmentFromFlags,
  segmentJsonFromFlags,
  SegmentDefinitionError,
} from '../../../plugins/segments';
import { metadata } from './helpers/segmentMetadataFixture';

const issuesOf = (run: () => unknown): string[] => {
  try {
    run();
  } catch (error) {
    if (error instanceof SegmentDefinitionError) return error.issues.map((issue) => `${issue.path}: ${issue.message}`);
    throw error;
  }
  throw new Error('expected the flags to be rejected');
};

describe('segmentJsonFromFlags', () => {
  it('turns each flag into a condition, all required', () => {
    expect(
      segmentJsonFromFlags({
        name: 'Contoso decision makers',
        lead: [
          'subject=Contoso Ltd Conference',
          'createdon:last-x-days=30',
          'leadsourcecode!=10',
          'leadsourcecode:in=7, 8',
        ],
        contact: ['accountrolecode=1', 'emailaddress1:not-null'],
        account: ['address1_city:begins-with=Red'],
        include: ['doNotBulkEmail'],
      }),
    ).toEqual({
      name: 'Contoso decision makers',
      lead: {
        type: 'and',
        conditions: [
          { column: 'subject', operator: 'eq', value: 'Contoso Ltd Conference' },
          { column: 'createdon', operator: 'last-x-days', value: '30' },
          { column: 'leadsourcecode', operator: 'ne', value: '10' },
          { column: 'leadsourcecode', operator: 'in', value: ['7', '8'] },
        ],
      },
      contact: {
        type: 'and',
        conditions: [
          { column: 'accountrolecode', operator: 'eq', value: '1' },
          { column: 'emailaddress1', operator: 'not-null' },
        ],
      },
      account: { type: 'and', conditions: [{ column: 'address1_city', operator: 'begins-with', value: 'Red' }] },
      include: { doNotBulkEmail: true },
    });
  });

  it('keeps = and : after the first = as part of the value', () => {
    expect(segmentJsonFromFlags({ lead: ['subject=Q&A: a=b'] }).lead.conditions).toEqual([
      { column: 'subject', operator: 'eq', value: 'Q&A: a=b' },
    ]);
  });

  it('says what is wrong with a flag, and that --lead is needed', () => {
    expect(issuesOf(() => segmentJsonFromFlags({ lead: ['subject'], contact: ['=1'] }))).toEqual([
      '--lead "subject": expected column=value, column!=value, column:operator=value or column:operator',
      '--contact "=1": the column name is missing before the operator or =',
    ]);
    expect(issuesOf(() => segmentJsonFromFlags({ contact: ['accountrolecode=1'] }))).toEqual([
      '--lead: required: a segment chooses contacts through their leads, e.g. --lead "subject=…"',
    ]);
  });
});

describe('segmentFromFlags', () => {
  it('gives the same definition as the equivalent JSON file', () => {
    const fromFlags = segmentFromFlags(
      { lead: ['subject=Contoso Ltd Conference'], contact: ['accountrolecode=Decision Maker'] },
      metadata,
    );
    const fromJson = parseSegmentDefinition(
      {
        lead: { conditions: [{ column: 'subject', operator: 'eq', value: 'Contoso Ltd Conference' }] },
        contact: { conditions: [{ column: 'accountrolecode', operator: 'eq', value: 1 }] },
      },
      metadata,
    );
    expect(fromFlags).toEqual(fromJson);
  });

  it('reports metadata problems against the flag that caused them', () => {
    expect(
      issuesOf(() =>
        segmentFromFlags(
          {
            lead: ['subject=Contoso', 'subjet=Contoso', 'leadsourcecode:in=8,99'],
            contact: ['accountrolecode:like=%1%'],
            include: ['doNotEmails'],
          },
          metadata,
        ),
      ),
    ).toEqual([
      "--include doNotEmails: unknown key (did you mean 'doNotEmail'?); allowed here: inactiveContacts, doNotBulkEmail, doNotEmail, minorsWithoutConsent",
      '--lead "subjet=Contoso": \'subjet\' is not a column of lead (close names: subject)',
      '--lead "leadsourcecode:in=8,99" (value 2): 99 is not an option of leadsourcecode; options: 1 (Advertisement), 2 (Employee Referral), 3 (External Referral), 4 (Partner), 5 (Public Relations), 6 (Seminar), 7 (Trade Show), 8 (Web), 9 (Word of Mouth), 10 (Other)',
      '--contact "accountrolecode:like=%1%": operator \'like\' does not apply to contact.accountrolecode (a choice column); use one of: eq, ne, in, not-in, null, not-null',
    ]);
  });
});
