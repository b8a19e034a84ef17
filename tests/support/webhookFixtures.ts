import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Webhook bodies (RemoteExecutionContext JSON as Dataverse POSTs it) for the tests, in tests/fixtures/webhooks/. Each
 * has exactly the structure of a real, published body — the same members in the same order, the same `__type`s, date
 * forms and escaping — with LeadLink's own ids, names, dates and texts. `mirrors` names the public original; the
 * reference suite (`npm run test:reference`) holds each fixture to it.
 */
export const WEBHOOK_FIXTURES = {
  /** An asynchronous post-operation Update of a contact's first name, with its ParentContext and post image. */
  updateContact: {
    file: 'update-contact-async.json',
    mirrors:
      'the sample body in Microsoft Learn, "Use webhooks to create external handlers for server events" ' +
      '(https://learn.microsoft.com/power-apps/developer/data-platform/use-webhooks; MicrosoftDocs/powerapps-docs, ' +
      'powerapps-docs/developer/data-platform/use-webhooks.md)',
  },
  /** A synchronous Create of a custom table with a column of every type, slashes not escaped, an extra member. */
  createAllColumnTypes: {
    file: 'create-all-column-types-sync.json',
    mirrors:
      'the capture in albanian-xrm/PowerPlatform-Entity-Serializer, ' +
      'PowerPlatform.EntitySerializer.Tests/DeserializationFromAllFieldTypes.cs (first test)',
  },
  /** An asynchronous Create of a custom table, compact, with \u000a escapes and a zero date offset. */
  createAllTypesAsync: {
    file: 'create-all-types-async.json',
    mirrors:
      'the capture in albanian-xrm/PowerPlatform-Entity-Serializer, ' +
      'PowerPlatform.EntitySerializer.Tests/DeserializationFromTextSamplesTests.cs (RemoteExecutionContextCanBeDeserialized_Sample2)',
  },
  /** A synchronous Update of an account whose id and date come wrapped as Guid:#System and DateTime:#System. */
  updateAccountWrappedValues: {
    file: 'update-account-sync-wrapped-values.json',
    mirrors:
      'the capture in albanian-xrm/PowerPlatform-Entity-Serializer, ' +
      'PowerPlatform.EntitySerializer.Tests/DeserializationFromTextSamplesTests.cs (RemoteExecutionContextCanBeDeserialized_Sample1, ' +
      'whose author wrapped those two values by hand)',
  },
  /** An asynchronous Update of a custom activity: party lists in the pre image, a ParentContext without Target. */
  updateActivityPartyLists: {
    file: 'update-activity-party-lists.json',
    mirrors:
      'the capture in albanian-xrm/PowerPlatform-Entity-Serializer, ' +
      'PowerPlatform.EntitySerializer.Tests/DeserializationFromActivityEntities.cs',
  },
} as const;

export type WebhookFixtureName = keyof typeof WEBHOOK_FIXTURES;

export const WEBHOOK_FIXTURES_DIR = path.join(__dirname, '..', 'fixtures', 'webhooks');

/** A fixture's text exactly as stored (escaped slashes and all). */
export function webhookFixture(name: WebhookFixtureName): string {
  return readFileSync(path.join(WEBHOOK_FIXTURES_DIR, WEBHOOK_FIXTURES[name].file), 'utf8');
}
