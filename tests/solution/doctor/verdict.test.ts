import { check, type CheckResult } from '../../../solution/doctor/CheckResult';
import { exitCodeOf, verdictOf } from '../../../solution/doctor/DoctorReport';
import { compareVersions } from '../../../solution/doctor/checks/solutionCheck';

const pass = check('solution', 'a', 'pass', 'fine');
const warn = check('backlog', 'b', 'warn', 'worth a look');
const fail = (title: string) => check('webhook', title, 'fail', title);
const error = check('connection', 'c', 'error', 'DATAVERSE_URL cannot be used');

describe('exit code and verdict', () => {
  it('0 with warnings, 1 when something is wrong, 2 when something could not be checked and nothing is known wrong', () => {
    expect(exitCodeOf([pass, warn])).toBe(0);
    expect(exitCodeOf([pass, error, fail('x')])).toBe(1);
    expect(exitCodeOf([pass, error])).toBe(2);
  });

  it('names up to three problems in one line', () => {
    const checks: CheckResult[] = [pass, fail('one'), fail('two'), fail('three'), fail('four'), fail('five')];
    expect(verdictOf(checks)).toBe('✗ 5 problems — one; two; three; and 2 more');
    expect(verdictOf([pass, warn])).toBe('✓ all good — 2 checks, 1 warning');
    expect(verdictOf([pass, error])).toBe('✗ could not check — DATAVERSE_URL cannot be used');
  });
});

describe('solution versions', () => {
  it('compare part by part as numbers', () => {
    expect(compareVersions('1.10.0.0', '1.9.0.0')).toBe(1);
    expect(compareVersions('1.0.0.0', '1.0.0.1')).toBe(-1);
    expect(compareVersions('2.0.0.0', '2.0.0.0')).toBe(0);
    expect(compareVersions('1.0', '1.0.0.0')).toBeUndefined();
  });
});
