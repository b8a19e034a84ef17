/**
 * Grades must cover every score exactly once: continuous, non-overlapping ranges from 0 (scores never go below 0)
 * up, the highest one open-ended. Runs on whatever the schema check let through, so it skips malformed entries.
 */
import type { ScoringModelProblem } from '../errors/ScoringModelError';
import { isRecord } from './isRecord';
import { RATING_NAMES } from './ScoringModel';

interface GradeRange {
  readonly index: number;
  readonly name: string;
  readonly min: number;
  readonly max: number | undefined;
}

export function checkGrades(grades: unknown, mapGradeToRating: unknown): ScoringModelProblem[] {
  if (!Array.isArray(grades)) return [];
  const ranges = grades.map(toRange);
  const problems: ScoringModelProblem[] = [];
  problems.push(...checkNames(ranges));
  problems.push(...checkRatings(grades, ranges, mapGradeToRating === true));
  const wellFormed = ranges.filter((range): range is GradeRange => range !== undefined);
  // Coverage is meaningful only when every grade could be read as a range.
  if (wellFormed.length === 0 || wellFormed.length !== grades.length) return problems;

  const reversed = wellFormed.filter((range) => range.max !== undefined && range.max < range.min);
  for (const range of reversed) {
    problems.push({ path: `grades[${range.index}].max`, message: `${String(range.max)} is below min ${range.min}` });
  }
  if (reversed.length > 0) return problems;
  const sorted = [...wellFormed].sort((a, b) => a.min - b.min || a.index - b.index);
  for (let i = 1; i < sorted.length; i++) {
    const previous = sorted[i - 1];
    const next = sorted[i];
    if (previous === undefined || next === undefined) continue;
    if (previous.max === undefined || next.min <= previous.max) {
      problems.push({ path: 'grades', message: `ranges overlap between ${describe(previous)} and ${describe(next)}` });
    } else if (next.min > previous.max + 1) {
      problems.push({ path: 'grades', message: `gap between ${previous.max} and ${next.min}` });
    }
  }
  const lowest = sorted[0];
  if (lowest !== undefined && lowest.min > 0) {
    problems.push({
      path: 'grades',
      message: `the lowest grade, ${lowest.name}, starts at ${lowest.min}, so scores 0–${lowest.min - 1} have no grade`,
    });
  }
  const highest = sorted[sorted.length - 1];
  if (highest !== undefined && highest.max !== undefined && highest.max >= highest.min) {
    problems.push({
      path: 'grades',
      message: `the highest grade, ${highest.name}, ends at ${highest.max}, so higher scores have no grade; leave out its max`,
    });
  }
  return problems;
}

function toRange(grade: unknown, index: number): GradeRange | undefined {
  if (!isRecord(grade)) return undefined;
  const { name, min, max } = grade;
  if (typeof name !== 'string' || !Number.isInteger(min)) return undefined;
  if (max !== undefined && !Number.isInteger(max)) return undefined;
  return { index, name, min: min as number, max: max as number | undefined };
}

function describe(range: GradeRange): string {
  return `${range.name} (${range.min}–${range.max ?? '…'})`;
}

function checkNames(ranges: readonly (GradeRange | undefined)[]): ScoringModelProblem[] {
  const firstIndex = new Map<string, number>();
  const problems: ScoringModelProblem[] = [];
  for (const range of ranges) {
    if (range === undefined) continue;
    const key = range.name.trim().toLowerCase();
    const first = firstIndex.get(key);
    if (first === undefined) firstIndex.set(key, range.index);
    else
      problems.push({
        path: `grades[${range.index}].name`,
        message: `"${range.name}" is already the name of grades[${first}]`,
      });
  }
  return problems;
}

function checkRatings(
  grades: readonly unknown[],
  ranges: readonly (GradeRange | undefined)[],
  mapGradeToRating: boolean,
): ScoringModelProblem[] {
  if (!mapGradeToRating) return [];
  const problems: ScoringModelProblem[] = [];
  ranges.forEach((range, index) => {
    const grade = grades[index];
    if (range === undefined || !isRecord(grade) || grade['rating'] !== undefined) return;
    if ((RATING_NAMES as readonly string[]).includes(range.name.trim().toLowerCase())) return;
    problems.push({
      path: `grades[${index}].rating`,
      message: `is required when mapGradeToRating is true ("${range.name}" is not Hot, Warm or Cold); use one of ${RATING_NAMES.join(', ')}`,
    });
  });
  return problems;
}
