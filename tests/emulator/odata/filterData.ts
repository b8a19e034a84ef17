import type { World } from './fixtures';
import { ACCOUNT, CONTACT, guid, LEAD, ref, world } from './fixtures';

/** Contacts c1…c4 and leads l1…l5 with the values the filter tests reason about. */
export const C1 = guid(1);
export const C2 = guid(2);
export const C3 = guid(3);
export const C4 = guid(4);
export const L1 = guid(11);
export const L2 = guid(12);
export const L3 = guid(13);
export const L4 = guid(14);
export const L5 = guid(15);
export const A1 = guid(21);

export function filterWorld(): World {
  const w = world();
  w.insert(ACCOUNT, A1, { name: 'Contoso Ltd', revenue: 1_000_000, primarycontactid: ref('contact', C1) });
  w.insert(CONTACT, C1, {
    fullname: 'Ann Lee',
    lastname: 'Lee',
    accountrolecode: 1,
    marketingonly: true,
    annualincome: 50000,
  });
  w.insert(CONTACT, C2, { fullname: "Bob O'Brien", lastname: "O'Brien", accountrolecode: 2, marketingonly: false });
  w.insert(CONTACT, C3, {
    fullname: 'Chloé Durand',
    lastname: 'Durand',
    marketingonly: false,
    parentcustomerid: ref('account', A1),
  });
  w.insert(CONTACT, C4, { fullname: 'Dan Noleads', lastname: 'Noleads' });
  w.insert(LEAD, L1, {
    subject: 'Contoso Ltd Conference',
    fullname: 'Ann Lee',
    lastname: 'Lee',
    parentcontactid: ref('contact', C1),
    parentaccountid: ref('account', A1),
    statecode: 0,
    leadqualitycode: 1,
    revenue: 1000,
    numberofemployees: 10,
    donotemail: false,
    createdon: '2024-01-10T09:00:00Z',
  });
  w.insert(LEAD, L2, {
    subject: 'contoso ltd conference',
    lastname: "O'Brien",
    parentcontactid: ref('contact', C2),
    statecode: 1,
    leadqualitycode: 2,
    revenue: 2500.5,
    numberofemployees: 250,
    donotemail: true,
    createdon: '2024-02-01T00:00:00Z',
  });
  w.insert(LEAD, L3, {
    subject: 'Fabrikam webinar',
    lastname: 'Obrian',
    parentcontactid: null,
    statecode: 0,
    leadqualitycode: 3,
    createdon: '2023-12-31T23:59:59Z',
  });
  w.insert(LEAD, L4, {
    subject: '100% growth',
    lastname: 'Durand',
    parentcontactid: ref('contact', C3),
    statecode: 2,
    revenue: 0,
    numberofemployees: 5,
    donotemail: false,
    createdon: '2024-03-15T12:00:00Z',
  });
  w.insert(LEAD, L5, { lastname: 'Éclair', parentcontactid: ref('contact', C1), statecode: 0 });
  return w;
}
