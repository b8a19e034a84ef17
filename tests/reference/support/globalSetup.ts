import { referenceDirProblem } from './referenceDir';

/** Stops the reference suite before any test when LEADLINK_REFERENCE_DIR is not usable, saying what to set. */
export default function checkReferenceDir(): void {
  const problem = referenceDirProblem();
  if (problem === undefined) return;
  process.stderr.write(`\nnpm run test:reference: ${problem}\n\n`);
  process.exit(2);
}
