import { buildQuery } from '../../../dataverse/client/odata/buildQuery';
import { emailMatchingStrategy, type ContactCandidate, type LeadRow } from '../../../plugins/identity';

const ACCOUNT = 'aaaaaaaa-0000-4000-8000-000000000001';
const lead = (email: string | null, account?: string): LeadRow => ({
  leadid: '2bc713ab-f924-4501-a815-b2abae5e5110',
  emailaddress1: email,
  ...(account ? { _parentaccountid_value: account } : {}),
});
const contact = (id: string, email: string, extra: Partial<ContactCandidate> = {}): ContactCandidate => ({
  contactid: id,
  emailaddress1: email,
  statecode: 0,
  createdon: '2025-01-01T00:00:00Z',
  ...extra,
});

describe('emailMatchingStrategy', () => {
  it('keys a lead by its normalized e-mail, and cannot match a lead without one', () => {
    expect(emailMatchingStrategy.keyOf(lead(' Sam@Example.com'))).toBe('sam@example.com');
    expect(emailMatchingStrategy.keyOf(lead(null))).toBeUndefined();
    expect(emailMatchingStrategy.keyOf(lead('n/a'))).toBeUndefined();
  });

  it('queries active contacts for many keys at once with In(), a quote kept intact in its JSON array', () => {
    const query = emailMatchingStrategy.candidateQuery(["o'brien@example.com", 'sam@example.com', 'sam@example.com']);
    expect(query.filter).toBe(
      `statecode eq 0 and Microsoft.Dynamics.CRM.In(PropertyName='emailaddress1',PropertyValues=["o'brien@example.com","sam@example.com"])`,
    );
    expect(query.select).toEqual(
      expect.arrayContaining(['contactid', 'emailaddress1', '_parentcustomerid_value', 'createdon']),
    );
    expect(query.orderBy).toEqual(['createdon asc', 'contactid asc']);
    // The client builds a valid, encoded URL from it.
    expect(buildQuery(query)).toContain("%22o'brien%40example.com%22");
  });

  it('refuses an empty key list', () => {
    expect(() => emailMatchingStrategy.candidateQuery([])).toThrow(/at least one/);
  });

  it('keeps only candidates whose address equals the lead’s after normalization — not the collation’s near misses', () => {
    const exact = contact('cccccccc-0000-4000-8000-000000000002', 'SAM@example.com ');
    const accentMiss = contact('cccccccc-0000-4000-8000-000000000001', 'såm@example.com');
    const otherKey = contact('cccccccc-0000-4000-8000-000000000000', 'bo@example.com');
    expect(emailMatchingStrategy.choose(lead('sam@example.com'), [accentMiss, otherKey, exact])?.contactid).toBe(
      exact.contactid,
    );
    expect(emailMatchingStrategy.choose(lead('sam@example.com'), [accentMiss, otherKey])).toBeUndefined();
  });

  it('matches a decomposed accent on the contact to a precomposed one on the lead', () => {
    const nfd = contact('cccccccc-0000-4000-8000-000000000003', 'jose\u0301@example.com');
    expect(emailMatchingStrategy.choose(lead('jos\u00e9@example.com'), [nfd])?.contactid).toBe(nfd.contactid);
  });

  it('never matches an inactive contact, and prefers the lead’s account among several', () => {
    const inactive = contact('cccccccc-0000-4000-8000-000000000001', 'sam@example.com', {
      statecode: 1,
      createdon: '2020-01-01T00:00:00Z',
    });
    const oldest = contact('cccccccc-0000-4000-8000-000000000002', 'sam@example.com', {
      createdon: '2021-01-01T00:00:00Z',
    });
    const ofAccount = contact('cccccccc-0000-4000-8000-000000000003', 'sam@example.com', {
      _parentcustomerid_value: ACCOUNT,
    });
    expect(emailMatchingStrategy.choose(lead('sam@example.com'), [inactive, oldest, ofAccount])?.contactid).toBe(
      oldest.contactid,
    );
    expect(
      emailMatchingStrategy.choose(lead('sam@example.com', ACCOUNT), [inactive, oldest, ofAccount])?.contactid,
    ).toBe(ofAccount.contactid);
  });
});
