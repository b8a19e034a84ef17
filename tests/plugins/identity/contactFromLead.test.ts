import { contactFromLead, deterministicContactId, type LeadRow } from '../../../plugins/identity';

const LEAD_ID = '2bc713ab-f924-4501-a815-b2abae5e5110';
const ACCOUNT = 'aaaaaaaa-0000-4000-8000-000000000001';

const fullLead: LeadRow = {
  leadid: LEAD_ID,
  statecode: 0,
  emailaddress1: '  Ana.Silva@Example.com',
  salutation: 'Dr.',
  firstname: 'Ana',
  middlename: 'M.',
  lastname: 'Silva',
  jobtitle: 'CTO',
  telephone1: '+351 21 000 0000',
  telephone2: null,
  mobilephone: '+351 91 000 0000',
  address1_line1: 'Rua A 1',
  address1_city: 'Lisboa',
  address1_postalcode: '1000-001',
  address1_country: 'Portugal',
  _parentaccountid_value: ACCOUNT,
  donotbulkemail: true,
  donotemail: false,
  donotphone: true,
  followemail: false,
  subject: 'Not copied',
  companyname: 'Not copied either',
};

describe('contactFromLead', () => {
  it('copies names, job title, phones and address, with the normalized e-mail and the deterministic id', () => {
    const { contactId, record } = contactFromLead(fullLead);
    expect(contactId).toBe(deterministicContactId('ana.silva@example.com', LEAD_ID));
    expect(record).toMatchObject({
      salutation: 'Dr.',
      firstname: 'Ana',
      middlename: 'M.',
      lastname: 'Silva',
      jobtitle: 'CTO',
      telephone1: '+351 21 000 0000',
      mobilephone: '+351 91 000 0000',
      address1_line1: 'Rua A 1',
      address1_city: 'Lisboa',
      address1_postalcode: '1000-001',
      address1_country: 'Portugal',
      emailaddress1: 'ana.silva@example.com',
      marketingonly: true,
    });
    expect(record).not.toHaveProperty('telephone2');
    expect(record).not.toHaveProperty('subject');
    expect(record).not.toHaveProperty('companyname');
    expect(record).not.toHaveProperty('contactid');
  });

  it('binds the lead’s parent account as the contact’s parent customer', () => {
    expect(contactFromLead(fullLead).record['parentcustomerid_account@odata.bind']).toBe(`/accounts(${ACCOUNT})`);
    expect(contactFromLead({ leadid: LEAD_ID, emailaddress1: 'a@b.example' }).record).not.toHaveProperty(
      'parentcustomerid_account@odata.bind',
    );
  });

  it('keeps every preference at least as strict as the lead’s', () => {
    const { record } = contactFromLead(fullLead);
    expect(record).toMatchObject({
      donotbulkemail: true,
      donotemail: false,
      donotphone: true,
      donotfax: false,
      followemail: false,
    });
    // Unset on the lead means the platform default, which is the contact's default too.
    const plain = contactFromLead({ leadid: LEAD_ID, emailaddress1: 'a@b.example' }).record;
    expect(plain).toMatchObject({ donotbulkemail: false, donotemail: false, followemail: true });
  });

  it('names a nameless lead’s contact after its e-mail, and gives a lead without e-mail its own id', () => {
    expect(contactFromLead({ leadid: LEAD_ID, emailaddress1: 'Who@Example.com' }).record.lastname).toBe(
      'who@example.com',
    );
    const noEmail = contactFromLead({ leadid: LEAD_ID, lastname: 'Silva', emailaddress1: null });
    expect(noEmail.contactId).toBe(deterministicContactId(undefined, LEAD_ID));
    expect(noEmail.record).not.toHaveProperty('emailaddress1');
    expect(noEmail.record.marketingonly).toBe(true);
  });
});
