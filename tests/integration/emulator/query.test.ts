import type { Emulator } from '../../../emulator';
import { ACCOUNT, CONTACT, LEAD } from '../../../schema/names';
import { create, errorOf, get, objectOf, PREFER, rowsOf, startEmulator, type JsonObject } from './helpers/http';
import { ANNOTATION, LEAD_COLUMN, RATING_LABEL } from './helpers/names';

/**
 * OData query options over HTTP, as the Dataverse Web API answers them ("Query data using the Web API"): each option
 * narrows, orders or shapes a small known set of leads and contacts.
 */

let emu: Emulator;
const ids: Record<string, string> = {};

const EMPLOYEES = LEAD_COLUMN.employees;
const CONFERENCE = 'Contoso Ltd Conference';

beforeAll(async () => {
  emu = await startEmulator();
  ids.adventure = await create(emu, ACCOUNT.set, { [ACCOUNT.name]: 'Adventure Works' });
  ids.king = await create(emu, CONTACT.set, {
    [CONTACT.firstName]: 'Robert',
    [CONTACT.lastName]: 'King',
    [CONTACT.email]: 'robert@contoso.com',
    [CONTACT.role]: 1,
    [`${CONTACT.parentCustomerAccountNav}@odata.bind`]: `/${ACCOUNT.set}(${ids.adventure})`,
  });
  ids.callahan = await create(emu, CONTACT.set, {
    [CONTACT.firstName]: 'Laura',
    [CONTACT.lastName]: 'Callahan',
    [CONTACT.role]: 2,
  });
  const lead = (
    first: string,
    last: string,
    subject: string,
    employees: number,
    rating: number,
    extra: JsonObject = {},
  ) =>
    create(emu, LEAD.set, {
      [LEAD.firstName]: first,
      [LEAD.lastName]: last,
      [LEAD.subject]: subject,
      [EMPLOYEES]: employees,
      [LEAD.rating]: rating,
      ...extra,
    });
  const parent = (id: string | undefined) => ({ [`${LEAD.parentContact}@odata.bind`]: `/${CONTACT.set}(${id ?? ''})` });
  ids.davolio = await lead('Nancy', 'Davolio', CONFERENCE, 50, 1, {
    [LEAD.email]: 'nancy@contoso.com',
    ...parent(ids.king),
  });
  ids.obrien = await lead('Seán', "O'Brien", 'Trade show visit', 200, 2, { [LEAD.email]: 'sean@fabrikam.com' });
  ids.fuller = await lead('Andrew', 'Fuller', CONFERENCE, 10, 3, parent(ids.callahan));
  ids.leverling = await lead('Janet', 'Leverling', 'Webinar', 1000, 1, { [LEAD.email]: 'janet@contoso.com' });
});

afterAll(() => emu.stop());

const leadsWhere = async (filter: string): Promise<string[]> => {
  const reply = await get(emu, `${LEAD.set}?$select=${LEAD.lastName}&$filter=${encodeURIComponent(filter)}`);
  return rowsOf(reply)
    .map((r) => String(r[LEAD.lastName]))
    .sort();
};

describe('$select', () => {
  test('returns the selected columns, the primary key and the ETag, nothing else', async () => {
    const rows = rowsOf(await get(emu, `${LEAD.set}?$select=${LEAD.subject},${LEAD.lastName}`));
    expect(rows).toHaveLength(4);
    for (const row of rows) {
      expect(Object.keys(row).sort()).toEqual(['@odata.etag', LEAD.id, LEAD.lastName, LEAD.subject].sort());
      expect(row['@odata.etag']).toMatch(/^W\/"\d+"$/);
    }
  });

  test('a lookup is read back as _<name>_value holding the related id', async () => {
    const row = objectOf(await get(emu, `${LEAD.set}(${ids.davolio})?$select=${LEAD.parentContactValue}`));
    expect(row[LEAD.parentContactValue]).toBe(ids.king);
  });

  test('the answer carries an OData context naming the entity set', async () => {
    const body = objectOf(await get(emu, `${LEAD.set}?$select=${LEAD.subject}`));
    const context = String(body['@odata.context']);
    const prefix = `${emu.apiUrl}$metadata#${LEAD.set}`;
    // Dataverse adds the selected columns, `#leads(subject)`; the emulator may leave them out.
    expect(context.startsWith(prefix)).toBe(true);
    expect(['', '(']).toContain(context.charAt(prefix.length));
  });
});

describe('$filter', () => {
  test.each([
    [`${LEAD.subject} eq '${CONFERENCE}'`, ['Davolio', 'Fuller']],
    [`${LEAD.subject} ne '${CONFERENCE}'`, ['Leverling', "O'Brien"]],
    [`${EMPLOYEES} gt 50`, ['Leverling', "O'Brien"]],
    [`${EMPLOYEES} ge 50`, ['Davolio', 'Leverling', "O'Brien"]],
    [`${EMPLOYEES} lt 50`, ['Fuller']],
    [`${EMPLOYEES} le 50`, ['Davolio', 'Fuller']],
    [`${EMPLOYEES} gt 10 and ${LEAD.rating} eq 1`, ['Davolio', 'Leverling']],
    [`${LEAD.rating} eq 2 or ${LEAD.lastName} eq 'Fuller'`, ['Fuller', "O'Brien"]],
    [
      `(${EMPLOYEES} gt 10 and ${LEAD.rating} eq 1) or ${LEAD.lastName} eq 'Fuller'`,
      ['Davolio', 'Fuller', 'Leverling'],
    ],
    [`not contains(${LEAD.subject},'Contoso')`, ['Leverling', "O'Brien"]],
    [`${LEAD.email} eq null`, ['Fuller']],
    [`${LEAD.parentContactValue} ne null`, ['Davolio', 'Fuller']],
    [`contains(${LEAD.email},'contoso')`, ['Davolio', 'Leverling']],
    [`startswith(${LEAD.firstName},'J')`, ['Leverling']],
    [
      `Microsoft.Dynamics.CRM.In(PropertyName='${LEAD.lastName}',PropertyValues=['Fuller','Leverling'])`,
      ['Fuller', 'Leverling'],
    ],
  ])('%s', async (filter, expected) => {
    expect(await leadsWhere(filter)).toEqual(expected);
  });

  test('a lookup compared with a GUID literal (no quotes)', async () => {
    expect(await leadsWhere(`${LEAD.parentContactValue} eq ${ids.king ?? ''}`)).toEqual(['Davolio']);
  });

  test("O'Brien: the single quote doubled inside the literal matches the name", async () => {
    expect(await leadsWhere(`${LEAD.lastName} eq 'O''Brien'`)).toEqual(["O'Brien"]);
  });

  test("O'Brien: an undoubled quote ends the literal early and is a syntax error", async () => {
    const reply = await get(emu, `${LEAD.set}?$filter=${encodeURIComponent(`${LEAD.lastName} eq 'O'Brien'`)}`);
    expect(reply.status).toBe(400);
    expect(errorOf(reply).message).toMatch(/position \d+ in 'lastname eq 'O'Brien''/);
  });

  test("In with parameter aliases: the values a JSON array, so O'Brien needs no escaping", async () => {
    const filter = 'Microsoft.Dynamics.CRM.In(PropertyName=@p1,PropertyValues=@p2)';
    const query = `$select=${LEAD.lastName}&$filter=${encodeURIComponent(filter)}&@p1=${encodeURIComponent(`'${LEAD.lastName}'`)}&@p2=${encodeURIComponent('["O\'Brien","Fuller"]')}`;
    const names = rowsOf(await get(emu, `${LEAD.set}?${query}`)).map((r) => r[LEAD.lastName]);
    expect(names.sort()).toEqual(['Fuller', "O'Brien"]);
  });

  test('any() over a collection-valued navigation property keeps the parents with a matching child', async () => {
    const filter = `${CONTACT.leadsNav}/any(l:l/${EMPLOYEES} gt 20)`;
    const rows = rowsOf(
      await get(emu, `${CONTACT.set}?$select=${CONTACT.lastName}&$filter=${encodeURIComponent(filter)}`),
    );
    expect(rows.map((r) => r[CONTACT.lastName])).toEqual(['King']);
  });

  test('an unknown column in $filter is rejected naming it', async () => {
    const reply = await get(emu, `${LEAD.set}?$filter=${encodeURIComponent('nosuchcolumn eq 1')}`);
    expect(reply.status).toBe(400);
    expect(errorOf(reply).message).toBe(
      "Could not find a property named 'nosuchcolumn' on type 'Microsoft.Dynamics.CRM.lead'.",
    );
  });
});

describe('$orderby and $top', () => {
  const lastNames = async (query: string) =>
    rowsOf(await get(emu, `${LEAD.set}?$select=${LEAD.lastName}&${query}`)).map((r) => r[LEAD.lastName]);

  test('descending by a number', async () => {
    expect(await lastNames(`$orderby=${EMPLOYEES} desc`)).toEqual(['Leverling', "O'Brien", 'Davolio', 'Fuller']);
  });

  test('ascending by text', async () => {
    expect(await lastNames(`$orderby=${LEAD.lastName}`)).toEqual(['Davolio', 'Fuller', 'Leverling', "O'Brien"]);
  });

  test('by two keys: the second orders ties of the first', async () => {
    expect(await lastNames(`$orderby=${LEAD.rating} asc,${EMPLOYEES} desc`)).toEqual([
      'Leverling',
      'Davolio',
      "O'Brien",
      'Fuller',
    ]);
  });

  test('$top takes the first rows of the order and gives no nextLink', async () => {
    const reply = await get(emu, `${LEAD.set}?$select=${LEAD.lastName}&$orderby=${EMPLOYEES} asc&$top=2`);
    expect(rowsOf(reply).map((r) => r[LEAD.lastName])).toEqual(['Fuller', 'Davolio']);
    expect(objectOf(reply)['@odata.nextLink']).toBeUndefined();
  });
});

describe('$expand', () => {
  test('a single-valued navigation property nests the related row (null when unset)', async () => {
    const rows = rowsOf(
      await get(
        emu,
        `${LEAD.set}?$select=${LEAD.lastName}&$expand=${LEAD.parentContact}($select=${CONTACT.fullName})&$orderby=${LEAD.lastName}`,
      ),
    );
    const davolio = rows.find((r) => r[LEAD.lastName] === 'Davolio');
    const obrien = rows.find((r) => r[LEAD.lastName] === "O'Brien");
    expect(davolio?.[LEAD.parentContact]).toMatchObject({ [CONTACT.fullName]: 'Robert King', [CONTACT.id]: ids.king });
    expect(obrien?.[LEAD.parentContact]).toBeNull();
  });

  test('a collection-valued navigation property nests the related rows as an array', async () => {
    const row = objectOf(
      await get(
        emu,
        `${CONTACT.set}(${ids.king})?$select=${CONTACT.lastName}&$expand=${CONTACT.leadsNav}($select=${LEAD.subject})`,
      ),
    );
    const leads = row[CONTACT.leadsNav] as JsonObject[];
    expect(leads.map((l) => l[LEAD.id])).toEqual([ids.davolio]);
    expect(leads[0]?.[LEAD.subject]).toBe(CONFERENCE);
  });

  test('an unknown navigation property cannot be expanded', async () => {
    const reply = await get(emu, `${LEAD.set}?$expand=nosuchnav`);
    expect(reply.status).toBe(400);
    expect(errorOf(reply).message).toContain("'nosuchnav'");
  });
});

describe('$count', () => {
  test('@odata.count is the number of matching rows, whatever $top returns', async () => {
    const filter = encodeURIComponent(`${LEAD.subject} eq '${CONFERENCE}'`);
    const all = objectOf(await get(emu, `${LEAD.set}?$select=${LEAD.subject}&$count=true&$filter=${filter}`));
    expect(all['@odata.count']).toBe(2);
    expect(all.value).toHaveLength(2);
    const top = objectOf(await get(emu, `${LEAD.set}?$select=${LEAD.subject}&$count=true&$top=1&$filter=${filter}`));
    expect(top['@odata.count']).toBe(2);
    expect(top.value).toHaveLength(1);
  });

  test('without $count=true there is no count', async () => {
    expect(objectOf(await get(emu, `${LEAD.set}?$select=${LEAD.subject}`))['@odata.count']).toBeUndefined();
  });
});

describe('Prefer: odata.include-annotations', () => {
  const path = () => `${LEAD.set}(${ids.davolio})?$select=${LEAD.rating},${LEAD.parentContactValue}`;
  const annotated = (column: string, annotation: string) => `${column}@${annotation}`;

  test('"*" adds formatted values and the lookup annotations, and says the preference was applied', async () => {
    const reply = await get(emu, path(), { Prefer: PREFER.allAnnotations });
    expect(reply.headers.get('preference-applied')).toBe(PREFER.allAnnotations);
    const row = objectOf(reply);
    expect(row[LEAD.rating]).toBe(1);
    expect(row[annotated(LEAD.rating, ANNOTATION.formatted)]).toBe(RATING_LABEL[1]);
    expect(row[annotated(LEAD.parentContactValue, ANNOTATION.formatted)]).toBe('Robert King');
    expect(row[annotated(LEAD.parentContactValue, ANNOTATION.lookupLogicalName)]).toBe(CONTACT.table);
    expect(row[annotated(LEAD.parentContactValue, ANNOTATION.navigationProperty)]).toBe(LEAD.parentContact);
  });

  test('naming only the formatted value leaves the lookup annotations out', async () => {
    const row = objectOf(await get(emu, path(), { Prefer: `odata.include-annotations="${ANNOTATION.formatted}"` }));
    expect(row[annotated(LEAD.rating, ANNOTATION.formatted)]).toBe(RATING_LABEL[1]);
    expect(row[annotated(LEAD.parentContactValue, ANNOTATION.lookupLogicalName)]).toBeUndefined();
  });

  test('without the preference no annotation is sent but the ETag', async () => {
    const reply = await get(emu, path());
    expect(reply.headers.get('preference-applied')).toBeNull();
    const row = objectOf(reply);
    expect(Object.keys(row).filter((k) => k.includes('@'))).toEqual(['@odata.context', '@odata.etag']);
  });
});
