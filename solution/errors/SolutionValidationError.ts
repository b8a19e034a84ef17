/** The packed solution failed validation; `problems` names each one (schema errors, failed checks). */
export class SolutionValidationError extends Error {
  override name = 'SolutionValidationError';

  constructor(readonly problems: readonly string[]) {
    super(
      `The solution is not valid (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n  - ${problems.join('\n  - ')}`,
    );
  }
}
