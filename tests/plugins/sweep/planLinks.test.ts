import { contactFromLead, emailMatchingStrategy, type ContactCandidate, type LeadRow } from '../../../plugins/identity';
import { planLinks } from '../../../plugins/sweep/planLinks';
import type { MatchReads } from '../../../plugins/sweep/readMatches';

const ACCOUNT = 'aaaaaaaa-0000-4000-8000-000000000001';

function lead(id: string, fields: Partial<LeadRow> = {}): LeadRow {
  return { leadid: `${id}0000000-0000-4000-8000-000000000000`.slice(0, 36), statecode: 0, ...fields };
}

function contact(id: string, email: string, fields: Record<string, unknown> = {}): ContactCandidate {
  return { contactid: id, emailaddress1: email, statecode: 0, createdon: '2024-01-01T00:00:00Z', ...fields };
}

function reads(candidates: readonly ContactCandidate[], existingIds: readonly string[] = []): MatchReads {
  return { candidatesFor: () => candidates, existingIds: new Set(existingIds) };
}

describe('planLinks', () => {
  it('links a lead to the contact its e-mail matches, whatever the case or spaces', () => {
    const plan = planLinks(
      [lead('1', { emailaddress1: '  Ana.Silva@Contoso.com ' })],
      emailMatchingStrategy,
      reads([contact('c-1', 'ana.silva@contoso.com')]),
    );
    expect(plan.leads.map((p) => [p.kind, p.contactId])).toEqual([['match', 'c-1']]);
    expect(plan.newContacts).toEqual([]);
  });

  it("prefers the matching contact of the lead's parent account, as the webhook does", () => {
    const plan = planLinks(
      [lead('1', { emailaddress1: 'ana@contoso.com', _parentaccountid_value: ACCOUNT })],
      emailMatchingStrategy,
      reads([
        contact('c-old', 'ana@contoso.com', { createdon: '2020-01-01T00:00:00Z' }),
        contact('c-account', 'ana@contoso.com', { _parentcustomerid_value: ACCOUNT }),
      ]),
    );
    expect(plan.leads[0]?.contactId).toBe('c-account');
  });

  it('never matches an inactive contact or another address', () => {
    const plan = planLinks(
      [lead('1', { emailaddress1: 'ana@contoso.com' })],
      emailMatchingStrategy,
      reads([contact('c-inactive', 'ana@contoso.com', { statecode: 1 }), contact('c-other', 'bao@contoso.com')]),
    );
    expect(plan.leads[0]?.kind).toBe('create');
  });

  it('makes one contact per identity, from the first lead in leadid order, with the deterministic id', () => {
    const second = lead('2', { emailaddress1: 'Lan@Fabrikam.com', firstname: 'Second' });
    const first = lead('1', { emailaddress1: 'lan@fabrikam.com', firstname: 'First' });
    const plan = planLinks([second, first], emailMatchingStrategy, reads([]));
    expect(plan.newContacts).toHaveLength(1);
    expect(plan.newContacts[0]).toEqual(contactFromLead(first));
    expect(plan.leads.map((p) => [p.lead.leadid, p.kind, p.contactId])).toEqual([
      [first.leadid, 'create', contactFromLead(first).contactId],
      [second.leadid, 'create', contactFromLead(first).contactId],
    ]);
  });

  it('gives a lead without an e-mail a contact of its own, made from its lead id', () => {
    const a = lead('1', { lastname: 'Nguyen' });
    const b = lead('2', { lastname: 'Nguyen' });
    const plan = planLinks([a, b], emailMatchingStrategy, reads([]));
    expect(plan.newContacts.map((c) => c.contactId)).toEqual([
      contactFromLead(a).contactId,
      contactFromLead(b).contactId,
    ]);
    expect(new Set(plan.newContacts.map((c) => c.contactId)).size).toBe(2);
  });

  it('links to our contact when it exists already instead of creating it again', () => {
    const orphan = lead('1', { lastname: 'Nguyen' });
    const id = contactFromLead(orphan).contactId;
    const plan = planLinks([orphan], emailMatchingStrategy, reads([], [id]));
    expect(plan.leads.map((p) => [p.kind, p.contactId])).toEqual([['existing', id]]);
    expect(plan.newContacts).toEqual([]);
  });

  it('flags every contact it creates marketing-only; a matched contact is only linked', () => {
    const plan = planLinks(
      [lead('1', { emailaddress1: 'new@contoso.com' }), lead('2', { emailaddress1: 'known@contoso.com' })],
      emailMatchingStrategy,
      reads([contact('c-known', 'known@contoso.com')]),
    );
    expect(plan.newContacts.map((c) => c.record.marketingonly)).toEqual([true]);
    expect(plan.leads.find((p) => p.kind === 'match')?.contactId).toBe('c-known');
  });
});
