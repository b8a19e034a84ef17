/** The grade whose range holds a score. A validated model's grades cover every score from 0 up exactly once. */
import type { Grade } from '../model/ScoringModel';

export function gradeFor(grades: readonly Grade[], score: number): Grade {
  const grade = grades.find(
    (candidate) => candidate.min <= score && (candidate.max === undefined || score <= candidate.max),
  );
  if (grade === undefined) {
    throw new RangeError(
      `No grade covers the score ${score}: validate the scoring model with validateScoringModel first`,
    );
  }
  return grade;
}
