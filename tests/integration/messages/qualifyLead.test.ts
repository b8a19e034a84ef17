/**
 * The QualifyLead action as the emulator runs it over HTTP: what it creates and links, what it refuses (changing
 * nothing), and the webhook events it raises — its own QualifyLead event (LeadId, no Target; CreatedEntities), the
 * Creates of what it made, and a lead Update only when the platform switch says so.
 */
import { DataverseClient } from '../../../dataverse';
import { parseRemoteExecutionContext, isEntityReference, isOptionValue } from '../../../dataverse/webhook';
import type { Emulator } from '../../../emulator';
import { ACCOUNT, CONTACT, LEAD, OPPORTUNITY } from '../../../schema/names';
import { create, errorOf, get, objectOf, post, rowsOf, startEmulator } from '../emulator/helpers/http';
import { CODE, MESSAGE, WEBHOOK_HEADER } from '../emulator/helpers/names';
import { keyed, registerEndpoint, registerStep, webhookKey } from '../emulator/helpers/register';
import { WebhookListener, type ReceivedWebhook } from '../emulator/helpers/webhookListener';

const QUALIFY = 'Microsoft.Dynamics.CRM.QualifyLead';
const ALL = { CreateAccount: true, CreateContact: true, CreateOpportunity: true, Status: 3 };
let emu: Emulator;
let listener: WebhookListener;

beforeAll(async () => {
  emu = await startEmulator();
  listener = await WebhookListener.start();
  const endpoint = await registerEndpoint(emu, webhookKey(listener.url, 'qualify-test-key'));
  for (const [message, table] of [
    [MESSAGE.qualifyLead, LEAD.table],
    [MESSAGE.update, LEAD.table],
    [MESSAGE.create, CONTACT.table],
    [MESSAGE.create, OPPORTUNITY.table],
  ] as const) {
    await registerStep(emu, { endpointId: endpoint, message, table });
  }
});

afterAll(async () => {
  await emu.stop();
  await listener.stop();
});

beforeEach(async () => {
  await emu.webhooks.idle();
  listener.clear();
  emu.platform.configure({ qualifyLeadRaisesLeadUpdate: false });
});

const qualify = (leadId: string, body: unknown = ALL) => post(emu, `${LEAD.set}(${leadId})/${QUALIFY}`, body);
const row = async (set: string, id: string) => objectOf(await get(emu, `${set}(${id})`));
const count = async (set: string) => rowsOf(await get(emu, `${set}?$select=createdon`)).length;
const events = (message: string, recordId: string): ReceivedWebhook[] =>
  listener.received.filter((w) => w.json.MessageName === message && w.json.PrimaryEntityId === recordId);

async function newLead(extra: Record<string, unknown> = {}): Promise<string> {
  return create(emu, LEAD.set, {
    subject: 'Booth visit',
    firstname: 'Ana',
    lastname: 'Silva',
    companyname: 'Fabrikam',
    emailaddress1: 'ana.silva@fabrikam.example',
    donotemail: true,
    ...extra,
  });
}

describe('qualifying an open lead', () => {
  test('creates account, contact and opportunity from the lead, links them, and closes the lead as Qualified', async () => {
    const leadId = await newLead();
    const reply = await qualify(leadId);
    expect(reply.status).toBe(200);
    const created = rowsOf(reply);
    expect(created.map((r) => r['@odata.type'])).toEqual([
      '#Microsoft.Dynamics.CRM.account',
      '#Microsoft.Dynamics.CRM.contact',
      '#Microsoft.Dynamics.CRM.opportunity',
    ]);
    const [accountId, contactId, opportunityId] = [
      created[0]?.accountid,
      created[1]?.contactid,
      created[2]?.opportunityid,
    ];
    const lead = await row(LEAD.set, leadId);
    expect(lead).toMatchObject({
      statecode: 1,
      statuscode: 3,
      _parentaccountid_value: accountId,
      _parentcontactid_value: contactId,
      _qualifyingopportunityid_value: opportunityId,
    });
    expect(await row(ACCOUNT.set, String(accountId))).toMatchObject({
      name: 'Fabrikam',
      _originatingleadid_value: leadId,
    });
    expect(await row(CONTACT.set, String(contactId))).toMatchObject({
      fullname: 'Ana Silva',
      emailaddress1: 'ana.silva@fabrikam.example',
      donotemail: true,
      _parentcustomerid_value: accountId,
      _originatingleadid_value: leadId,
    });
    expect(await row(OPPORTUNITY.set, String(opportunityId))).toMatchObject({
      name: 'Booth visit',
      _originatingleadid_value: leadId,
      _customerid_value: accountId,
      _parentcontactid_value: contactId,
    });
  });

  test('keeps the contact the lead has: no second contact, the opportunity goes to the existing one', async () => {
    const existing = await create(emu, CONTACT.set, { lastname: 'Existing' });
    const leadId = await newLead({ 'parentcontactid@odata.bind': `/contacts(${existing})` });
    const contacts = await count(CONTACT.set);
    const reply = await qualify(leadId, { ...ALL, CreateAccount: false });
    expect(rowsOf(reply).map((r) => r['@odata.type'])).toEqual(['#Microsoft.Dynamics.CRM.opportunity']);
    expect(await count(CONTACT.set)).toBe(contacts);
    const opportunityId = String(rowsOf(reply)[0]?.opportunityid);
    expect(await row(OPPORTUNITY.set, opportunityId)).toMatchObject({
      _parentcontactid_value: existing,
      _customerid_value: existing,
    });
    expect(await row(LEAD.set, leadId)).toMatchObject({ statecode: 1, _parentcontactid_value: existing });
  });

  test('with every flag false it only closes the lead and returns no record', async () => {
    const leadId = await newLead();
    const reply = await qualify(leadId, {
      ...ALL,
      CreateAccount: false,
      CreateContact: false,
      CreateOpportunity: false,
    });
    expect(rowsOf(reply)).toEqual([]);
    expect(await row(LEAD.set, leadId)).toMatchObject({ statecode: 1, statuscode: 3, _parentcontactid_value: null });
  });
});

describe('refusals change nothing', () => {
  async function unchanged(leadId: string, work: () => Promise<void>): Promise<void> {
    const before = await row(LEAD.set, leadId);
    const counts = [await count(ACCOUNT.set), await count(CONTACT.set), await count(OPPORTUNITY.set)];
    await work();
    expect(await row(LEAD.set, leadId)).toEqual(before);
    expect([await count(ACCOUNT.set), await count(CONTACT.set), await count(OPPORTUNITY.set)]).toEqual(counts);
  }

  test('a lead already qualified', async () => {
    const leadId = await newLead();
    expect((await qualify(leadId)).status).toBe(200);
    await unchanged(leadId, async () => {
      const reply = await qualify(leadId);
      expect(reply.status).toBe(400);
      expect(errorOf(reply)).toEqual({
        code: CODE.invalidArgument,
        message: 'The lead is closed. You cannot convert or qualify a lead that is already closed.',
      });
    });
  });

  test('a disqualified lead', async () => {
    const leadId = await newLead();
    await send(leadId, { statecode: 2, statuscode: 4 });
    await unchanged(leadId, async () => {
      expect((await qualify(leadId)).status).toBe(400);
    });
  });

  test('a status that is not a Qualified status reason, after nothing was created', async () => {
    const leadId = await newLead();
    await unchanged(leadId, async () => {
      const reply = await qualify(leadId, { ...ALL, Status: 4 });
      expect(reply.status).toBe(400);
      expect(errorOf(reply)).toEqual({
        code: CODE.invalidArgument,
        message: expect.stringMatching(/^4 is not a valid status code/),
      });
    });
  });

  test('a missing flag, a wrong type, an unknown parameter', async () => {
    const leadId = await newLead();
    await unchanged(leadId, async () => {
      const { CreateContact: _omitted, ...withoutContact } = ALL;
      expect(errorOf(await qualify(leadId, withoutContact))).toEqual({
        code: CODE.invalidArgument,
        message: "Required field 'CreateContact' is missing.",
      });
      expect(errorOf(await qualify(leadId, { ...ALL, Status: '3' })).code).toBe(CODE.payload);
      expect(errorOf(await qualify(leadId, { ...ALL, Bogus: 1 }))).toEqual({
        code: CODE.payload,
        message:
          "The parameter 'Bogus' in the request payload is not a valid parameter for the operation 'QualifyLead'.",
      });
    });
  });

  test('a lead that does not exist: 404', async () => {
    const reply = await qualify('00000000-0000-4000-8000-000000000001');
    expect(reply.status).toBe(404);
    expect(errorOf(reply).code).toBe(CODE.recordNotFound);
  });
});

describe('its webhook events', () => {
  test('QualifyLead on the lead: LeadId and the flags, no Target; CreatedEntities; plus the Creates, no lead Update', async () => {
    const leadId = await newLead();
    const created = rowsOf(await qualify(leadId, { ...ALL, CreateAccount: false }));
    await emu.webhooks.idle();
    const [event] = events(MESSAGE.qualifyLead, leadId);
    if (!event) throw new Error('no QualifyLead event');
    expect(event.headers[WEBHOOK_HEADER.requestName]).toBe(MESSAGE.qualifyLead);
    expect(event.headers[WEBHOOK_HEADER.entityName]).toBe(LEAD.table);
    expect(event.json).toMatchObject({ PrimaryEntityName: LEAD.table, Stage: 40, Mode: 1 });
    const inputs = keyed(event.json.InputParameters);
    expect(Object.keys(inputs)).toEqual(['LeadId', 'CreateAccount', 'CreateContact', 'CreateOpportunity', 'Status']);
    expect(inputs.LeadId).toMatchObject({ LogicalName: LEAD.table, Id: leadId });
    expect(inputs.Status).toEqual({
      __type: 'OptionSetValue:http://schemas.microsoft.com/xrm/2011/Contracts',
      Value: 3,
    });
    expect(event.body).toContain(
      '"__type":"EntityReference:http:\\/\\/schemas.microsoft.com\\/xrm\\/2011\\/Contracts"',
    );
    const outputs = keyed(event.json.OutputParameters);
    expect((outputs.CreatedEntities as { Id: string }[]).map((r) => r.Id)).toEqual(
      created.map((r) => r.contactid ?? r.opportunityid),
    );
    // LeadLink's parser reads it: the primary record, the parameters, no Target.
    const parsed = parseRemoteExecutionContext(event.body);
    expect(parsed.target).toBeUndefined();
    expect(isEntityReference(parsed.inputParameters.LeadId) && parsed.inputParameters.LeadId.id).toBe(leadId);
    expect(isOptionValue(parsed.inputParameters.Status) && parsed.inputParameters.Status.value).toBe(3);
    expect(events(MESSAGE.create, String(created[0]?.contactid))).toHaveLength(1);
    expect(events(MESSAGE.create, String(created[1]?.opportunityid))).toHaveLength(1);
    expect(events(MESSAGE.update, leadId)).toEqual([]);
  });

  test('with the platform switch on, the lead Update is raised as well (state and links apart)', async () => {
    emu.platform.configure({ qualifyLeadRaisesLeadUpdate: true });
    const leadId = await newLead();
    await qualify(leadId, { ...ALL, CreateAccount: false, CreateOpportunity: false });
    await emu.webhooks.idle();
    expect(events(MESSAGE.qualifyLead, leadId)).toHaveLength(1);
    const updates = events(MESSAGE.update, leadId).map((w) => Object.keys(keyed(targetAttributes(w))).sort());
    expect(updates).toContainEqual(expect.arrayContaining(['statecode', 'statuscode']));
    expect(updates).toContainEqual(expect.arrayContaining(['parentcontactid']));
  });

  test('the switch is an emulator setting, read and written under /_emulator/settings', async () => {
    const url = `${emu.url}/_emulator/settings`;
    const patched = await fetch(url, {
      method: 'PATCH',
      body: JSON.stringify({ platform: { qualifyLeadRaisesLeadUpdate: true } }),
    });
    expect(((await patched.json()) as { platform: unknown }).platform).toEqual({ qualifyLeadRaisesLeadUpdate: true });
    const refused = await fetch(url, { method: 'PATCH', body: JSON.stringify({ platform: { somethingElse: true } }) });
    expect(refused.status).toBe(400);
  });

  test('a QualifyLead rolled back with its $batch change set raises nothing and leaves the lead open', async () => {
    const leadId = await newLead();
    const client = new DataverseClient({
      url: emu.url,
      tokenProvider: { description: 'test', getToken: async () => 'x' },
      retry: { maxAttempts: 1 },
    });
    try {
      const results = await client.batch([
        {
          changeSet: [
            { method: 'POST', url: `${LEAD.set}(${leadId})/${QUALIFY}`, json: ALL },
            {
              method: 'PATCH',
              url: `${CONTACT.set}(00000000-0000-4000-8000-00000000dead)`,
              headers: { 'If-Match': '*' },
              json: { lastname: 'Missing' },
            },
          ],
        },
      ]);
      expect(results.some((r) => r.error !== undefined)).toBe(true);
    } finally {
      client.close();
    }
    await emu.webhooks.idle();
    expect(listener.received).toEqual([]);
    expect(await row(LEAD.set, leadId)).toMatchObject({ statecode: 0, _parentcontactid_value: null });
  });
});

function targetAttributes(webhook: ReceivedWebhook): unknown {
  return (keyed(webhook.json.InputParameters).Target as { Attributes: unknown }).Attributes;
}

async function send(leadId: string, body: Record<string, unknown>): Promise<void> {
  const reply = await fetch(`${emu.apiUrl}${LEAD.set}(${leadId})`, {
    method: 'PATCH',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (reply.status !== 204) throw new Error(`PATCH answered ${reply.status}`);
}
