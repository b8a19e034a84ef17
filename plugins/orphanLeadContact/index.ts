// The orphan-lead-contact plug-in and the pieces the sweep (issue 5) can reuse to link leads the same way.
export { BudgetExceededError } from './BudgetExceededError';
export { callBudget, runWithinBudget } from './callBudget';
export { ContactCreations } from './ContactCreations';
export { isDeliveryFor, payloadValue, type PayloadValue } from './eventColumns';
export { linkOrphanLead, type LinkDependencies, type LinkResult } from './linkOrphanLead';
export { createOrphanLeadContactPlugin, ORPHAN_LEAD_CONTACT, orphanLeadContact } from './orphanLeadContactPlugin';
export { ORPHAN_LEAD_CONTACT_STEPS, POST_IMAGE } from './steps';
export { writeLink, type LinkOutcome } from './writeLink';
