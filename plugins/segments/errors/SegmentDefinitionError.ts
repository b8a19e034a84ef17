import { MAX_PROBLEMS_LISTED, moreProblems } from '../../common/problemList';

/** One thing wrong with a segment definition, at a path such as `lead.conditions[1].column`. */
export interface SegmentIssue {
  readonly path: string;
  readonly message: string;
}

/**
 * A segment definition that cannot be used; `issues` lists what is wrong with it, not only the first problem — at
 * most MAX_PROBLEMS_LISTED, then one issue saying how many more there were.
 */
export class SegmentDefinitionError extends Error {
  override name = 'SegmentDefinitionError';
  readonly issues: readonly SegmentIssue[];

  constructor(issues: readonly SegmentIssue[]) {
    const listed =
      issues.length <= MAX_PROBLEMS_LISTED
        ? issues
        : [
            ...issues.slice(0, MAX_PROBLEMS_LISTED),
            { path: '(more)', message: moreProblems(issues.length - MAX_PROBLEMS_LISTED) },
          ];
    const lines = listed.map((issue) => `- ${issue.path}: ${issue.message}`);
    super(`The segment definition is not valid:\n${lines.join('\n')}`);
    this.issues = listed;
  }
}
