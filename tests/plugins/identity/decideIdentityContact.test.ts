import {
  decideIdentityContact,
  deterministicContactId,
  MAX_CONTACT_GENERATIONS,
  optOutsToApply,
  planLeadContact,
  emailMatchingStrategy,
  type IdentityContact,
  type LeadRow,
} from '../../../plugins/identity';

const EMAIL = 'ana@example.com';
const idOf = (generation: number) => deterministicContactId(EMAIL, '', generation);
const active = (contactid: string, extra: Partial<IdentityContact> = {}): IdentityContact => ({
  contactid,
  statecode: 0,
  ...extra,
});
const inactive = (contactid: string, master?: string): IdentityContact => ({
  contactid,
  statecode: 1,
  _masterid_value: master ?? null,
});
const known = (...entries: [string, IdentityContact | null][]) => new Map(entries);

describe('decideIdentityContact', () => {
  it('asks for generation 0 first, creates it when absent, links it when active', () => {
    expect(decideIdentityContact(idOf, known())).toEqual({ kind: 'read', contactIds: [idOf(0)] });
    expect(decideIdentityContact(idOf, known([idOf(0), null]))).toEqual({
      kind: 'create',
      contactId: idOf(0),
      generation: 0,
    });
    expect(decideIdentityContact(idOf, known([idOf(0), active(idOf(0))]))).toMatchObject({
      kind: 'link',
      contactId: idOf(0),
      via: 'identity',
    });
  });

  it('follows masterid from an inactive contact, through a chain, to the active master', () => {
    const chain = known([idOf(0), inactive(idOf(0), 'm1')], ['m1', inactive('m1', 'm2')], ['m2', active('m2')]);
    expect(decideIdentityContact(idOf, chain)).toMatchObject({ kind: 'link', contactId: 'm2', via: 'master' });
    expect(decideIdentityContact(idOf, known([idOf(0), inactive(idOf(0), 'm1')]))).toEqual({
      kind: 'read',
      contactIds: ['m1'],
    });
  });

  it('moves to the next generation past an inactive contact without an active master (missing, inactive, a loop)', () => {
    for (const masters of [
      known([idOf(0), inactive(idOf(0))]),
      known([idOf(0), inactive(idOf(0), 'gone')], ['gone', null]),
      known([idOf(0), inactive(idOf(0), 'a')], ['a', inactive('a', idOf(0))]),
    ]) {
      expect(decideIdentityContact(idOf, masters)).toEqual({ kind: 'read', contactIds: [idOf(1)] });
      masters.set(idOf(1), null);
      expect(decideIdentityContact(idOf, masters)).toEqual({ kind: 'create', contactId: idOf(1), generation: 1 });
    }
  });

  it('gives every generation its own id, the same for every attempt, and refuses past the last', () => {
    const ids = Array.from({ length: MAX_CONTACT_GENERATIONS }, (_, g) => idOf(g));
    expect(new Set(ids).size).toBe(MAX_CONTACT_GENERATIONS);
    expect(idOf(1)).toBe(deterministicContactId(EMAIL, 'f5a8e2c1-0000-4000-8000-000000000001', 1));
    // Generation 1 of one address is never generation 0 of another ('a@x 1' cannot be an address: no spaces).
    expect(idOf(1)).not.toBe(deterministicContactId('ana@example.com1', ''));
    const all = new Map(ids.map((id) => [id, inactive(id)]));
    expect(() => decideIdentityContact(idOf, all)).toThrow(/reactivate one/);
    expect(() => deterministicContactId(EMAIL, '', MAX_CONTACT_GENERATIONS)).toThrow(RangeError);
  });
});

describe('optOutsToApply', () => {
  it('is the lead’s opt-outs the contact allows, and never loosens', () => {
    expect(
      optOutsToApply(
        { donotemail: true, donotphone: true, donotfax: false, followemail: false },
        { donotemail: true, donotphone: false, donotfax: true },
      ),
    ).toEqual({ donotphone: true });
    expect(optOutsToApply({ donotbulkemail: false }, { donotbulkemail: true })).toEqual({});
  });
});

describe('planLeadContact', () => {
  const lead: LeadRow = { leadid: 'f5a8e2c1-0000-4000-8000-000000000001', emailaddress1: EMAIL, donotsendmm: true };

  it('prefers an active match, with the lead’s stricter opt-outs', () => {
    const candidate = { contactid: 'C-1', emailaddress1: EMAIL, statecode: 0, donotsendmm: false };
    expect(planLeadContact(lead, emailMatchingStrategy, [candidate], known())).toEqual({
      kind: 'match',
      contactId: 'c-1',
      optOuts: { donotsendmm: true },
    });
  });

  it('never matches an inactive candidate: the identity decides', () => {
    const candidate = { contactid: 'c-1', emailaddress1: EMAIL, statecode: 1 };
    expect(planLeadContact(lead, emailMatchingStrategy, [candidate], known([idOf(0), null]))).toMatchObject({
      kind: 'create',
      generation: 0,
      contact: { contactId: idOf(0), record: { donotsendmm: true, marketingonly: true } },
    });
  });
});
