/** Orders for the lists: best score first, unscored last, then by name so equal scores keep a stable order. */
import type { ContactSummary, LeadSummary, RankedContact } from './insightsModel';

function byName(a: string | null, b: string | null): number {
  return (a ?? '\uffff').localeCompare(b ?? '\uffff');
}

function byScoreDescending(a: number | null, b: number | null): number {
  if (a === null || b === null) return (a === null ? 1 : 0) - (b === null ? 1 : 0);
  return b - a;
}

/** A lead counts as scored only when the engine has scored it (scoredOn set); an unscored 0 is not a score. */
export function effectiveScore(lead: LeadSummary): number | null {
  return lead.scoredOn === null ? null : lead.score;
}

export function rankLeads(leads: readonly LeadSummary[]): LeadSummary[] {
  return [...leads].sort((a, b) => byScoreDescending(effectiveScore(a), effectiveScore(b)) || byName(a.name, b.name));
}

/**
 * Contacts ranked by their best lead's score. Contacts known only through a lead (the contact list is capped) are
 * included too, so a high-scoring contact is never missing from the ranking.
 */
export function rankContacts(
  contacts: readonly ContactSummary[],
  leads: readonly LeadSummary[],
  contactsFromLeads: readonly ContactSummary[],
): RankedContact[] {
  const all = new Map<string, ContactSummary>();
  for (const contact of [...contacts, ...contactsFromLeads]) if (!all.has(contact.id)) all.set(contact.id, contact);
  const ranked = [...all.values()].map((contact): RankedContact => {
    const own = leads.filter((lead) => lead.contactId === contact.id);
    const scores = own.map(effectiveScore).filter((score): score is number => score !== null);
    return { contact, bestScore: scores.length === 0 ? null : Math.max(...scores), leadCount: own.length };
  });
  return ranked.sort((a, b) => byScoreDescending(a.bestScore, b.bestScore) || byName(a.contact.name, b.contact.name));
}
