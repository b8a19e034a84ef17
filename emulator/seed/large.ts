import type { EmulatorContext } from '../http/context';
import type { StoredValue } from '../store/values';
import { createRow } from '../writes/RowWriter';
import { emulatorId, PLATFORM_IDS } from './platform';

const DAY_MS = 86_400_000;
/** One account per this many contacts. */
const CONTACTS_PER_ACCOUNT = 50;

const FIRST = ['Ana', 'Bao', 'Chen', 'Dana', 'Eli', 'Farah', 'Goran', 'Hana', 'Ivan', 'June', 'Kofi', 'Lan', 'Mai'];
const LAST = ['Nguyen', 'Lin', 'Bauer', 'Okafor', 'Silva', 'Tran', 'Kowalski', 'Haddad', 'Sato', 'Moreau', 'Pham'];
const DOMAINS = ['contoso.example.com', 'fabrikam.example.com', 'adventure-works.example.com', 'litware.example.com'];
const TOPICS = ['Contoso Ltd Conference', 'Spring webinar', 'Pricing page', 'Trade show booth', 'Newsletter sign-up'];
const JOBS = ['Purchasing manager', 'CTO', 'Engineer', 'Analyst', 'Director'];

/**
 * A large synthetic environment for demos and benchmarks (`--seed large:N`): N contacts (one account per 50, 2%
 * without an e-mail, 3% inactive) and N leads created over the last year — 70% with their parent contact, 30% orphans,
 * half of those with an existing contact's address typed in another case, so a backfill has work to do. Rows go
 * through the same rules as Web API writes; ids and values are derived from the row's number, so every run holds the
 * same environment.
 */
export function seedLarge(ctx: EmulatorContext, size: number): void {
  const now = ctx.now().getTime();
  const insert = (table: string, i: number, values: Record<string, StoredValue>, daysAgo: number) =>
    createRow(
      {
        catalog: ctx.catalog,
        store: ctx.store,
        userId: PLATFORM_IDS.salesUser,
        now: () => new Date(now - daysAgo * DAY_MS),
      },
      ctx.catalog.table(table),
      { values, collectionBinds: [] },
      largeId(table, i),
    );
  const ref = (table: string, i: number) => ({ id: largeId(table, i), logicalName: table });

  const accounts = Math.ceil(size / CONTACTS_PER_ACCOUNT);
  for (let a = 0; a < accounts; a++) {
    insert(
      'account',
      a,
      { name: `${pick(LAST, a)} ${pick(['Consulting', 'Traders', 'Labs', 'Works'], a * 5)} ${a}` },
      400,
    );
  }
  for (let i = 0; i < size; i++) {
    const { first, last } = person(i);
    insert(
      'contact',
      i,
      {
        firstname: first,
        lastname: last,
        jobtitle: pick(JOBS, i * 11),
        ...(largeContactHasEmail(i) ? { emailaddress1: largeContactEmail(i) } : {}),
        ...(i % 5 < 3 ? { parentcustomerid: ref('account', i % accounts) } : {}),
        ...(i % 33 === 5 ? { statecode: 1, statuscode: 2 } : {}),
      },
      365,
    );
  }
  for (let i = 0; i < size; i++) {
    // Out of every 20 leads: 3 orphans typed with an existing contact's address, 3 orphans with a new one, 14 linked.
    const slot = i % 20;
    const contact = (i * 7919) % size;
    const matched = largeContactHasEmail(contact) ? contact : (contact + 1) % size;
    const { first, last } = person(slot < 3 ? matched : contact);
    const email =
      slot < 3
        ? largeContactEmail(matched).toUpperCase()
        : slot < 6
          ? `${first}.${last}.l${i}@${pick(DOMAINS, i)}`.toLowerCase()
          : largeContactEmail(contact);
    insert(
      'lead',
      i,
      {
        subject: pick(TOPICS, i * 3),
        firstname: first,
        lastname: last,
        companyname: `${last} ${pick(['Consulting', 'Traders', 'Labs'], i)}`,
        emailaddress1: email,
        leadsourcecode: 1 + (i % 8),
        ...(slot < 6 ? {} : { parentcontactid: ref('contact', contact) }),
      },
      i % 365,
    );
  }
}

/** Every 50th synthetic contact has no e-mail address. */
export function largeContactHasEmail(i: number): boolean {
  return i % 50 !== 7;
}

/** The e-mail address of the i-th synthetic contact (when it has one). */
export function largeContactEmail(i: number): string {
  const { first, last } = person(i);
  return `${first}.${last}.${i}@${pick(DOMAINS, i * 13)}`.toLowerCase();
}

function person(i: number): { first: string; last: string } {
  return { first: pick(FIRST, i), last: pick(LAST, i * 7 + 3) };
}

/** The id of the i-th synthetic row of a table (UUID v5, so stable across runs). */
export function largeId(table: string, i: number): string {
  return emulatorId(`large:${table}:${i}`);
}

function pick<T>(items: readonly T[], i: number): T {
  return items[Math.abs(i) % items.length] as T;
}
