import { CHECK_GROUPS, type CheckGroup, type CheckResult, type CheckStatus } from '../CheckResult';
import type { DoctorReport } from '../DoctorReport';

const HEADINGS: Readonly<Record<CheckGroup, string>> = {
  connection: 'Connection',
  security: 'Roles and privileges',
  solution: 'Solution',
  settings: 'Environment variables',
  webhook: 'Webhook and steps',
  functionApp: 'Function app',
  failures: 'Failures',
  backlog: 'Backlog',
};

/** Could-not-check prints as ✗ too: either way the admin has something to do. */
const MARKS: Readonly<Record<CheckStatus, string>> = { pass: '✓', warn: '⚠', fail: '✗', error: '✗' };

/** The checklist for a terminal: grouped, one line per check, what was found below it, then its fix. */
export function formatChecklist(report: DoctorReport): string {
  const lines: string[] = [];
  for (const group of CHECK_GROUPS) {
    const checks = report.checks.filter((c) => c.group === group);
    if (checks.length === 0) continue;
    lines.push(HEADINGS[group]);
    for (const c of checks) lines.push(...formatCheck(c));
    lines.push('');
  }
  lines.push(`doctor: ${report.verdict} (${report.dataverseRequests} Dataverse requests)`);
  return lines.join('\n');
}

function formatCheck(c: CheckResult): string[] {
  const title = c.status === 'error' ? `could not check: ${c.title}` : c.title;
  return [
    `  ${MARKS[c.status]} ${title}`,
    ...c.details.map((d) => `      ${d}`),
    ...(c.fix !== undefined && c.status !== 'pass' ? [`      → fix: ${c.fix}`] : []),
  ];
}

/** One JSON document: the verdict, the exit code, the request count and every check by group. */
export function reportJson(report: DoctorReport): string {
  const groups = CHECK_GROUPS.map((name) => ({ name, checks: report.checks.filter((c) => c.group === name) })).filter(
    (g) => g.checks.length > 0,
  );
  return JSON.stringify(
    { verdict: report.verdict, exitCode: report.exitCode, dataverseRequests: report.dataverseRequests, groups },
    null,
    2,
  );
}
