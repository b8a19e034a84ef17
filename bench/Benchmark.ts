/** A benchmark: runs LeadLink's way and the naive way in one run and prints them side by side with the ratios. */
export interface Benchmark {
  readonly name: string;
  readonly description: string;
  /** Prints its own table; returns when done. */
  run(args: readonly string[]): Promise<void>;
}
