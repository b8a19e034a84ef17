/**
 * The demo environment behind `npm start`: companies, their people, and leads — some from the "Contoso Ltd
 * Conference" (the seed article's segment example), some without a parent contact (orphans for LeadLink to link).
 * Keys are stable names; ids are derived from them.
 */
export interface DemoAccount {
  readonly key: string;
  readonly name: string;
  readonly industrycode?: number;
  readonly websiteurl?: string;
  readonly address1_city?: string;
}

export interface DemoContact {
  readonly key: string;
  readonly firstname: string;
  readonly lastname: string;
  readonly email: string;
  readonly account?: string;
  readonly jobtitle?: string;
  /** 1 Decision Maker, 2 Employee, 3 Influencer. */
  readonly accountrolecode?: number;
  readonly donotbulkemail?: boolean;
  readonly donotemail?: boolean;
  readonly msdyn_isminor?: boolean;
  readonly msdyn_isminorwithparentalconsent?: boolean;
  readonly marketingonly?: boolean;
  readonly inactive?: boolean;
}

export interface DemoLead {
  readonly key: string;
  readonly subject: string;
  readonly firstname: string;
  readonly lastname: string;
  readonly email?: string;
  readonly companyname?: string;
  readonly jobtitle?: string;
  readonly contact?: string;
  readonly account?: string;
  /** 1 Advertisement … 8 Web (leadsourcecode). */
  readonly leadsourcecode?: number;
  readonly daysAgo: number;
}

export const CONFERENCE = 'Contoso Ltd Conference';

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { key: 'contoso', name: 'Contoso Ltd', websiteurl: 'https://contoso.example.com', address1_city: 'Redmond' },
  { key: 'fabrikam', name: 'Fabrikam, Inc.', websiteurl: 'https://fabrikam.example.com', address1_city: 'Taipei' },
  {
    key: 'adventure',
    name: 'Adventure Works',
    websiteurl: 'https://adventure-works.example.com',
    address1_city: 'Hà Nội',
  },
  {
    key: 'northwind',
    name: 'Northwind Traders',
    websiteurl: 'https://northwind.example.com',
    address1_city: 'Seattle',
  },
];

export const DEMO_CONTACTS: readonly DemoContact[] = [
  {
    key: 'nancy',
    firstname: 'Nancy',
    lastname: 'Davolio',
    email: 'nancy.davolio@contoso.example.com',
    account: 'contoso',
    jobtitle: 'CTO',
    accountrolecode: 1,
  },
  {
    key: 'andrew',
    firstname: 'Andrew',
    lastname: 'Fuller',
    email: 'andrew.fuller@contoso.example.com',
    account: 'contoso',
    jobtitle: 'Engineer',
    accountrolecode: 2,
  },
  {
    key: 'anne',
    firstname: 'Anne',
    lastname: 'Dodsworth',
    email: 'anne.dodsworth@contoso.example.com',
    account: 'contoso',
    jobtitle: 'VP Marketing',
    accountrolecode: 1,
    marketingonly: true,
  },
  {
    key: 'janet',
    firstname: 'Janet',
    lastname: 'Leverling',
    email: 'janet.leverling@fabrikam.example.com',
    account: 'fabrikam',
    jobtitle: 'Director',
    accountrolecode: 1,
    donotbulkemail: true,
  },
  {
    key: 'margaret',
    firstname: 'Margaret',
    lastname: 'Peacock',
    email: 'margaret.peacock@fabrikam.example.com',
    account: 'fabrikam',
    jobtitle: 'Analyst',
    accountrolecode: 3,
  },
  {
    key: 'steven',
    firstname: 'Steven',
    lastname: 'Buchanan',
    email: 'steven.buchanan@adventure-works.example.com',
    account: 'adventure',
    jobtitle: 'CEO',
    accountrolecode: 1,
    donotemail: true,
  },
  {
    key: 'robert',
    firstname: 'Robert',
    lastname: 'King',
    email: 'robert.king@adventure-works.example.com',
    account: 'adventure',
    jobtitle: 'COO',
    accountrolecode: 1,
    inactive: true,
  },
  {
    key: 'laura',
    firstname: 'Laura',
    lastname: 'Callahan',
    email: 'laura.callahan@northwind.example.com',
    account: 'northwind',
    jobtitle: 'Intern',
    accountrolecode: 1,
    msdyn_isminor: true,
  },
  {
    key: 'michael',
    firstname: 'Michael',
    lastname: 'Suyama',
    email: 'michael.suyama@northwind.example.com',
    account: 'northwind',
    jobtitle: 'Apprentice buyer',
    accountrolecode: 1,
    msdyn_isminor: true,
    msdyn_isminorwithparentalconsent: true,
  },
];

export const DEMO_LEADS: readonly DemoLead[] = [
  // The conference: decision makers Nancy, Anne and Michael are reachable; the others are excluded for a reason.
  {
    key: 'conf-nancy',
    subject: CONFERENCE,
    firstname: 'Nancy',
    lastname: 'Davolio',
    email: 'nancy.davolio@contoso.example.com',
    companyname: 'Contoso Ltd',
    contact: 'nancy',
    account: 'contoso',
    leadsourcecode: 3,
    daysAgo: 6,
  },
  {
    key: 'conf-andrew',
    subject: CONFERENCE,
    firstname: 'Andrew',
    lastname: 'Fuller',
    email: 'andrew.fuller@contoso.example.com',
    companyname: 'Contoso Ltd',
    contact: 'andrew',
    account: 'contoso',
    leadsourcecode: 3,
    daysAgo: 6,
  },
  {
    key: 'conf-anne',
    subject: CONFERENCE,
    firstname: 'Anne',
    lastname: 'Dodsworth',
    email: 'anne.dodsworth@contoso.example.com',
    companyname: 'Contoso Ltd',
    contact: 'anne',
    account: 'contoso',
    leadsourcecode: 3,
    daysAgo: 5,
  },
  {
    key: 'conf-janet',
    subject: CONFERENCE,
    firstname: 'Janet',
    lastname: 'Leverling',
    email: 'janet.leverling@fabrikam.example.com',
    companyname: 'Fabrikam, Inc.',
    contact: 'janet',
    account: 'fabrikam',
    leadsourcecode: 3,
    daysAgo: 5,
  },
  {
    key: 'conf-steven',
    subject: CONFERENCE,
    firstname: 'Steven',
    lastname: 'Buchanan',
    email: 'steven.buchanan@adventure-works.example.com',
    companyname: 'Adventure Works',
    contact: 'steven',
    account: 'adventure',
    leadsourcecode: 3,
    daysAgo: 4,
  },
  {
    key: 'conf-robert',
    subject: CONFERENCE,
    firstname: 'Robert',
    lastname: 'King',
    email: 'robert.king@adventure-works.example.com',
    companyname: 'Adventure Works',
    contact: 'robert',
    account: 'adventure',
    leadsourcecode: 3,
    daysAgo: 4,
  },
  {
    key: 'conf-laura',
    subject: CONFERENCE,
    firstname: 'Laura',
    lastname: 'Callahan',
    email: 'laura.callahan@northwind.example.com',
    companyname: 'Northwind Traders',
    contact: 'laura',
    account: 'northwind',
    leadsourcecode: 3,
    daysAgo: 3,
  },
  {
    key: 'conf-michael',
    subject: CONFERENCE,
    firstname: 'Michael',
    lastname: 'Suyama',
    email: 'michael.suyama@northwind.example.com',
    companyname: 'Northwind Traders',
    contact: 'michael',
    account: 'northwind',
    leadsourcecode: 3,
    daysAgo: 3,
  },
  // Other topics for the same people.
  {
    key: 'pricing-nancy',
    subject: 'Pricing inquiry',
    firstname: 'Nancy',
    lastname: 'Davolio',
    email: 'nancy.davolio@contoso.example.com',
    companyname: 'Contoso Ltd',
    contact: 'nancy',
    account: 'contoso',
    leadsourcecode: 8,
    daysAgo: 2,
  },
  {
    key: 'demo-margaret',
    subject: 'Product demo request',
    firstname: 'Margaret',
    lastname: 'Peacock',
    email: 'margaret.peacock@fabrikam.example.com',
    companyname: 'Fabrikam, Inc.',
    contact: 'margaret',
    account: 'fabrikam',
    leadsourcecode: 8,
    daysAgo: 40,
  },
  // Orphans: no parent contact. One matches an existing contact's email (in other case), two share an address.
  {
    key: 'orphan-nancy',
    subject: 'Webinar: Dataverse at scale',
    firstname: 'Nancy',
    lastname: 'Davolio',
    email: 'Nancy.Davolio@Contoso.example.com',
    companyname: 'Contoso Ltd',
    leadsourcecode: 8,
    daysAgo: 1,
  },
  {
    key: 'orphan-obrien-1',
    subject: 'Trade show visit',
    firstname: 'Seán',
    lastname: "O'Brien",
    email: "sean.o'brien@example.com",
    companyname: 'Litware',
    jobtitle: 'Buyer',
    leadsourcecode: 6,
    daysAgo: 12,
  },
  {
    key: 'orphan-obrien-2',
    subject: 'Newsletter sign-up',
    firstname: 'Sean',
    lastname: "O'Brien",
    email: "Sean.O'Brien@example.com",
    companyname: 'Litware',
    leadsourcecode: 8,
    daysAgo: 10,
  },
  {
    key: 'orphan-linh',
    subject: 'Partnership enquiry',
    firstname: 'Linh',
    lastname: 'Nguyễn',
    email: 'linh.nguyen@tailspin.example.com',
    companyname: 'Tailspin Toys',
    jobtitle: 'Giám đốc',
    leadsourcecode: 1,
    daysAgo: 8,
  },
  {
    key: 'orphan-mei',
    subject: 'Trial download',
    firstname: '美玲',
    lastname: '陳',
    email: 'meiling.chen@wingtip.example.com',
    companyname: 'Wingtip Toys',
    jobtitle: '經理',
    leadsourcecode: 8,
    daysAgo: 20,
  },
  {
    key: 'orphan-noemail',
    subject: 'Walk-in at booth',
    firstname: 'Pat',
    lastname: 'Kim',
    companyname: 'Proseware',
    leadsourcecode: 6,
    daysAgo: 15,
  },
];
