import { SolutionValidationError } from '../errors/SolutionValidationError';
import { buildSolution, type SolutionInputs } from './buildSolution';
import type { RootComponent } from './RootComponent';
import { validateSolution, type ValidationOptions } from './validate/validateSolution';
import { zipFiles } from './zipFiles';

export interface PackedSolution {
  readonly fileName: string;
  readonly zip: Buffer;
  readonly files: ReadonlyMap<string, Buffer>;
  readonly rootComponents: readonly RootComponent[];
}

/**
 * Builds the solution, validates it (LeadLink's checks, and Microsoft's XSDs when their folder is known; any problem
 * stops the pack with all of them listed) and zips it. The same inputs always give the same bytes.
 */
export async function packSolution(inputs: SolutionInputs, options: ValidationOptions = {}): Promise<PackedSolution> {
  const built = buildSolution(inputs);
  const problems = await validateSolution(built.files, inputs.tables, options);
  if (problems.length > 0) throw new SolutionValidationError(problems);
  return {
    fileName: built.fileName,
    zip: await zipFiles(built.files),
    files: built.files,
    rootComponents: built.rootComponents,
  };
}
