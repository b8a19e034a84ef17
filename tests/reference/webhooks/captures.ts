import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { WebhookFixtureName } from '../../support/webhookFixtures';
import { referencePath } from '../support/referenceDir';

/** The real webhook bodies in the reference folder (webhook-samples/, sources in its SOURCES.md), by file name. */
export const CAPTURE = {
  docs: 'docs-update-contact-async-postoperation.json',
  docsCopy: 'albanianxrm-docs-copy-update-contact.json',
  allFieldTypes: 'albanianxrm-create-allfieldtypes-sync-postop.json',
  allTypesAsync: 'albanianxrm-create-alltypes-async.json',
  modifiedGuid: 'albanianxrm-update-account-sync-webhook-MODIFIED-guid.json',
  activityParty: 'albanianxrm-update-customactivity-activityparty.json',
} as const;

/** Which capture each of LeadLink's fixtures mirrors. */
export const MIRRORED: Readonly<Record<WebhookFixtureName, string>> = {
  updateContact: CAPTURE.docs,
  createAllColumnTypes: CAPTURE.allFieldTypes,
  createAllTypesAsync: CAPTURE.allTypesAsync,
  updateAccountWrappedValues: CAPTURE.modifiedGuid,
  updateActivityPartyLists: CAPTURE.activityParty,
};

const capturesDir = () => referencePath('webhook-samples');

export function captureNames(): string[] {
  return readdirSync(capturesDir())
    .filter((name) => name.endsWith('.json'))
    .sort();
}

/** A capture's raw text, exactly as stored. */
export function captureText(name: string): string {
  return readFileSync(join(capturesDir(), name), 'utf8');
}
