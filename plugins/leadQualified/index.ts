// The lead-qualified plug-in: a qualified lead's parent contact becomes a sales contact.
export { clearMarketingOnly, type ClearDependencies, type ClearResult } from './clearMarketingOnly';
export {
  createLeadQualifiedPlugin,
  LEAD_QUALIFIED,
  leadQualified,
  type LeadQualifiedOptions,
} from './leadQualifiedPlugin';
export { LEAD_QUALIFIED_STEPS, QUALIFIED_POST_IMAGE, QUALIFY_LEAD_STEP_ID } from './steps';
