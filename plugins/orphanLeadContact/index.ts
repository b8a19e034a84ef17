// The orphan-lead-contact plug-in and the pieces that link one lead, which other paths can reuse.
export { ContactCreations } from './ContactCreations';
export { linkOrphanLead, type LinkDependencies, type LinkResult } from './linkOrphanLead';
export { createOrphanLeadContactPlugin, ORPHAN_LEAD_CONTACT, orphanLeadContact } from './orphanLeadContactPlugin';
export { ORPHAN_LEAD_CONTACT_STEPS, POST_IMAGE } from './steps';
export { writeLink, type LinkOutcome } from './writeLink';
