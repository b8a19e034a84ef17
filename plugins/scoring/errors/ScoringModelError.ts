/** One thing wrong with a scoring model, at a path such as `rules[2].points` (empty for the model itself). */
export interface ScoringModelProblem {
  readonly path: string;
  readonly message: string;
}

/** A scoring model that cannot be used; `problems` lists everything wrong with it, not only the first. */
export class ScoringModelError extends Error {
  override name = 'ScoringModelError';
  readonly problems: readonly ScoringModelProblem[];

  constructor(problems: readonly ScoringModelProblem[]) {
    const lines = problems.map((problem) => `- ${formatProblem(problem)}`);
    super(`The scoring model is not valid:\n${lines.join('\n')}`);
    this.problems = problems;
  }
}

export function formatProblem(problem: ScoringModelProblem): string {
  return problem.path === '' ? problem.message : `${problem.path}: ${problem.message}`;
}
