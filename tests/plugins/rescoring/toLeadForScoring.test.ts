import { toLeadForScoring } from '../../../plugins/rescoring/load/toLeadForScoring';

const LEAD_ID = 'AAAAAAAA-0000-0000-0000-000000000001';
const CONTACT_ID = 'cccccccc-0000-0000-0000-000000000001';
const ACCOUNT_ID = 'bbbbbbbb-0000-0000-0000-000000000001';
const OTHER_ACCOUNT = 'bbbbbbbb-0000-0000-0000-000000000002';
const ANNOTATION = '_parentcustomerid_value@Microsoft.Dynamics.CRM.lookuplogicalname';

describe('toLeadForScoring', () => {
  it('splits the expanded contact and account off the lead row', () => {
    const entry = toLeadForScoring({
      leadid: LEAD_ID,
      _parentcontactid_value: CONTACT_ID,
      _parentaccountid_value: ACCOUNT_ID,
      leadlink_score: 10,
      parentcontactid: {
        contactid: CONTACT_ID,
        accountrolecode: 1,
        _parentcustomerid_value: OTHER_ACCOUNT,
        [ANNOTATION]: 'account',
      },
      parentaccountid: { accountid: ACCOUNT_ID, industrycode: 7 },
    });
    expect(entry).toEqual({
      leadId: LEAD_ID.toLowerCase(),
      lead: {
        leadid: LEAD_ID,
        _parentcontactid_value: CONTACT_ID,
        _parentaccountid_value: ACCOUNT_ID,
        leadlink_score: 10,
      },
      contactId: CONTACT_ID,
      contact: {
        contactid: CONTACT_ID,
        accountrolecode: 1,
        _parentcustomerid_value: OTHER_ACCOUNT,
        [ANNOTATION]: 'account',
      },
      // The lead's own parent account wins over its contact's company.
      accountId: ACCOUNT_ID,
      account: { accountid: ACCOUNT_ID, industrycode: 7 },
      accountRead: true,
    });
  });

  it("takes the contact's company as the account when the lead has none and the company is an account", () => {
    const entry = toLeadForScoring({
      leadid: LEAD_ID,
      _parentcontactid_value: CONTACT_ID,
      parentcontactid: {
        contactid: CONTACT_ID,
        _parentcustomerid_value: OTHER_ACCOUNT.toUpperCase(),
        [ANNOTATION]: 'account',
      },
      parentaccountid: null,
    });
    expect(entry).toMatchObject({
      accountId: OTHER_ACCOUNT,
      account: { accountid: OTHER_ACCOUNT },
      accountRead: false,
    });
  });

  it('has no account when the company is a contact, and no contact for an orphan lead', () => {
    expect(
      toLeadForScoring({
        leadid: LEAD_ID,
        _parentcontactid_value: CONTACT_ID,
        parentcontactid: { contactid: CONTACT_ID, _parentcustomerid_value: CONTACT_ID, [ANNOTATION]: 'contact' },
      }),
    ).toMatchObject({ accountId: undefined, account: null });
    expect(toLeadForScoring({ leadid: LEAD_ID, _parentcontactid_value: null, parentcontactid: null })).toMatchObject({
      contactId: undefined,
      contact: null,
      accountId: undefined,
    });
  });
});
