// Webhook registration through the Dataverse Web API, as a library; bin/commands/register.ts is its CLI.
export { registerWebhooks, type RegisterOptions } from './registerWebhooks';
export { unregisterWebhooks, type UnregisterOptions } from './unregisterWebhooks';
export { countActions, formatReport, type RegistrationItem, type RegistrationReport } from './RegistrationReport';
export { MASK, type WebhookAuth } from './webhookAuth';
export { RegistrationError } from '../errors/RegistrationError';
export { StepDeclarationError } from '../errors/StepDeclarationError';
