/** One thing wrong with a scoring model, at a path such as `rules[2].points` (empty for the model itself). */
export interface ScoringModelProblem {
  readonly path: string;
  readonly message: string;
}

/**
 * A scoring model that cannot be used; `problems` lists everything wrong with it, not only the first. `source` names
 * where it was read from (a web resource, an environment variable, a file), and leads the message.
 */
export class ScoringModelError extends Error {
  override name = 'ScoringModelError';
  readonly problems: readonly ScoringModelProblem[];
  readonly source: string | undefined;

  constructor(problems: readonly ScoringModelProblem[], source?: string) {
    const lines = problems.map((problem) => `- ${formatProblem(problem)}`);
    super(`${source === undefined ? '' : `${source}: `}The scoring model is not valid:\n${lines.join('\n')}`);
    this.problems = problems;
    this.source = source;
  }

  /** The same problems, said of a source. */
  from(source: string): ScoringModelError {
    return new ScoringModelError(this.problems, source);
  }
}

export function formatProblem(problem: ScoringModelProblem): string {
  return problem.path === '' ? problem.message : `${problem.path}: ${problem.message}`;
}
