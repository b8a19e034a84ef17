export { Emulator, type EmulatorOptions } from './Emulator';
export type { RequestLogEntry } from './log/RequestLog';
export type { DeliveryRecord } from './webhooks/WebhookDispatcher';
export { PLATFORM_IDS, emulatorId } from './seed/platform';
export { parseSeed, type SeedOption } from './seed/seedOption';
