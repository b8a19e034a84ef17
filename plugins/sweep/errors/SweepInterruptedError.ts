/** The sweep was asked to stop (Ctrl-C, a timer's budget): raised before the next request, never inside one. */
export class SweepInterruptedError extends Error {
  override name = 'SweepInterruptedError';

  constructor() {
    super('The sweep was stopped between two requests; running it again finishes the work.');
  }
}
