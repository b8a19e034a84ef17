import { capProblems } from '../../common/problemList';

/**
 * A landing-page submission that cannot be used; `problems` names the bad fields (at most MAX_PROBLEMS_LISTED, then
 * how many more). Nothing was written.
 */
export class SubmissionError extends Error {
  override name = 'SubmissionError';
  readonly problems: readonly string[];

  constructor(problems: readonly string[]) {
    const listed = capProblems(problems);
    super(`The submission is not valid:\n${listed.map((problem) => `- ${problem}`).join('\n')}`);
    this.problems = listed;
  }
}
