import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CONTROL_OUTPUT } from '../../../solution/pack';

export const REPO_ROOT = join(__dirname, '..', '..', '..');
export const CONTROL_DIR = join(REPO_ROOT, ...CONTROL_OUTPUT);

/**
 * The PCF control as pcf-scripts builds it, copied to a folder of the test's own (so another build running at the
 * same time cannot change it under the test). Builds it first when the repository has no build output yet.
 */
export function builtControlCopy(): string {
  if (!existsSync(join(CONTROL_DIR, 'ControlManifest.xml'))) {
    const result = spawnSync(process.execPath, [join(REPO_ROOT, 'pcf-controls', 'build.js')], { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`Building the PCF control failed:\n${result.stdout}\n${result.stderr}`);
  }
  const copy = mkdtempSync(join(tmpdir(), 'leadlink-control-'));
  cpSync(CONTROL_DIR, copy, { recursive: true });
  return copy;
}
