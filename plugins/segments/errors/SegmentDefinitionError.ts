/** One thing wrong with a segment definition, at a path such as `lead.conditions[1].column`. */
export interface SegmentIssue {
  readonly path: string;
  readonly message: string;
}

/** A segment definition that cannot be used; `issues` lists everything wrong with it, not only the first problem. */
export class SegmentDefinitionError extends Error {
  override name = 'SegmentDefinitionError';
  readonly issues: readonly SegmentIssue[];

  constructor(issues: readonly SegmentIssue[]) {
    const lines = issues.map((issue) => `- ${issue.path}: ${issue.message}`);
    super(`The segment definition is not valid:\n${lines.join('\n')}`);
    this.issues = issues;
  }
}
