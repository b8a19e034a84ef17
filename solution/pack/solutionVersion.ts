import { PackError } from '../errors/PackError';

/** A solution version: four whole numbers, major.minor.build.revision, each at most 2147483647. */
export function checkSolutionVersion(version: string): string {
  const parts = version.split('.');
  if (parts.length !== 4 || !parts.every((p) => /^\d{1,10}$/.test(p) && Number(p) <= 2147483647)) {
    throw new PackError(`The solution version must be four whole numbers a.b.c.d (e.g. 1.0.0.0), got '${version}'.`);
  }
  return parts.map((p) => String(Number(p))).join('.');
}

/** package.json's semantic version a.b.c as a solution version a.b.c.0 (a pre-release or build suffix is dropped). */
export function solutionVersionFromPackage(packageVersion: string): string {
  const match = /^(\d+)\.(\d+)\.(\d+)/.exec(packageVersion);
  if (!match) throw new PackError(`package.json's version '${packageVersion}' is not a.b.c; pass a version a.b.c.d.`);
  return checkSolutionVersion(`${match[1]}.${match[2]}.${match[3]}.0`);
}
