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
      'submittedOn: must be an ISO-8601 date and time with a time zone, e.g. 2026-05-01T10:00:00Z',
      'optOuts.sms: is not an opt-out (expected bulkEmail, email, phone, fax, postalMail, marketingMaterials)',
      'optOuts.email: must be true or false',
    ]);
  });

  it('refuses what is not a JSON object, a date in the future and text too long for the lead', () => {
    expect(problemsOf('nope')).toEqual([expect.stringMatching(/^the body is not valid JSON: /)]);
    expect(problemsOf('[1]')).toEqual(['the body must be a JSON object with submissionId, email and topic']);
    expect(
      problemsOf(json({ submissionId: 's', email: 'a@b.example', topic: 't', submittedOn: '2026-05-11T00:00:00Z' })),
    ).toEqual(['submittedOn: 2026-05-11T00:00:00Z is in the future']);
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

  it('says all of it in its message', () => {
    expect(() => validateSubmission(json({ submissionId: 's', topic: 't' }), NOW)).toThrow(
      'The submission is not valid:\n- email: is required',
    );
  });
});
