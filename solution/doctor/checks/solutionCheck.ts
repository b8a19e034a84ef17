import type { ODataRecord } from '../../../dataverse';
import { check, type CheckResult } from '../CheckResult';
import { FIX } from '../format/fixes';
import type { PackedSolution } from '../read/packedSolution';
import { SOLUTION } from '../read/platformNames';
import type { Read } from '../read/Read';

const G = 'solution';
const ID = 'solution.installed';

/** The LeadLink solution installed, its version against the one this CLI packs, managed or not. */
export function solutionCheck(packed: PackedSolution, solutions: Read<readonly ODataRecord[]>): CheckResult {
  if (!solutions.ok) return check(G, ID, 'error', 'The installed solutions cannot be read', [solutions.error]);
  const row = solutions.value[0];
  if (!row) return check(G, ID, 'fail', `The ${packed.uniqueName} solution is not installed`, [], FIX.importSolution);
  const stored = row[SOLUTION.version];
  const version = typeof stored === 'string' ? stored : '';
  const kind = row[SOLUTION.isManaged] === true ? 'managed' : 'unmanaged';
  const installedOn = typeof row[SOLUTION.installedOn] === 'string' ? `, installed ${row[SOLUTION.installedOn]}` : '';
  const title = `${packed.uniqueName} ${version} (${kind}${installedOn})`;
  const order = compareVersions(version, packed.version);
  if (order === undefined) {
    return check(
      G,
      ID,
      'warn',
      title,
      [`its version '${version}' is not a.b.c.d`],
      FIX.upgradeSolution(packed.version),
    );
  }
  if (order < 0) {
    return check(
      G,
      ID,
      'warn',
      `${title}: older than ${packed.version}, which this CLI packs`,
      [],
      FIX.upgradeSolution(packed.version),
    );
  }
  if (order > 0)
    return check(G, ID, 'warn', `${title}: newer than ${packed.version}, which this CLI packs`, [], FIX.updateCli);
  return check(G, ID, 'pass', `${title}: the version this CLI packs`);
}

/** Solution versions compare part by part as numbers (1.10.0.0 is newer than 1.9.0.0). */
export function compareVersions(a: string, b: string): number | undefined {
  const parse = (v: string) => (/^\d+(\.\d+){3}$/.test(v) ? v.split('.').map(Number) : undefined);
  const x = parse(a);
  const y = parse(b);
  if (!x || !y) return undefined;
  for (let i = 0; i < 4; i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return Math.sign(d);
  }
  return 0;
}
