import type { ODataRecord } from '../../dataverse';
import { CONTACT, LEAD } from '../../schema/names';

export interface SyntheticOptions {
  readonly leads: number;
  /** Sales contacts that exist before the run. */
  readonly existingContacts: number;
  /** Share of leads whose e-mail is an existing contact's, typed in another case or with stray spaces. */
  readonly matchShare: number;
  /** Share of leads that share a new e-mail (and the person's name) with one to three other leads. */
  readonly sharedShare: number;
  /** Share of leads without an e-mail. */
  readonly noEmailShare: number;
  readonly seed?: number;
}

export interface SyntheticData {
  /** Existing sales contacts, each with its contactid. */
  readonly contacts: readonly ODataRecord[];
  /** Open orphan leads, each with its leadid. */
  readonly leads: readonly ODataRecord[];
}

const FIRST = [
  'Ana',
  'Bao',
  'Chen',
  'Dana',
  'Eli',
  'Farah',
  'Goran',
  'Hana',
  'Ivan',
  'June',
  'Kofi',
  'Lan',
  'Mai',
  'Nils',
  'Olu',
  'Priya',
];
const LAST = [
  'Nguyen',
  'Lin',
  'Bauer',
  'Okafor',
  'Silva',
  'Tran',
  'Kowalski',
  'Haddad',
  'Sato',
  'Moreau',
  'Ivanova',
  'Pham',
  "O'Brien",
];
const DOMAINS = ['contoso.com', 'fabrikam.com', 'adventure-works.com', 'litwareinc.com', 'northwindtraders.com'];
const TOPICS = ['Contoso Ltd Conference', 'Spring webinar', 'Pricing page', 'Trade show booth', 'Newsletter sign-up'];

/**
 * Reproducible test and benchmark data: orphan leads as an import would bring them — some sharing an e-mail, some
 * matching existing contacts, some without an e-mail — and the existing contacts. The same seed gives the same ids.
 */
export function syntheticLeads(options: SyntheticOptions): SyntheticData {
  const random = mulberry32(options.seed ?? 20250704);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const contacts: ODataRecord[] = [];
  for (let i = 0; i < options.existingContacts; i++) {
    const first = pick(FIRST);
    const last = pick(LAST);
    contacts.push({
      [CONTACT.id]: uuid(random),
      [CONTACT.firstName]: first,
      [CONTACT.lastName]: last,
      [CONTACT.email]: `${first}.${last}.${i}@${pick(DOMAINS)}`.toLowerCase(),
    });
  }
  const leads: ODataRecord[] = [];
  let person = 0;
  while (leads.length < options.leads) {
    const roll = random();
    const first = pick(FIRST);
    const last = pick(LAST);
    let email: string | undefined;
    let copies = 1;
    if (roll < options.noEmailShare) {
      email = undefined;
    } else if (roll < options.noEmailShare + options.matchShare && contacts.length > 0) {
      const contact = pick(contacts);
      const address = String(contact[CONTACT.email]);
      // As people type it: another case, stray spaces — the same identity once normalized.
      email = random() < 0.5 ? ` ${address.toUpperCase()}` : address.replace(/^./, (c) => c.toUpperCase());
    } else {
      email = `${first}.${last}.p${person}@${pick(DOMAINS)}`.toLowerCase();
      if (roll < options.noEmailShare + options.matchShare + options.sharedShare) copies = 2 + Math.floor(random() * 3);
    }
    person++;
    // One person's preference, whichever of their leads a contact is made from.
    const optedOut = random() < 0.1;
    for (let c = 0; c < copies && leads.length < options.leads; c++) {
      leads.push({
        [LEAD.id]: uuid(random),
        [LEAD.subject]: pick(TOPICS),
        [LEAD.firstName]: first,
        [LEAD.lastName]: last,
        [LEAD.companyName]: `${last} Consulting`,
        [LEAD.jobTitle]: 'Purchasing manager',
        [LEAD.businessPhone]: `+1 425 555 ${String(1000 + (person % 9000)).padStart(4, '0')}`,
        address1_city: 'Redmond',
        ...(email !== undefined ? { [LEAD.email]: email } : {}),
        ...(optedOut ? { [LEAD.doNotBulkEmail]: true } : {}),
      });
    }
  }
  return { contacts, leads };
}

/** A small, seedable PRNG (mulberry32): the data must be the same on every run. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A version-4-shaped GUID from the seeded source. */
function uuid(random: () => number): string {
  const bytes = Array.from({ length: 16 }, () => Math.floor(random() * 256));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
