/** A landing-page submission that cannot be used; `problems` names every bad field. Nothing was written. */
export class SubmissionError extends Error {
  override name = 'SubmissionError';
  readonly problems: readonly string[];

  constructor(problems: readonly string[]) {
    super(`The submission is not valid:\n${problems.map((problem) => `- ${problem}`).join('\n')}`);
    this.problems = problems;
  }
}
