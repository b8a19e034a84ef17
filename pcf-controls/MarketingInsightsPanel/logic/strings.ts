/**
 * Every user-visible string comes from the control's .resx files through `context.resources.getString`. The keys are
 * listed here so a missing translation is a test failure, not a key shown on a form.
 */
export const MANIFEST_STRING_KEYS = [
  'Panel_Display_Key',
  'Panel_Desc_Key',
  'BoundColumn_Display_Key',
  'BoundColumn_Desc_Key',
  'SalesReadyScore_Display_Key',
  'SalesReadyScore_Desc_Key',
] as const;

export const UI_STRING_KEYS = [
  'Panel_Label',
  'State_Loading',
  'Error_Permission_Title',
  'Error_Permission_Body',
  'Error_Failed_Title',
  'Error_Failed_Body',
  'Error_NotFound_Title',
  'Error_NotFound_Body',
  'Error_Code',
  'Empty_Unsaved',
  'Empty_Unsupported',
  'Empty_Account',
  'Score_Title',
  'Score_OfThreshold',
  'Score_AriaValue',
  'Score_PointsToGo',
  'Score_ThresholdReached',
  'Score_ThresholdUnknown',
  'Score_NotScored',
  'Score_NotScoredHint',
  'Score_NotScoredShort',
  'Score_ScoredOn',
  'Grade_Value',
  'Grade_None',
  'SalesReady_Yes',
  'SalesReady_No',
  'Returned_Badge',
  'Reasons_Title',
  'Reasons_Col_Rule',
  'Reasons_Col_Points',
  'Reasons_Col_Count',
  'Reasons_Col_Last',
  'Reasons_Empty',
  'Reasons_Unreadable',
  'Reasons_Skipped',
  'Reasons_Omitted',
  'Reasons_CountViaAccount',
  'Counts_Title',
  'Counts_Col_30',
  'Counts_Col_90',
  'Counts_Total',
  'Counts_Empty',
  'Counts_Partial',
  'Timeline_Title',
  'Timeline_Empty',
  'Timeline_NoSubject',
  'Timeline_OpenUrl',
  'Col_Date',
  'Col_Type',
  'Col_Details',
  'Col_Campaign',
  'Col_Contact',
  'Col_Lead',
  'Col_Score',
  'Col_Grade',
  'Col_Status',
  'Col_SalesReady',
  'Type_EmailOpened',
  'Type_EmailClicked',
  'Type_WebsiteVisited',
  'Type_FormSubmitted',
  'Type_EventRegistered',
  'Type_EventCheckedIn',
  'Type_Unsubscribed',
  'Type_Other',
  'Contact_ParentTitle',
  'Contact_Title',
  'Contact_None',
  'Contact_MarketingOnly',
  'Contact_SalesContact',
  'Record_NoName',
  'Record_Open',
  'Pref_Title',
  'Pref_BulkEmail',
  'Pref_Email',
  'Pref_WebTracking',
  'Pref_Minor',
  'Pref_ParentalConsent',
  'Value_Allow',
  'Value_DoNotAllow',
  'Value_OptedOut',
  'Value_Yes',
  'Value_No',
  'Value_NotSet',
  'Leads_OtherTitle',
  'Leads_ContactTitle',
  'Leads_AccountTitle',
  'Leads_Empty_Other',
  'Leads_Empty',
  'State_Open',
  'State_Qualified',
  'State_Disqualified',
  'State_Unknown',
  'Contacts_Title',
  'Contacts_Col_BestScore',
  'Contacts_Col_Leads',
  'Contacts_Empty',
] as const;

export type StringKey = (typeof UI_STRING_KEYS)[number];

export interface Strings {
  get(key: StringKey): string;
  /** Replaces {0}, {1}… with the arguments, which callers have already formatted for the user's locale. */
  format(key: StringKey, ...args: readonly string[]): string;
}

export interface ResourceSource {
  getString(id: string): string;
}

export function fillPlaceholders(template: string, args: readonly string[]): string {
  return template.replace(/\{(\d+)\}/g, (whole, index: string) => args[Number(index)] ?? whole);
}

export function createStrings(resources: ResourceSource): Strings {
  return {
    get: (key) => resources.getString(key),
    format: (key, ...args) => fillPlaceholders(resources.getString(key), args),
  };
}
