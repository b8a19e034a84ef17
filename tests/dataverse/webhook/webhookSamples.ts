import { existsSync, readdirSync, readFileSync } from 'fs';
import path from 'path';

const RELATIVE = path.join('shared', 'reference', 'webhook-samples');

/**
 * The reference webhook bodies live beside the repo (`../shared/reference/webhook-samples` from its root). Found by
 * walking up from this file, so the tests do not depend on how deep they sit or on the working directory.
 */
function findSamplesDir(): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, RELATIVE);
    if (existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) throw new Error(`no ${RELATIVE} folder above ${__dirname}`);
  }
}

export const SAMPLES_DIR = findSamplesDir();

/** The JSON sample files, by file name. */
export function sampleNames(): string[] {
  return readdirSync(SAMPLES_DIR)
    .filter((name) => name.endsWith('.json'))
    .sort();
}

/** A sample's raw text, exactly as stored (escaped slashes and all). */
export function sampleText(name: string): string {
  return readFileSync(path.join(SAMPLES_DIR, name), 'utf8');
}

export const SAMPLE = {
  docs: 'docs-update-contact-async-postoperation.json',
  docsCopy: 'albanianxrm-docs-copy-update-contact.json',
  allFieldTypes: 'albanianxrm-create-allfieldtypes-sync-postop.json',
  allTypesAsync: 'albanianxrm-create-alltypes-async.json',
  modifiedGuid: 'albanianxrm-update-account-sync-webhook-MODIFIED-guid.json',
  activityParty: 'albanianxrm-update-customactivity-activityparty.json',
} as const;
