import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findRepoRoot } from '../../../plugins/segments';
import { SolutionSourceError } from '../../errors/SolutionSourceError';
import { readSolutionSource } from '../../pack/source/readSolutionSource';
import { solutionVersionFromPackage } from '../../pack/solutionVersion';
import { firstChild, textOf } from '../../xml/XmlNode';

/** The solution this CLI packs: its unique name (Solution.xml) and the version `leadlink pack` gives it by default. */
export interface PackedSolution {
  readonly uniqueName: string;
  readonly version: string;
}

export function packedSolution(root: string = findRepoRoot()): PackedSolution {
  const source = readSolutionSource(join(root, 'solution', 'src'));
  const uniqueName = textOf(firstChild(source.solution.root, 'SolutionManifest'), 'UniqueName')?.trim();
  if (!uniqueName) throw new SolutionSourceError(source.solution.path, 'has no SolutionManifest/UniqueName');
  const packageVersion = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version?: string }).version;
  return { uniqueName, version: solutionVersionFromPackage(packageVersion ?? '') };
}
