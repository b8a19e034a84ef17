/** Option sets that several table references list with the same values and labels. */

/** industrycode on lead and account (values 1–33). */
export const INDUSTRY_CODE: Readonly<Record<number, string>> = {
  1: 'Accounting',
  2: 'Agriculture and Non-petrol Natural Resource Extraction',
  3: 'Broadcasting Printing and Publishing',
  4: 'Brokers',
  5: 'Building Supply Retail',
  6: 'Business Services',
  7: 'Consulting',
  8: 'Consumer Services',
  9: 'Design, Direction and Creative Management',
  10: 'Distributors, Dispatchers and Processors',
  11: "Doctor's Offices and Clinics",
  12: 'Durable Manufacturing',
  13: 'Eating and Drinking Places',
  14: 'Entertainment Retail',
  15: 'Equipment Rental and Leasing',
  16: 'Financial',
  17: 'Food and Tobacco Processing',
  18: 'Inbound Capital Intensive Processing',
  19: 'Inbound Repair and Services',
  20: 'Insurance',
  21: 'Legal Services',
  22: 'Non-Durable Merchandise Retail',
  23: 'Outbound Consumer Service',
  24: 'Petrochemical Extraction and Distribution',
  25: 'Service Retail',
  26: 'SIG Affiliations',
  27: 'Social Services',
  28: 'Special Outbound Trade Contractors',
  29: 'Specialty Realty',
  30: 'Transportation',
  31: 'Utility Creation and Distribution',
  32: 'Vehicle Retail',
  33: 'Wholesale',
};

/** preferredcontactmethodcode on lead, contact and account. */
export const PREFERRED_CONTACT_METHOD: Readonly<Record<number, string>> = {
  1: 'Any',
  2: 'Email',
  3: 'Phone',
  4: 'Fax',
  5: 'Mail',
};

/** Hot / Warm / Cold: lead.leadqualitycode ("Rating") and opportunity.opportunityratingcode. */
export const RATING: Readonly<Record<number, string>> = { 1: 'Hot', 2: 'Warm', 3: 'Cold' };

/** budgetstatus on lead and opportunity. */
export const BUDGET_STATUS: Readonly<Record<number, string>> = {
  0: 'No Committed Budget',
  1: 'May Buy',
  2: 'Can Buy',
  3: 'Will Buy',
};

/** purchasetimeframe on lead and opportunity. */
export const PURCHASE_TIMEFRAME: Readonly<Record<number, string>> = {
  0: 'Immediate',
  1: 'This Quarter',
  2: 'Next Quarter',
  3: 'This Year',
  4: 'Unknown',
};

/** purchaseprocess on lead and opportunity. */
export const PURCHASE_PROCESS: Readonly<Record<number, string>> = { 0: 'Individual', 1: 'Committee', 2: 'Unknown' };

/** need on lead and opportunity. */
export const NEED: Readonly<Record<number, string>> = {
  0: 'Must have',
  1: 'Should have',
  2: 'Good to have',
  3: 'No need',
};
