// The contacts of identities through the Web API client: reading them for a decision, and ensuring one exists.
export { ensureIdentityContact, type EnsuredContact } from './ensureIdentityContact';
export { readIdentityContacts } from './readIdentityContacts';
export { linkOperations, type LinkContact } from './linkOperations';
export { resolveActiveContacts, type ResolvedContact } from './resolveActiveContacts';
