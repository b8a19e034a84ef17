import { condition, escapeXml, fetchXmlOption } from '../../../pcf-controls/MarketingInsightsPanel/logic/fetchXml';
import { normalizeGuid } from '../../../pcf-controls/MarketingInsightsPanel/logic/guid';
import { InvalidRecordIdError } from '../../../pcf-controls/MarketingInsightsPanel/logic/InvalidRecordIdError';
import {
  contactsOfAccountQuery,
  interactionsQuery,
  leadWithContactQuery,
  leadsOfAccountQuery,
  leadsOfContactQuery,
} from '../../../pcf-controls/MarketingInsightsPanel/logic/queries';

const LEAD = 'b0000000-0000-4000-8000-000000000001';
const CONTACT = 'c0000000-0000-4000-8000-000000000001';
const ACCOUNT = 'a0000000-0000-4000-8000-000000000001';

function parse(xml: string): Document {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  return doc;
}

function conditions(doc: Document): string[] {
  return Array.from(doc.getElementsByTagName('condition')).map((c) =>
    `${c.getAttribute('entityname') ?? ''}${c.getAttribute('entityname') ? '.' : ''}${c.getAttribute('attribute')} ${c.getAttribute('operator')} ${c.getAttribute('value') ?? ''}`.trim(),
  );
}

describe('the panel queries', () => {
  it('reads one lead with its parent contact through an outer link', () => {
    const doc = parse(leadWithContactQuery(LEAD));
    expect(doc.documentElement.getAttribute('count')).toBe('1');
    expect(conditions(doc)).toEqual([`leadid eq ${LEAD}`]);
    const link = doc.getElementsByTagName('link-entity')[0];
    expect(link?.getAttribute('link-type')).toBe('outer');
    expect(link?.getAttribute('to')).toBe('parentcontactid');
    const linked = Array.from(link?.getElementsByTagName('attribute') ?? []).map((a) => a.getAttribute('name'));
    expect(linked).toEqual(
      expect.arrayContaining(['marketingonly', 'donotbulkemail', 'msdyn_disablewebtracking', 'msdyn_isminor']),
    );
    const main = Array.from(doc.documentElement.getElementsByTagName('entity')[0]?.children ?? [])
      .filter((e) => e.tagName === 'attribute')
      .map((a) => a.getAttribute('name'));
    expect(main).toContain('leadlink_scorereasons');
  });

  it('asks for the other open leads of the contact, best score first', () => {
    const doc = parse(leadsOfContactQuery(CONTACT, { openOnly: true, excludeLeadId: LEAD }));
    expect(conditions(doc)).toEqual([`parentcontactid eq ${CONTACT}`, 'statecode eq 0', `leadid ne ${LEAD}`]);
    expect(doc.getElementsByTagName('order')[0]?.getAttribute('descending')).toBe('true');
    // Lists never read the large reasons column.
    expect(leadsOfContactQuery(CONTACT, { openOnly: false })).not.toContain('leadlink_scorereasons');
  });

  it('finds an account’s leads directly or through its contacts', () => {
    const doc = parse(leadsOfAccountQuery(ACCOUNT));
    expect(conditions(doc)).toEqual([
      'statecode eq 0',
      `parentaccountid eq ${ACCOUNT}`,
      `pc.parentcustomerid eq ${ACCOUNT}`,
    ]);
    expect(doc.querySelector('filter > filter')?.getAttribute('type')).toBe('or');
    expect(conditions(parse(contactsOfAccountQuery(ACCOUNT)))).toEqual([
      `parentcustomerid eq ${ACCOUNT}`,
      'statecode eq 0',
    ]);
  });

  it('reads interactions newest first, for the lead and its contact, a contact, or an account’s contacts', () => {
    const lead = parse(interactionsQuery({ kind: 'lead', leadId: LEAD, contactId: CONTACT }));
    expect(conditions(lead)).toEqual([
      'statecode eq 0',
      `leadlink_contactid eq ${CONTACT}`,
      `leadlink_leadid eq ${LEAD}`,
    ]);
    expect(lead.getElementsByTagName('order')[0]?.getAttribute('attribute')).toBe('leadlink_occurredon');
    expect(conditions(parse(interactionsQuery({ kind: 'lead', leadId: LEAD, contactId: null })))).toEqual([
      'statecode eq 0',
      `leadlink_leadid eq ${LEAD}`,
    ]);
    const account = parse(interactionsQuery({ kind: 'account', accountId: ACCOUNT }));
    expect(account.getElementsByTagName('link-entity')[0]?.getAttribute('link-type')).toBe('inner');
    expect(conditions(account)).toEqual(['statecode eq 0', `parentcustomerid eq ${ACCOUNT}`]);
  });

  it('escapes values and URL-encodes the fetch for Xrm.WebApi', () => {
    expect(escapeXml(`a<b>&"'`)).toBe('a&lt;b&gt;&amp;&quot;&apos;');
    expect(condition({ attribute: 'fullname', operator: 'eq', value: 'O"Brien <x>' })).toBe(
      '<condition attribute="fullname" operator="eq" value="O&quot;Brien &lt;x&gt;"/>',
    );
    const option = fetchXmlOption('<fetch count="1"/>');
    expect(option.startsWith('?fetchXml=')).toBe(true);
    expect(decodeURIComponent(option.slice('?fetchXml='.length))).toBe('<fetch count="1"/>');
  });

  it('accepts ids in the forms model-driven apps use and rejects anything else by name', () => {
    expect(normalizeGuid('lead', '{B0000000-0000-4000-8000-000000000001}')).toBe(LEAD);
    expect(() => normalizeGuid('lead', `${LEAD}" or 1=1`)).toThrow(InvalidRecordIdError);
    expect(() => normalizeGuid('contact', 'not-a-guid')).toThrow('The contact id "not-a-guid" is not a GUID');
  });
});
