/** A file under solution/src (or the control's build output) that cannot be used as it is. */
export class SolutionSourceError extends Error {
  override name = 'SolutionSourceError';

  constructor(
    readonly file: string,
    problem: string,
  ) {
    super(`${file} ${problem}`);
  }
}
