import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The environment variable naming the folder of third-party reference material the reference suite checks against. */
export const REFERENCE_DIR_VARIABLE = 'LEADLINK_REFERENCE_DIR';

/** The folders the reference material must hold. */
export const REFERENCE_LAYOUT = ['webhook-samples', 'schemas/9.0.0.2090', 'solution-examples'] as const;

/**
 * What is wrong with the reference folder setting, or undefined when it is usable. The message says what to set:
 * the suite cannot run without the material, and it must not pass by skipping.
 */
export function referenceDirProblem(
  env: Readonly<Record<string, string | undefined>> = process.env,
): string | undefined {
  const value = env[REFERENCE_DIR_VARIABLE]?.trim();
  if (!value) {
    return (
      `${REFERENCE_DIR_VARIABLE} is not set. The reference suite checks LeadLink against third-party material ` +
      "(real webhook captures, Microsoft's XSDs, real exported solutions) that the repository does not hold. " +
      `Set ${REFERENCE_DIR_VARIABLE} to the folder holding ${REFERENCE_LAYOUT.join(', ')} and run it again; ` +
      'the product tests are `npm test`.'
    );
  }
  const dir = resolve(value);
  const missing = REFERENCE_LAYOUT.filter((sub) => !existsSync(join(dir, sub)));
  if (missing.length > 0) return `${REFERENCE_DIR_VARIABLE}=${value} (${dir}) has no ${missing.join(', ')}.`;
  return undefined;
}

/** A path inside the reference folder (checked by the suite's global setup before any test runs). */
export function referencePath(...parts: string[]): string {
  const problem = referenceDirProblem();
  if (problem) throw new Error(problem);
  return join(resolve(process.env[REFERENCE_DIR_VARIABLE] as string), ...parts);
}

/** The folder of Microsoft's schema download, verbatim: what users pass to `leadlink pack --schemas`. */
export const schemasDir = (): string => referencePath('schemas', '9.0.0.2090');
