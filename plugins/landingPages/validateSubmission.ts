/**
 * Reads a submission body and checks every field, collecting all problems (each names its field) into one
 * SubmissionError, so a form service sees everything wrong at once.
 */
import { normalizeEmail } from '../identity';
import { emailProblem } from '../identity/normalizeEmail';
import { parseDateTime } from '../common/parseDateTime';
import { jsonSyntaxProblem, quoteName, unknownKeyProblems } from '../common/problemList';
import { SubmissionError } from './errors/SubmissionError';
import { FUTURE_TOLERANCE_MS, SUBMISSION_MAX_LENGTH } from './limits';
import { OPT_OUTS, SUBMISSION_FIELDS, type OptOut, type Submission } from './Submission';

type TextField = keyof typeof SUBMISSION_MAX_LENGTH;

export function validateSubmission(body: string, now: Date): Submission {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch (error) {
    throw new SubmissionError([`the body is ${jsonSyntaxProblem(error)}`]);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new SubmissionError(['the body must be a JSON object with submissionId, email and topic']);
  }
  const item = parsed as Record<string, unknown>;
  const problems: string[] = [];
  const unknown = Object.keys(item).filter((key) => !(SUBMISSION_FIELDS as readonly string[]).includes(key));
  problems.push(...unknownKeyProblems(unknown, SUBMISSION_FIELDS, 'a submission'));
  const text = (field: TextField, required: boolean): string | undefined => {
    const value = item[field];
    if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
      if (required) problems.push(`${field}: is required`);
      return undefined;
    }
    if (typeof value !== 'string') {
      problems.push(`${field}: must be a string, got ${typeof value}`);
      return undefined;
    }
    const trimmed = value.trim();
    if (trimmed.length > SUBMISSION_MAX_LENGTH[field]) {
      problems.push(`${field}: is ${trimmed.length} characters long; at most ${SUBMISSION_MAX_LENGTH[field]} fit`);
      return undefined;
    }
    return trimmed;
  };
  const submissionId = text('submissionId', true);
  const rawEmail = text('email', true);
  const email = rawEmail === undefined ? undefined : normalizeEmail(rawEmail);
  if (rawEmail !== undefined && email === undefined)
    problems.push(
      `email: ${JSON.stringify(rawEmail.slice(0, 60))} ${emailProblem(rawEmail) ?? 'is not an e-mail address'}`,
    );
  const topic = text('topic', true);
  const submission = {
    firstName: text('firstName', false),
    lastName: text('lastName', false),
    company: text('company', false),
    jobTitle: text('jobTitle', false),
    phone: text('phone', false),
    pageId: text('pageId', false),
    pageUrl: text('pageUrl', false),
  };
  const submittedOn = readDate(item['submittedOn'], now, problems);
  const optOuts = readOptOuts(item['optOuts'], problems);
  if (problems.length > 0 || submissionId === undefined || email === undefined || topic === undefined) {
    throw new SubmissionError(problems);
  }
  return { submissionId, email, topic, submittedOn, optOuts, ...submission };
}

function readDate(value: unknown, now: Date, problems: string[]): string {
  if (value === undefined || value === null) return now.toISOString();
  const parsed = parseDateTime(value);
  if (!parsed.ok) {
    problems.push(`submittedOn: ${parsed.problem}`);
    return now.toISOString();
  }
  if (parsed.ms > now.getTime() + FUTURE_TOLERANCE_MS) problems.push(`submittedOn: ${parsed.iso} is in the future`);
  return parsed.iso;
}

function readOptOuts(value: unknown, problems: string[]): OptOut[] {
  if (value === undefined || value === null) return [];
  if (typeof value !== 'object' || Array.isArray(value)) {
    problems.push(`optOuts: must be an object such as {"bulkEmail": true}`);
    return [];
  }
  const out: OptOut[] = [];
  for (const [key, flag] of Object.entries(value as Record<string, unknown>)) {
    const known = OPT_OUTS.find((name) => name === key);
    if (known === undefined)
      problems.push(`optOuts.${quoteName(key)}: is not an opt-out (expected ${OPT_OUTS.join(', ')})`);
    else if (typeof flag !== 'boolean') problems.push(`optOuts.${key}: must be true or false`);
    else if (flag) out.push(known);
  }
  return out;
}
