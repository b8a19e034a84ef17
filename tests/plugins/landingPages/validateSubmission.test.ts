import { SubmissionError, validateSubmission } from '../../../plugins/landingPages';

const NOW = new Date('2026-05-10T12:00:00Z');
const json = (value: unknown) => JSON.stringify(value);

function problemsOf(body: string): readonly string[] {
  try {
    validateSubmission(body, NOW);
  } catch (error) {
    if (error instanceof SubmissionError) return error.problems;
    throw error;
  }
  throw new Error('expected the submission to be refused');
}

describe('validateSubmission', () => {
  it('reads a complete submission: trimmed, the address normalized, opt-outs ticked', () => {
    const submission = validateSubmission(
      json({
        submissionId: ' form-1 ',
        email: ' Nancy.Davolio@Contoso.example.com ',
        firstName: 'Nancy',
        lastName: 'Davolio',
        company: 'Contoso Ltd',
        jobTitle: 'CTO',
        phone: '+1 425 555 0100',
        topic: ' Contoso Ltd Conference ',
        pageId: 'conference',
        pageUrl: 'https://contoso.example.com/conference',
        submittedOn: '2026-05-01T10:00:00+02:00',
        optOuts: { bulkEmail: true, email: false, phone: true },
      }),
      NOW,
    );
    expect(submission).toEqual({
      submissionId: 'form-1',
      email: 'nancy.davolio@contoso.example.com',
      firstName: 'Nancy',
      lastName: 'Davolio',
      company: 'Contoso Ltd',
      jobTitle: 'CTO',
      phone: '+1 425 555 0100',
      topic: 'Contoso Ltd Conference',
      pageId: 'conference',
      pageUrl: 'https://contoso.example.com/conference',
      submittedOn: '2026-05-01T08:00:00.000Z',
      optOuts: ['bulkEmail', 'phone'],
    });
  });

  it('fills in the time of receipt and no opt-outs when the form sends none', () => {
    const submission = validateSubmission(json({ submissionId: 's', email: 'a@b.example', topic: 't' }), NOW);
    expect(submission).toMatchObject({ submittedOn: NOW.toISOString(), optOuts: [], firstName: undefined });
  });

  it('names every problem at once', () => {
    expect(
      problemsOf(json({ email: 'n/a', topic: 42, optOuts: { sms: true, email: 'yes' }, submittedOn: 'today' })),
    ).toEqual([
      'submissionId: is required',
      'email: "n/a" is not an e-mail address',
      'topic: must be a string, got number',
      'submittedOn: must be an ISO 8601 date and time with a time zone, e.g. 2026-05-01T10:00:00Z; got "today"',
      'optOuts.sms: is not an opt-out (expected bulkEmail, email, phone, fax, postalMail, marketingMaterials)',
      'optOuts.email: must be true or false',
    ]);
  });

  it('refuses what is not a JSON object, a date in the future and text too long for the lead', () => {
    expect(problemsOf('nope')).toEqual(['the body is not valid JSON']);
    expect(problemsOf('{"a" 1}')).toEqual(['the body is not valid JSON (stopped at character 5)']);
    expect(problemsOf('[1]')).toEqual(['the body must be a JSON object with submissionId, email and topic']);
    expect(
      problemsOf(json({ submissionId: 's', email: 'a@b.example', topic: 't', submittedOn: '2026-05-11T00:00:00Z' })),
    ).toEqual(['submittedOn: 2026-05-11T00:00:00.000Z is in the future']);
    expect(
      problemsOf(json({ submissionId: 's'.repeat(151), email: 'a@b.example', topic: 't', lastName: 'l'.repeat(51) })),
    ).toEqual([
      'submissionId: is 151 characters long; at most 150 fit',
      'lastName: is 51 characters long; at most 50 fit',
    ]);
    expect(problemsOf(json({ submissionId: 's', email: 'a@b.example', topic: 't', optOuts: ['bulkEmail'] }))).toEqual([
      'optOuts: must be an object such as {"bulkEmail": true}',
    ]);
  });

  it('refuses a date that does not exist or that Dataverse cannot store, before anything is written', () => {
    const base = { submissionId: 's', email: 'a@b.example', topic: 't' };
    expect(problemsOf(json({ ...base, submittedOn: '0001-01-01T00:00:00Z' }))).toEqual([
      'submittedOn: 0001-01-01T00:00:00Z is before 1753-01-01, the earliest date Dataverse stores',
    ]);
    expect(problemsOf(json({ ...base, submittedOn: '2026-02-30T10:00:00Z' }))).toEqual([
      'submittedOn: 2026-02-30T10:00:00Z is not a date: February 2026 has 28 days',
    ]);
    expect(problemsOf(json({ ...base, submittedOn: '2026-05-01T24:00:00Z' }))).toEqual([
      'submittedOn: 2026-05-01T24:00:00Z is not a time of day: hours run 00 to 23, minutes and seconds 00 to 59',
    ]);
  });

  it('refuses a look-alike address instead of folding it into another one', () => {
    expect(problemsOf(json({ submissionId: 's', email: '\u212aelly@example.com', topic: 't' }))).toEqual([
      'email: "\u212aelly@example.com" holds U+212A, a look-alike character that Unicode normalization replaces; type the address with the character it stands for',
    ]);
  });

  it('keeps its answer short: many unknown fields are one problem, and at most 20 problems are listed', () => {
    const noisy: Record<string, unknown> = { submissionId: 's', email: 'a@b.example', topic: 't' };
    for (let i = 0; i < 20_000; i += 1) noisy[`x${i}`] = i;
    expect(problemsOf(json(noisy))).toEqual([
      expect.stringMatching(/^20,000 unknown fields, e\.g\. x0, x1, x2, are not fields of a submission \(expected /),
    ]);
    const optOuts = Object.fromEntries(Array.from({ length: 5_000 }, (_, i) => [`o${i}`, true]));
    const problems = problemsOf(json({ submissionId: 's', email: 'a@b.example', topic: 't', optOuts }));
    expect(problems).toHaveLength(21);
    expect(problems[20]).toBe('… and 4,980 more problems not listed');
    expect(JSON.stringify(problems).length).toBeLessThan(4_000);
  });

  it('says all of it in its message', () => {
    expect(() => validateSubmission(json({ submissionId: 's', topic: 't' }), NOW)).toThrow(
      'The submission is not valid:\n- email: is required',
    );
  });
});
