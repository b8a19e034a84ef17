import { validate, version } from 'uuid';
import {
  contactIdentityName,
  deterministicContactId,
  LEADLINK_CONTACT_NAMESPACE,
  normalizeEmail,
} from '../../../plugins/identity';

const LEAD_ID = '2bc713ab-f924-4501-a815-b2abae5e5110';

describe('deterministicContactId', () => {
  it('is a UUID v5 in LeadLink’s fixed namespace', () => {
    const id = deterministicContactId('ana@example.com', LEAD_ID);
    expect(validate(id)).toBe(true);
    expect(version(id)).toBe(5);
    expect(LEADLINK_CONTACT_NAMESPACE).toBe('6f1c3b2a-8d4e-5a7b-9c0d-4e1f2a3b5c6d');
  });

  it('is the same for every spelling of one address, whatever the lead', () => {
    const a = deterministicContactId(normalizeEmail(' Ana@Example.com'), LEAD_ID);
    const b = deterministicContactId(normalizeEmail('ana@example.COM '), 'f5a8e2c1-0000-4000-8000-000000000001');
    expect(a).toBe(b);
  });

  it('differs between addresses', () => {
    expect(deterministicContactId('ana@example.com', LEAD_ID)).not.toBe(
      deterministicContactId('bo@example.com', LEAD_ID),
    );
  });

  it('uses lead:<leadid> without an address, one contact per lead, in any case of the GUID', () => {
    expect(contactIdentityName(undefined, LEAD_ID.toUpperCase())).toBe(`lead:${LEAD_ID}`);
    expect(deterministicContactId(undefined, LEAD_ID)).toBe(deterministicContactId(undefined, LEAD_ID.toUpperCase()));
    expect(deterministicContactId(undefined, LEAD_ID)).not.toBe(
      deterministicContactId(undefined, 'f5a8e2c1-0000-4000-8000-000000000001'),
    );
  });

  it('refuses an address that did not come from normalizeEmail, and a lead id that is not a GUID', () => {
    expect(() => deterministicContactId('Ana@Example.com', LEAD_ID)).toThrow(/normalized/);
    expect(() => deterministicContactId(undefined, 'lead-1')).toThrow(/GUID, got "lead-1"/);
  });
});
