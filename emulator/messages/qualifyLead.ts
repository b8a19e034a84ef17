import type { TableDef } from '../../schema/types';
import { fault } from '../errors/faults';
import { writeContext, type EmulatorContext } from '../http/context';
import { isEntityRef, type EntityRef, type RowValues, type StoredValue } from '../store/values';
import { createRow, updateRow } from '../writes/RowWriter';
import { entityParameter, optionalBoolean, readActionBody, requiredBoolean, requiredInteger } from './actionParameters';
import type { MessageValue, RecordRef } from './MessageExecution';

export const QUALIFY_LEAD = 'QualifyLead';

/**
 * The action's parameters (QualifyLead action, https://learn.microsoft.com/previous-versions/dynamicscrm-2016/developers-guide/mt491164(v=crm.8) ;
 * QualifyLeadRequest, https://learn.microsoft.com/dotnet/api/microsoft.crm.sdk.messages.qualifyleadrequest ).
 */
const PARAM = {
  createAccount: 'CreateAccount',
  createContact: 'CreateContact',
  createOpportunity: 'CreateOpportunity',
  status: 'Status',
  currency: 'OpportunityCurrencyId',
  customer: 'OpportunityCustomerId',
  campaign: 'SourceCampaignId',
  processInstance: 'ProcessInstanceId',
  suppressDuplicateDetection: 'SuppressDuplicateDetection',
} as const;

/** lead.statecode: 0 Open, 1 Qualified (Lead table reference). */
const OPEN = 0;
const QUALIFIED = 1;

/**
 * Columns copied from the lead to what QualifyLead creates. Dataverse copies through the relationship mappings of
 * lead → account / contact / opportunity (account_originating_lead, contact_originating_lead,
 * opportunity_originating_lead), which admins can change; these are columns the default mappings carry and both tables
 * have.
 */
const SHARED = [
  'emailaddress1',
  'websiteurl',
  'fax',
  'address1_line1',
  'address1_line2',
  'address1_line3',
  'address1_city',
  'address1_stateorprovince',
  'address1_postalcode',
  'address1_country',
  'donotemail',
  'donotbulkemail',
  'donotphone',
  'donotfax',
  'donotpostalmail',
  'donotsendmm',
] as const;
const TO_ACCOUNT: Readonly<Record<string, string>> = {
  companyname: 'name',
  telephone1: 'telephone1',
  sic: 'sic',
  description: 'description',
  ...Object.fromEntries(SHARED.map((c) => [c, c])),
};
const TO_CONTACT: Readonly<Record<string, string>> = {
  salutation: 'salutation',
  firstname: 'firstname',
  middlename: 'middlename',
  lastname: 'lastname',
  jobtitle: 'jobtitle',
  telephone1: 'telephone1',
  telephone2: 'telephone2',
  telephone3: 'telephone3',
  mobilephone: 'mobilephone',
  emailaddress2: 'emailaddress2',
  emailaddress3: 'emailaddress3',
  description: 'description',
  ...Object.fromEntries(SHARED.map((c) => [c, c])),
};
const TO_OPPORTUNITY: Readonly<Record<string, string>> = {
  subject: 'name',
  description: 'description',
  budgetamount: 'budgetamount',
  budgetstatus: 'budgetstatus',
  purchasetimeframe: 'purchasetimeframe',
  purchaseprocess: 'purchaseprocess',
  need: 'need',
  estimatedclosedate: 'estimatedclosedate',
};

/**
 * `POST leads(<id>)/Microsoft.Dynamics.CRM.QualifyLead`, in one transaction: what the flags ask is created from the
 * lead's fields — an account from its company name and a contact from its person, each only when the lead has none
 * ("Qualifies a lead and create account, contact, and opportunity records that are linked to the originating lead
 * record", QualifyLead action, https://learn.microsoft.com/previous-versions/dynamicscrm-2016/developers-guide/mt491164(v=crm.8) ;
 * "The lead is updated with references to the new account and contact", https://markcarrington.dev/2019/03/27/msdyn365-internals-qualifylead/ ),
 * the contact under the account, an opportunity with originatingleadid; then the lead is closed as Qualified with
 * the given status and linked to them (parentaccountid, parentcontactid, qualifyingopportunityid).
 *
 * Refused, changing nothing: a closed lead ("The lead is closed. You cannot convert or qualify a lead that is
 * already closed.", https://learn.microsoft.com/troubleshoot/dynamics-365/sales/troubleshoot-lead-qualification-issues-for-salespeople —
 * the error code is not published; the emulator answers 0x80040203, invalid argument), a status that is not a
 * Qualified status reason, a missing flag, an unknown parameter. The emulator has no duplicate detection rules, so
 * SuppressDuplicateDetection is read and changes nothing; no campaign table, so SourceCampaignId is refused.
 */
/** Returns what it created, in the order it made them: account, contact, opportunity. */
export function qualifyLead(ctx: EmulatorContext, userId: string, leadId: string, bodyText: string): RecordRef[] {
  const body = readActionBody(QUALIFY_LEAD, bodyText, Object.values(PARAM));
  const flags = {
    account: requiredBoolean(body, PARAM.createAccount),
    contact: requiredBoolean(body, PARAM.createContact),
    opportunity: requiredBoolean(body, PARAM.createOpportunity),
  };
  const status = requiredInteger(body, PARAM.status);
  const suppress = optionalBoolean(body, PARAM.suppressDuplicateDetection);
  const currency = entityParameter(ctx.catalog, body, PARAM.currency, ['transactioncurrency'])?.ref;
  const customer = entityParameter(ctx.catalog, body, PARAM.customer, ['account', 'contact'])?.ref;
  if (body[PARAM.campaign] !== undefined && body[PARAM.campaign] !== null) {
    throw fault.invalidArgument(`The entity with a name = 'campaign' was not found in the MetadataCache.`);
  }
  const leadTable = ctx.catalog.table('lead');
  const lead = ctx.store.get(leadTable.logicalName, leadId);
  if (!lead) throw fault.recordNotFound(leadTable.logicalName, leadId);
  for (const ref of [currency, customer]) {
    if (ref && !ctx.store.get(ref.logicalName, ref.id)) throw fault.recordNotFound(ref.logicalName, ref.id);
  }
  if (lead.values.statecode !== OPEN) {
    throw fault.invalidArgument('The lead is closed. You cannot convert or qualify a lead that is already closed.');
  }
  const write = writeContext(ctx, userId);
  const leadRef: EntityRef = { id: lead.id, logicalName: leadTable.logicalName };
  return ctx.store.transaction(() => {
    const created: RecordRef[] = [];
    const make = (table: string, values: Record<string, StoredValue>): EntityRef => {
      const row = createRow(write, ctx.catalog.table(table), { values, collectionBinds: [] });
      const ref = { id: row.id, logicalName: table };
      created.push(ref);
      return ref;
    };
    let account = refOf(lead.values.parentaccountid);
    if (flags.account && account === undefined && hasText(lead.values.companyname)) {
      account = make('account', {
        ...copied(lead.values, TO_ACCOUNT, ctx.catalog.table('account')),
        originatingleadid: leadRef,
      });
    }
    let contact = refOf(lead.values.parentcontactid);
    const newContact = flags.contact && contact === undefined;
    if (newContact) {
      contact = make('contact', {
        ...copied(lead.values, TO_CONTACT, ctx.catalog.table('contact')),
        originatingleadid: leadRef,
        ...(account ? { parentcustomerid: account } : {}),
      });
    }
    let opportunity: EntityRef | undefined;
    if (flags.opportunity) {
      const copiedValues = copied(lead.values, TO_OPPORTUNITY, ctx.catalog.table('opportunity'));
      opportunity = make('opportunity', {
        ...copiedValues,
        name: copiedValues.name ?? (typeof lead.values.fullname === 'string' ? lead.values.fullname : null),
        originatingleadid: leadRef,
        ...((customer ?? account ?? contact) ? { customerid: customer ?? account ?? contact ?? null } : {}),
        ...(account ? { parentaccountid: account } : {}),
        ...(contact ? { parentcontactid: contact } : {}),
        ...(currency ? { transactioncurrencyid: { id: currency.id, logicalName: currency.logicalName } } : {}),
      });
    }
    // Throws 0x80040203 unless `status` is a status reason of the Qualified state: the lead is closed with it.
    const leadRow = updateRow(write, leadTable, lead.id, {
      values: {
        statecode: QUALIFIED,
        statuscode: status,
        ...(account && !refOf(lead.values.parentaccountid) ? { parentaccountid: account } : {}),
        ...(newContact && contact ? { parentcontactid: contact } : {}),
        ...(opportunity ? { qualifyingopportunityid: opportunity } : {}),
      },
      collectionBinds: [],
    });
    const inputs: [string, MessageValue][] = [
      ['LeadId', { kind: 'reference', ...leadRef }],
      [PARAM.createAccount, flags.account],
      [PARAM.createContact, flags.contact],
      [PARAM.createOpportunity, flags.opportunity],
      [PARAM.status, { kind: 'option', value: status }],
      ...(currency ? [[PARAM.currency, { kind: 'reference', ...currency }] as [string, MessageValue]] : []),
      ...(customer ? [[PARAM.customer, { kind: 'reference', ...customer }] as [string, MessageValue]] : []),
      ...(suppress !== undefined ? [[PARAM.suppressDuplicateDetection, suppress] as [string, MessageValue]] : []),
    ];
    // Recorded inside the transaction, on the lead's write, so the event goes out with the commit or not at all.
    ctx.messages.record(leadRow, {
      message: QUALIFY_LEAD,
      table: leadTable.logicalName,
      recordId: lead.id,
      inputs,
      outputs: [['CreatedEntities', { kind: 'references', refs: created }]],
      raisesUpdate: ctx.platform.settings.qualifyLeadRaisesLeadUpdate,
    });
    return created;
  });
}

function refOf(value: StoredValue | undefined): EntityRef | undefined {
  return isEntityRef(value) ? value : undefined;
}

function hasText(value: StoredValue | undefined): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

/** The lead's values under the target's names, for the target's columns only; empty text and nulls are left out. */
function copied(
  values: RowValues,
  mapping: Readonly<Record<string, string>>,
  target: TableDef,
): Record<string, StoredValue> {
  const out: Record<string, StoredValue> = {};
  for (const [from, to] of Object.entries(mapping)) {
    const value = values[from];
    if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) continue;
    if (!target.columns.some((c) => c.name === to)) continue;
    out[to] = value;
  }
  return out;
}
