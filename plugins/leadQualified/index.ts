// The lead-qualified plug-in: a qualified lead's parent contact becomes a sales contact.
export { clearMarketingOnly, type ClearResult } from './clearMarketingOnly';
export { LEAD_QUALIFIED, leadQualified } from './leadQualifiedPlugin';
export { LEAD_QUALIFIED_STEPS, QUALIFIED_POST_IMAGE } from './steps';
