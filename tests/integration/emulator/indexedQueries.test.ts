import type { Emulator } from '../../../emulator';
import { LEADLINK_CUSTOMIZATIONS } from '../../../schema/customizations';
import { INTERACTION, INTERACTION_TYPE } from '../../../schema/leadlink';
import { ACCOUNT, CONTACT, LEAD } from '../../../schema/names';
import { buildBatch } from './helpers/batch';
import { PREFER, send, startEmulator, type Reply } from './helpers/http';

/**
 * The indexes must not change what a query answers. Two emulators hold the same rows, one with indexes and one that
 * scans every table; every query below goes to both over HTTP and must get the same status and the same body — the
 * same rows in the same order, the same counts, the same next links page after page — before and after writes that
 * move rows between index entries (updates, deletes, a rolled-back change set, an upsert by alternate key).
 */

const NOW = new Date('2026-03-02T09:30:00Z');
let indexed: Emulator;
let scanning: Emulator;

/** An id whose order differs from the order rows are created in, so id order and table order disagree. */
function idOf(table: number, i: number): string {
  const scrambled = (Math.imul(i + 1, 2654435761) >>> 0).toString(16).padStart(8, '0');
  return `${scrambled}-${table.toString(16).padStart(4, '0')}-4000-8000-${i.toString(16).padStart(12, '0')}`;
}
const accountId = (i: number) => idOf(1, i);
const contactId = (i: number) => idOf(2, i);
const leadId = (i: number) => idOf(3, i);
const interactionId = (i: number) => idOf(4, i);

/** E-mail addresses that the collation equates in ways lower-casing alone does not. */
const EMAILS = [
  'ana.lin@contoso.com',
  'ANA.LIN@contoso.com',
  'café.ana@contoso.com',
  'cafe.ana@contoso.com',
  'CAFÉ.ANA@CONTOSO.COM',
  'strasse@fabrikam.com',
  'straße@fabrikam.com',
  ' bao.tran@fabrikam.com',
  'bao.tran@fabrikam.com',
  'priya@adventure-works.com',
  "o'brien@litwareinc.com",
];
const emailAt = (i: number): string | undefined => (i % 7 === 6 ? undefined : EMAILS[i % EMAILS.length]);

const CONTACTS = 60;
const LEADS = 130;
const INTERACTIONS = 40;

/** Sends the same request to both emulators and checks the answers are the same; returns the indexed one's. */
async function both(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
  const [a, b] = await Promise.all([
    send(indexed, method, path, { body, headers }),
    send(scanning, method, path, { body, headers }),
  ]);
  expect({ status: a.status, body: normalized(a, indexed) }).toEqual({
    status: b.status,
    body: normalized(b, scanning),
  });
  return a;
}

/** The body without what differs between any two emulators: their address, and the random $batch boundaries. */
function normalized(reply: Reply, emu: Emulator): string {
  return reply.text
    .split(emu.url)
    .join('<emulator>')
    .replace(/(batchresponse|changesetresponse)_[0-9a-f-]{36}/g, '$1');
}

/** Every page of a query on both emulators; returns the number of pages and of rows. */
async function allPages(path: string, pageSize?: number): Promise<{ pages: number; rows: number }> {
  const headers: Record<string, string> = pageSize ? { Prefer: PREFER.maxPageSize(pageSize) } : {};
  let next: string | undefined = path;
  let pages = 0;
  let rows = 0;
  while (next !== undefined) {
    const reply = await both('GET', next, undefined, headers);
    expect(reply.status).toBe(200);
    const json = reply.json as { value: unknown[]; '@odata.nextLink'?: string };
    pages++;
    rows += json.value.length;
    next = json['@odata.nextLink']?.slice(indexed.apiUrl.length);
  }
  return { pages, rows };
}

const fetchPath = (set: string, xml: string) => `${set}?fetchXml=${encodeURIComponent(xml.replace(/\n\s*/g, ''))}`;
const odataList = (values: readonly string[]) => `[${values.map((v) => `'${v.replace(/'/g, "''")}'`).join(',')}]`;

async function seed(): Promise<void> {
  for (let i = 0; i < 3; i++) await both('POST', ACCOUNT.set, { [ACCOUNT.id]: accountId(i), [ACCOUNT.name]: `A${i}` });
  for (let i = 0; i < CONTACTS; i++) {
    const email = emailAt(i);
    const parent =
      i % 4 === 0
        ? { 'parentcustomerid_account@odata.bind': `/${ACCOUNT.set}(${accountId(i % 3)})` }
        : i % 4 === 1 && i > 4
          ? { 'parentcustomerid_contact@odata.bind': `/${CONTACT.set}(${contactId(i - 4)})` }
          : {};
    await both('POST', CONTACT.set, {
      [CONTACT.id]: contactId(i),
      [CONTACT.firstName]: ['Ana', 'Bao', 'Chen', 'Dana'][i % 4],
      [CONTACT.lastName]: `Person ${i % 9}`,
      ...(email !== undefined ? { [CONTACT.email]: email } : {}),
      ...parent,
    });
  }
  for (let i = 0; i < LEADS; i++) {
    const email = emailAt(i + 3);
    await both('POST', LEAD.set, {
      [LEAD.id]: leadId(i),
      [LEAD.subject]: ['Conference', 'Webinar', 'Pricing page'][i % 3],
      [LEAD.lastName]: `Lead ${i % 11}`,
      ...(email !== undefined ? { [LEAD.email]: email } : {}),
      ...(i % 3 === 0 ? { [`${LEAD.parentContact}@odata.bind`]: `/${CONTACT.set}(${contactId(i % CONTACTS)})` } : {}),
      ...(i % 5 === 0 ? { [`${LEAD.parentAccount}@odata.bind`]: `/${ACCOUNT.set}(${accountId(i % 3)})` } : {}),
    });
  }
  for (let i = 0; i < INTERACTIONS; i++) {
    await both('POST', INTERACTION.entitySet, {
      [INTERACTION.id]: interactionId(i),
      [INTERACTION.name]: `Interaction ${i}`,
      [INTERACTION.sourceId]: `src-${i}`,
      [INTERACTION.type]: Object.values(INTERACTION_TYPE)[i % 4],
      [`${INTERACTION.contactNav}@odata.bind`]: `/${CONTACT.set}(${contactId(i % 10)})`,
      ...(i % 2 === 0 ? { [`${INTERACTION.leadNav}@odata.bind`]: `/${LEAD.set}(${leadId(i % 20)})` } : {}),
    });
  }
}

/** The queries compared, each with whether it must find rows (so that no comparison is vacuous). */
function queries(): { path: string; finds: boolean; pageSize?: number }[] {
  const account = accountId(1);
  const contact = contactId(0);
  const sel = `$select=${CONTACT.id},${CONTACT.email},${CONTACT.parentCustomerValue}`;
  const leadIds = Array.from({ length: 40 }, (_, i) => leadId(i * 3 + 1)).concat([
    '00000000-0000-4000-8000-000000000000',
  ]);
  const emails = ['ANA.LIN@CONTOSO.COM', 'cafe.ana@contoso.com', 'strasse@fabrikam.com', 'nobody@example.com'];
  const partition = `${LEAD.id} ge 40000000-0000-0000-0000-400000000000 and ${LEAD.id} lt c0000000-0000-0000-0000-c00000000000`;
  const orphans = `${LEAD.state} eq 0 and ${LEAD.parentContactValue} eq null`;
  return [
    { path: `${CONTACT.set}?${sel}&$filter=${CONTACT.email} eq 'ana.lin@contoso.com'`, finds: true },
    { path: `${CONTACT.set}?${sel}&$filter=${CONTACT.email} eq 'CAFE.ANA@contoso.com'`, finds: true },
    { path: `${CONTACT.set}?${sel}&$filter=${CONTACT.email} eq 'café.ana@contoso.com'`, finds: true },
    { path: `${CONTACT.set}?${sel}&$filter=${CONTACT.email} eq 'strasse@fabrikam.com'`, finds: true },
    { path: `${CONTACT.set}?${sel}&$filter=${CONTACT.email} eq ' bao.tran@fabrikam.com'`, finds: true },
    {
      path: `${CONTACT.set}?${sel}&$filter=${CONTACT.state} eq 0 and Microsoft.Dynamics.CRM.In(PropertyName='${CONTACT.email}',PropertyValues=${odataList(emails)})&$orderby=${CONTACT.lastName} desc`,
      finds: true,
      pageSize: 4,
    },
    {
      path: `${CONTACT.set}?${sel}&$filter=${CONTACT.parentCustomerValue} eq ${account}&$orderby=${CONTACT.firstName}&$count=true`,
      finds: true,
    },
    {
      path: `${CONTACT.set}?${sel}&$filter=(${CONTACT.email} eq 'priya@adventure-works.com' or ${CONTACT.parentCustomerValue} eq ${contact})&$count=true`,
      finds: true,
      pageSize: 3,
    },
    {
      path: `${CONTACT.set}?$select=${CONTACT.id}&$filter=Microsoft.Dynamics.CRM.In(PropertyName='${CONTACT.id}',PropertyValues=${odataList([contactId(3), contactId(7).toUpperCase(), contactId(59), leadId(0)])})`,
      finds: true,
    },
    {
      path: `${CONTACT.set}?$select=${CONTACT.id}&$filter=${CONTACT.leadsNav}/any(l: l/${LEAD.state} eq 0)&$orderby=${CONTACT.id}`,
      finds: true,
      pageSize: 5,
    },
    {
      path: `${CONTACT.set}?$select=${CONTACT.id}&$expand=${CONTACT.leadsNav}($select=${LEAD.subject};$orderby=${LEAD.id})&$filter=${CONTACT.parentCustomerValue} eq ${accountId(0)}`,
      finds: true,
    },
    { path: `${LEAD.set}?$select=${LEAD.id}&$filter=${orphans}&$orderby=${LEAD.id} asc`, finds: true, pageSize: 9 },
    {
      path: `${LEAD.set}?$select=${LEAD.id}&$filter=${orphans} and ${partition}&$orderby=${LEAD.id} asc`,
      finds: true,
      pageSize: 7,
    },
    { path: `${LEAD.set}?$select=${LEAD.id}&$filter=${orphans}`, finds: true, pageSize: 11 },
    { path: `${LEAD.set}?$select=${LEAD.id}&$filter=${orphans}&$count=true`, finds: true, pageSize: 20 },
    { path: `${LEAD.set}?$select=${LEAD.id},${LEAD.subject}&$orderby=${LEAD.id} asc&$top=6`, finds: true },
    { path: `${LEAD.set}?$select=${LEAD.id}&$orderby=${LEAD.id} desc`, finds: true, pageSize: 25 },
    {
      path: `${LEAD.set}?$select=${LEAD.id}&$filter=${orphans} and Microsoft.Dynamics.CRM.In(PropertyName='${LEAD.id}',PropertyValues=${odataList(leadIds)})&$orderby=${LEAD.id} asc`,
      finds: true,
      pageSize: 6,
    },
    {
      path: `${LEAD.set}?$select=${LEAD.id}&$filter=${LEAD.parentContactValue} eq ${contactId(3)} and ${LEAD.state} eq 0&$count=true`,
      finds: true,
    },
    { path: `${LEAD.set}?$select=${LEAD.id}&$filter=${LEAD.id} eq ${leadId(17).toUpperCase()}`, finds: true },
    {
      path: `${INTERACTION.entitySet}?$select=${INTERACTION.id}&$filter=_${INTERACTION.contact}_value eq ${contactId(2)} or _${INTERACTION.lead}_value eq ${leadId(4)}&$orderby=${INTERACTION.name}`,
      finds: true,
    },
    { path: `${INTERACTION.entitySet}(${INTERACTION.sourceId}='src-7')?$select=${INTERACTION.name}`, finds: true },
    { path: `${CONTACT.set}(${contactId(9)})/${CONTACT.leadsNav}?$select=${LEAD.subject}`, finds: true },
    { path: `${INTERACTION.entitySet}(${INTERACTION.sourceId}='SRC-7')?$select=${INTERACTION.name}`, finds: false },
    ...fetchQueries(),
  ];
}

function fetchQueries(): { path: string; finds: boolean }[] {
  const values = (items: readonly string[]) => items.map((v) => `<value>${v}</value>`).join('');
  return [
    {
      path: fetchPath(
        CONTACT.set,
        `<fetch><entity name="${CONTACT.table}"><attribute name="${CONTACT.email}"/>
          <filter><condition attribute="${CONTACT.email}" operator="in">${values(['ANA.lin@contoso.com', 'cafe.ana@contoso.com', 'straße@fabrikam.com'])}</condition></filter>
        </entity></fetch>`,
      ),
      finds: true,
    },
    {
      path: fetchPath(
        LEAD.set,
        `<fetch count="4" page="2"><entity name="${LEAD.table}"><attribute name="${LEAD.subject}"/>
          <link-entity name="${CONTACT.table}" from="${CONTACT.id}" to="${LEAD.parentContact}" alias="c" link-type="inner">
            <attribute name="${CONTACT.email}"/>
            <filter><condition attribute="${CONTACT.email}" operator="like" value="%contoso%"/></filter>
          </link-entity></entity></fetch>`,
      ),
      finds: true,
    },
    {
      path: fetchPath(
        CONTACT.set,
        `<fetch aggregate="true"><entity name="${CONTACT.table}">
          <attribute name="${CONTACT.parentCustomer}" alias="parent" groupby="true"/>
          <attribute name="${CONTACT.id}" alias="leads" aggregate="count"/>
          <link-entity name="${LEAD.table}" from="${LEAD.parentContact}" to="${CONTACT.id}" link-type="outer"/>
          <filter type="or">
            <condition attribute="${CONTACT.parentCustomer}" operator="eq" value="${accountId(0)}"/>
            <condition attribute="${CONTACT.parentCustomer}" operator="in">${values([accountId(1), contactId(1)])}</condition>
          </filter></entity></fetch>`,
      ),
      finds: true,
    },
    {
      path: fetchPath(
        LEAD.set,
        `<fetch><entity name="${LEAD.table}"><attribute name="${LEAD.id}"/>
          <filter><condition attribute="${LEAD.parentContact}" operator="eq" value="${contactId(9).toUpperCase()}"/>
            <filter type="or"><condition attribute="${LEAD.state}" operator="eq" value="0"/><condition attribute="${LEAD.id}" operator="in">${values([leadId(9), leadId(10)])}</condition></filter>
          </filter></entity></fetch>`,
      ),
      finds: true,
    },
    {
      path: fetchPath(
        INTERACTION.entitySet,
        `<fetch><entity name="${INTERACTION.table}"><attribute name="${INTERACTION.name}"/>
          <link-entity name="${LEAD.table}" from="${LEAD.id}" to="${INTERACTION.lead}" link-type="exists">
            <filter><condition attribute="${LEAD.subject}" operator="eq" value="webinar"/></filter>
          </link-entity></entity></fetch>`,
      ),
      finds: true,
    },
  ];
}

async function compareAll(): Promise<void> {
  for (const q of queries()) {
    if (/^\w+\(/.test(q.path)) {
      const reply = await both('GET', q.path);
      expect({ path: q.path, status: reply.status }).toEqual({ path: q.path, status: q.finds ? 200 : 404 });
      continue;
    }
    const seen = await allPages(q.path, q.pageSize);
    expect({ path: q.path, found: seen.rows > 0 }).toEqual({ path: q.path, found: q.finds });
    if (q.pageSize !== undefined)
      expect({ path: q.path, pages: seen.pages > 1 }).toEqual({ path: q.path, pages: true });
  }
}

beforeAll(async () => {
  const options = { customizations: LEADLINK_CUSTOMIZATIONS, now: () => NOW };
  indexed = await startEmulator(options);
  scanning = await startEmulator({ ...options, indexes: false });
  await seed();
}, 120_000);

afterAll(async () => {
  await indexed.stop();
  await scanning.stop();
});

test('the two emulators differ only in their indexes', () => {
  const probe = [{ column: CONTACT.email, values: ['ana.lin@contoso.com'] }];
  expect(indexed.store.probe(CONTACT.table, probe)?.size).toBeGreaterThan(0);
  expect(scanning.store.probe(CONTACT.table, probe)).toBeUndefined();
});

test('queries on a freshly loaded environment answer the same with and without indexes', async () => {
  await compareAll();
}, 120_000);

test('after updates, deletes, a rolled-back change set and an upsert by key, they still answer the same', async () => {
  // Indexed values change: e-mail addresses, a parent customer, a lead's parent contact.
  for (let i = 0; i < CONTACTS; i += 5) {
    await both('PATCH', `${CONTACT.set}(${contactId(i)})`, { [CONTACT.email]: EMAILS[(i + 1) % EMAILS.length] });
  }
  await both('PATCH', `${CONTACT.set}(${contactId(8)})`, {
    'parentcustomerid_account@odata.bind': `/${ACCOUNT.set}(${accountId(1)})`,
  });
  for (let i = 1; i < LEADS; i += 6) {
    await both('PATCH', `${LEAD.set}(${leadId(i)})`, {
      [`${LEAD.parentContact}@odata.bind`]: `/${CONTACT.set}(${contactId((i * 7) % CONTACTS)})`,
    });
  }
  // A delete clears the lookups that pointed at the row; a re-created id goes to the end of the table.
  await both('DELETE', `${CONTACT.set}(${contactId(6)})`);
  await both('DELETE', `${LEAD.set}(${leadId(4)})`);
  await both('POST', LEAD.set, { [LEAD.id]: leadId(4), [LEAD.subject]: 'Webinar', [LEAD.lastName]: 'Again' });
  // A change set that fails after writing: nothing it wrote stays, in the rows or in the indexes.
  const { contentType, body } = buildBatch([
    {
      changeSet: [
        {
          method: 'POST',
          url: `/api/data/v9.2/${CONTACT.set}`,
          body: { [CONTACT.id]: contactId(500), [CONTACT.email]: 'ana.lin@contoso.com', [CONTACT.lastName]: 'Ghost' },
        },
        {
          method: 'PATCH',
          url: `/api/data/v9.2/${LEAD.set}(${leadId(2)})`,
          body: { [`${LEAD.parentContact}@odata.bind`]: `/${CONTACT.set}(${contactId(500)})` },
        },
        // If-Match: * forbids the upsert, so a missing row fails the change set.
        {
          method: 'PATCH',
          url: `/api/data/v9.2/${LEAD.set}(${leadId(9999)})`,
          body: { [LEAD.subject]: 'x' },
          headers: { 'If-Match': '*' },
        },
      ],
    },
  ]);
  const failed = await both('POST', '$batch', body, { 'Content-Type': contentType });
  expect(failed.status).toBe(400);
  expect((await both('GET', `${CONTACT.set}(${contactId(500)})`)).status).toBe(404);
  // Upsert by alternate key: one updates the row the key names, the other creates a row under a new key.
  await both('PATCH', `${INTERACTION.entitySet}(${INTERACTION.sourceId}='src-7')`, { [INTERACTION.name]: 'Renamed' });
  await both('PATCH', `${INTERACTION.entitySet}(${INTERACTION.sourceId}='src-new')`, {
    [INTERACTION.id]: interactionId(901),
    [INTERACTION.name]: 'New by key',
    [`${INTERACTION.contactNav}@odata.bind`]: `/${CONTACT.set}(${contactId(2)})`,
  });
  // A duplicate alternate key is refused by both.
  const duplicate = await both('POST', INTERACTION.entitySet, {
    [INTERACTION.id]: interactionId(900),
    [INTERACTION.sourceId]: 'src-8',
  });
  expect(duplicate.status).toBeGreaterThanOrEqual(400);
  await compareAll();
}, 180_000);
