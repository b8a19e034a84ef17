/**
 * Microsoft's table, column and navigation names that LeadLink's code reads and writes, once each
 * (Dataverse table references on learn.microsoft.com). LeadLink's own names are in leadlink.ts.
 */

export const LEAD = {
  table: 'lead',
  set: 'leads',
  id: 'leadid',
  subject: 'subject',
  firstName: 'firstname',
  lastName: 'lastname',
  fullName: 'fullname',
  email: 'emailaddress1',
  companyName: 'companyname',
  jobTitle: 'jobtitle',
  businessPhone: 'telephone1',
  mobilePhone: 'mobilephone',
  state: 'statecode',
  status: 'statuscode',
  /** Lookup to contact; navigation property of the same name (relationship lead_parent_contact). */
  parentContact: 'parentcontactid',
  parentContactValue: '_parentcontactid_value',
  parentAccount: 'parentaccountid',
  parentAccountValue: '_parentaccountid_value',
  ownerValue: '_ownerid_value',
  doNotBulkEmail: 'donotbulkemail',
  doNotEmail: 'donotemail',
  followEmail: 'followemail',
  /** Rating: 1 Hot, 2 Warm, 3 Cold. */
  rating: 'leadqualitycode',
  leadSource: 'leadsourcecode',
  createdOn: 'createdon',
} as const;

/** lead.statecode: 0 Open, 1 Qualified, 2 Disqualified. */
export const LEAD_STATE = { open: 0, qualified: 1, disqualified: 2 } as const;

/** Address columns copied from a lead to the contact made for it (same names on both tables). */
export const ADDRESS_COLUMNS = [
  'address1_line1',
  'address1_line2',
  'address1_line3',
  'address1_city',
  'address1_stateorprovince',
  'address1_postalcode',
  'address1_country',
] as const;

export const CONTACT = {
  table: 'contact',
  set: 'contacts',
  id: 'contactid',
  firstName: 'firstname',
  lastName: 'lastname',
  fullName: 'fullname',
  email: 'emailaddress1',
  jobTitle: 'jobtitle',
  businessPhone: 'telephone1',
  mobilePhone: 'mobilephone',
  state: 'statecode',
  marketingOnly: 'marketingonly',
  doNotBulkEmail: 'donotbulkemail',
  doNotEmail: 'donotemail',
  followEmail: 'followemail',
  disableWebTracking: 'msdyn_disablewebtracking',
  isMinor: 'msdyn_isminor',
  isMinorWithParentalConsent: 'msdyn_isminorwithparentalconsent',
  /** Role: 1 Decision Maker, 2 Employee, 3 Influencer. */
  role: 'accountrolecode',
  /** Customer lookup (account or contact); bind through parentcustomerid_account / parentcustomerid_contact. */
  parentCustomer: 'parentcustomerid',
  parentCustomerValue: '_parentcustomerid_value',
  parentCustomerAccountNav: 'parentcustomerid_account',
  /** Collection navigation to the leads whose parent contact this is. */
  leadsNav: 'lead_parent_contact',
  createdOn: 'createdon',
  /** Set by Merge on the merged-away contact: the contact it was merged into (relationship contact_master_contact). */
  masterValue: '_masterid_value',
} as const;

export const ACCOUNT = {
  table: 'account',
  set: 'accounts',
  id: 'accountid',
  name: 'name',
} as const;

export const OPPORTUNITY = {
  table: 'opportunity',
  set: 'opportunities',
  id: 'opportunityid',
  originatingLead: 'originatingleadid',
  originatingLeadValue: '_originatingleadid_value',
} as const;

export const TASK = {
  table: 'task',
  set: 'tasks',
  subject: 'subject',
  description: 'description',
  regardingLeadNav: 'regardingobjectid_lead_task',
  ownerNav: 'ownerid',
} as const;

export const ENVIRONMENT_VARIABLE = {
  definitionSet: 'environmentvariabledefinitions',
  valueSet: 'environmentvariablevalues',
  definitionId: 'environmentvariabledefinitionid',
  valueId: 'environmentvariablevalueid',
  schemaName: 'schemaname',
  defaultValue: 'defaultvalue',
  value: 'value',
  /** Collection from definition to its values. */
  valuesNav: 'environmentvariabledefinition_environmentvariablevalue',
  /** Single-valued navigation from a value to its definition (Pascal case, as the Web API names it). */
  definitionNav: 'EnvironmentVariableDefinitionId',
} as const;

/**
 * Web resources (WebResource table reference,
 * https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/webresource): `content` holds the
 * file's bytes in Base64; an update takes effect when published (PublishXml).
 */
export const WEB_RESOURCE = {
  table: 'webresource',
  set: 'webresourceset',
  id: 'webresourceid',
  name: 'name',
  displayName: 'displayname',
  description: 'description',
  content: 'content',
  type: 'webresourcetype',
  modifiedOn: 'modifiedon',
} as const;

/** webresourcetype values: 3 Script (JScript), 4 Data (XML); there is no JSON type. */
export const WEB_RESOURCE_TYPE = { script: 3, xml: 4 } as const;

/**
 * The unbound actions that publish customizations: PublishXml with a ParameterXml naming what to publish, and
 * PublishAllXml (https://learn.microsoft.com/power-apps/developer/model-driven-apps/publish-customizations).
 */
export const PUBLISH = { xml: 'PublishXml', all: 'PublishAllXml', parameter: 'ParameterXml' } as const;

/** lead/contact statecode 0 is Active/Open on both tables. */
export const ACTIVE_STATE = 0;

/** Name, job and phone columns copied from a lead to the contact made for it (same names on both tables). */
export const PERSON_COLUMNS = [
  'salutation',
  'firstname',
  'middlename',
  'lastname',
  'jobtitle',
  'telephone1',
  'telephone2',
  'telephone3',
  'mobilephone',
] as const;

/**
 * The "do not" contact preferences lead and contact share (true = do not allow, the stricter value). followemail
 * ("Follow Email Activity", LEAD.followEmail / CONTACT.followEmail) is the other way round: false is stricter.
 */
export const DO_NOT_PREFERENCE_COLUMNS = [
  'donotbulkemail',
  'donotemail',
  'donotphone',
  'donotfax',
  'donotpostalmail',
  'donotsendmm',
] as const;

/**
 * The annotation that names a lookup's table (`_ownerid_value@Microsoft.Dynamics.CRM.lookuplogicalname`), sent when
 * asked for with `Prefer: odata.include-annotations`
 * (https://learn.microsoft.com/power-apps/developer/data-platform/webapi/query/select-columns#lookup-property-data).
 */
export const LOOKUP_LOGICAL_NAME_ANNOTATION = 'Microsoft.Dynamics.CRM.lookuplogicalname';

/** The tables an owner lookup (ownerid) can point at, with the entity set an `ownerid@odata.bind` names. */
export const OWNER_ENTITY_SETS = { systemuser: 'systemusers', team: 'teams' } as const;

/** Every table with a state keeps it in statecode (0 = Active / Open). */
export const STATE_COLUMN = 'statecode';
