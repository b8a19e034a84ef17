import {
  contactFromLead,
  deterministicContactId,
  emailMatchingStrategy,
  type ContactCandidate,
  type IdentityContact,
  type LeadRow,
} from '../../../plugins/identity';
import { planLinks } from '../../../plugins/sweep/planLinks';
import type { MatchReads } from '../../../plugins/sweep/readMatches';

const ACCOUNT = 'aaaaaaaa-0000-4000-8000-000000000001';

function lead(id: string, fields: Partial<LeadRow> = {}): LeadRow {
  return { leadid: `${id}0000000-0000-4000-8000-000000000000`.slice(0, 36), statecode: 0, ...fields };
}

function contact(id: string, email: string, fields: Record<string, unknown> = {}): ContactCandidate {
  return { contactid: id, emailaddress1: email, statecode: 0, createdon: '2024-01-01T00:00:00Z', ...fields };
}

/** Reads where every identity contact asked for is known: the given rows, the rest absent. */
function reads(
  candidates: readonly ContactCandidate[],
  identities: readonly IdentityContact[] = [],
  leads: readonly LeadRow[] = [],
): MatchReads {
  const known = new Map<string, IdentityContact | null>(leads.map((l) => [contactFromLead(l).contactId, null]));
  for (const row of identities) known.set(row.contactid, row);
  return { candidatesFor: () => candidates, identities: known };
}

const creates = (plan: ReturnType<typeof planLinks>) => plan.leads.filter((p) => p.kind === 'create');

describe('planLinks', () => {
  it('links a lead to the contact its e-mail matches, whatever the case or spaces', () => {
    const leads = [lead('1', { emailaddress1: '  Ana.Silva@Contoso.com ' })];
    const plan = planLinks(leads, emailMatchingStrategy, reads([contact('c-1', 'ana.silva@contoso.com')], [], leads));
    expect(plan.leads.map((p) => [p.kind, p.contactId])).toEqual([['match', 'c-1']]);
    expect(creates(plan)).toEqual([]);
  });

  it("prefers the matching contact of the lead's parent account, as the webhook does", () => {
    const leads = [lead('1', { emailaddress1: 'ana@contoso.com', _parentaccountid_value: ACCOUNT })];
    const plan = planLinks(
      leads,
      emailMatchingStrategy,
      reads(
        [
          contact('c-old', 'ana@contoso.com', { createdon: '2020-01-01T00:00:00Z' }),
          contact('c-account', 'ana@contoso.com', { _parentcustomerid_value: ACCOUNT }),
        ],
        [],
        leads,
      ),
    );
    expect(plan.leads[0]?.contactId).toBe('c-account');
  });

  it('never matches an inactive contact or another address', () => {
    const leads = [lead('1', { emailaddress1: 'ana@contoso.com' })];
    const plan = planLinks(
      leads,
      emailMatchingStrategy,
      reads([contact('c-inactive', 'ana@contoso.com', { statecode: 1 }), contact('c-bo', 'bo@contoso.com')], [], leads),
    );
    expect(plan.leads.map((p) => p.kind)).toEqual(['create']);
  });

  it('makes one contact per identity, from the first lead in leadid order; the others follow it', () => {
    const leads = [
      lead('2', { emailaddress1: 'Sam@x.com', lastname: 'Second' }),
      lead('1', { emailaddress1: 'sam@x.com', lastname: 'First' }),
    ];
    const plan = planLinks(leads, emailMatchingStrategy, reads([], [], leads));
    expect(plan.leads.map((p) => [p.kind, p.lead.lastname])).toEqual([
      ['create', 'First'],
      ['follow', 'Second'],
    ]);
    const [first] = creates(plan);
    expect(first?.kind === 'create' && first.contact.record.lastname).toBe('First');
    expect(plan.leads.every((p) => p.contactId === deterministicContactId('sam@x.com', p.lead.leadid))).toBe(true);
  });

  it('a follower carries its opt-outs the creator’s contact lacks', () => {
    const leads = [
      lead('1', { emailaddress1: 'sam@x.com' }),
      lead('2', { emailaddress1: 'sam@x.com', donotemail: true }),
    ];
    const plan = planLinks(leads, emailMatchingStrategy, reads([], [], leads));
    expect(plan.leads[1]).toMatchObject({ kind: 'follow', optOuts: { donotemail: true } });
  });

  it('gives a lead without an e-mail a contact of its own, made from its lead id', () => {
    const leads = [lead('1'), lead('2')];
    const plan = planLinks(leads, emailMatchingStrategy, reads([], [], leads));
    expect(creates(plan).map((p) => p.contactId)).toEqual(leads.map((l) => contactFromLead(l).contactId));
  });

  it('links to the identity’s active contact when it exists already, with the lead’s stricter opt-outs', () => {
    const leads = [lead('1', { donotphone: true })];
    const id = contactFromLead(leads[0] as LeadRow).contactId;
    const plan = planLinks(leads, emailMatchingStrategy, reads([], [{ contactid: id, statecode: 0 }], leads));
    expect(plan.leads).toMatchObject([{ kind: 'identity', contactId: id, optOuts: { donotphone: true } }]);
  });

  it('asks to read the master of a merged identity contact, then links to it', () => {
    const leads = [lead('1', { emailaddress1: 'merged@x.com' })];
    const id = deterministicContactId('merged@x.com', '');
    const merged = { contactid: id, statecode: 1, _masterid_value: 'master-1' };
    expect(planLinks(leads, emailMatchingStrategy, reads([], [merged], leads)).reads).toEqual(['master-1']);
    const plan = planLinks(
      leads,
      emailMatchingStrategy,
      reads([], [merged, { contactid: 'master-1', statecode: 0 }], leads),
    );
    expect(plan.leads).toMatchObject([{ kind: 'identity', contactId: 'master-1' }]);
  });

  it('moves to the next generation past a deactivated identity contact with no master', () => {
    const leads = [lead('1', { emailaddress1: 'gone@x.com' })];
    const gen0 = deterministicContactId('gone@x.com', '');
    const gen1 = deterministicContactId('gone@x.com', '', 1);
    expect(
      planLinks(leads, emailMatchingStrategy, reads([], [{ contactid: gen0, statecode: 1 }], leads)).reads,
    ).toEqual([gen1]);
    const known = reads([], [{ contactid: gen0, statecode: 1 }], leads);
    (known.identities as Map<string, IdentityContact | null>).set(gen1, null);
    expect(planLinks(leads, emailMatchingStrategy, known).leads).toMatchObject([{ kind: 'create', contactId: gen1 }]);
  });

  it('flags every contact it creates marketing-only; a matched contact is only linked', () => {
    const leads = [lead('1', { emailaddress1: 'new@x.com' }), lead('2', { emailaddress1: 'old@x.com' })];
    const plan = planLinks(leads, emailMatchingStrategy, reads([contact('c-old', 'old@x.com')], [], leads));
    expect(creates(plan).map((p) => p.kind === 'create' && p.contact.record.marketingonly)).toEqual([true]);
  });
});
