/**
 * What the intake and the landing pages refuse, over HTTP against the emulator: a date that does not exist or that
 * Dataverse cannot store, and a look-alike e-mail address, are refused with 400 before anything is written; a body
 * with thousands of unknown keys gets a short answer.
 */
import { CONTACT } from '../../../schema/names';
import { ScoringHarness } from './helpers/ScoringHarness';

interface Refusal {
  error?: string;
  problems?: string[];
  items?: { status: string; errors?: string[] }[];
}

describe('bad input to the intake and the landing pages', () => {
  let h: ScoringHarness;
  let contactId: string;

  beforeAll(async () => {
    h = await ScoringHarness.start();
    contactId = await h.admin.create(CONTACT.set, {
      [CONTACT.firstName]: 'Kelly',
      [CONTACT.lastName]: 'Ash',
      [CONTACT.email]: 'kelly@contoso.example.com',
    });
  });
  afterAll(() => h.stop());

  /** POSTs, and returns the answer with the writes the emulator received meanwhile. */
  async function postAndWatch(route: string, body: unknown) {
    const mark = h.emulator.log.mark;
    const answer = await h.post<Refusal>(route, body);
    const writes = h.emulator.log.entries(mark).filter((entry) => entry.method !== 'GET');
    return { ...answer, writes };
  }

  const submission = { submissionId: 'bad-date', email: 'new.visitor@contoso.example.com', topic: 'Spring webinar' };

  it.each([
    ['0001-01-01T00:00:00Z', 'is before 1753-01-01, the earliest date Dataverse stores'],
    ['1752-12-31T23:59:59Z', 'is before 1753-01-01, the earliest date Dataverse stores'],
    ['2026-02-30T10:00:00Z', 'is not a date: February 2026 has 28 days'],
    ['2026-05-01T24:00:00Z', 'is not a time of day'],
  ])('refuses a submission dated %s with 400, writing no contact, lead or interaction', async (date, reason) => {
    const answer = await postAndWatch('landing-pages/submissions', { ...submission, submittedOn: date });
    expect(answer.status).toBe(400);
    expect(answer.body.problems).toEqual([expect.stringContaining(`submittedOn: ${date} ${reason}`)]);
    expect(answer.writes).toEqual([]);
  });

  it('refuses an interaction dated on a day that does not exist, and writes nothing', async () => {
    const answer = await postAndWatch('interactions', {
      interactions: [{ sourceId: 'bad-day', contactId, type: 'emailClicked', occurredOn: '2026-02-30T10:00:00Z' }],
    });
    expect(answer.status).toBe(400);
    expect(answer.body.items?.[0]).toMatchObject({
      status: 'invalid',
      errors: ['occurredOn: 2026-02-30T10:00:00Z is not a date: February 2026 has 28 days'],
    });
    expect(answer.writes).toEqual([]);
  });

  it('does not take a look-alike address (U+212A KELVIN SIGN) for an existing contact’s', async () => {
    const answer = await postAndWatch('landing-pages/submissions', {
      submissionId: 'kelvin',
      email: '\u212aelly@contoso.example.com',
      topic: 'Spring webinar',
      optOuts: { email: true },
    });
    expect(answer.status).toBe(400);
    expect(answer.body.problems).toEqual([expect.stringMatching(/^email: .* holds U\+212A, a look-alike character/)]);
    expect(answer.writes).toEqual([]);
    const kelly = await h.admin.retrieve(CONTACT.set, contactId, { select: [CONTACT.doNotEmail] });
    expect(kelly[CONTACT.doNotEmail]).toBe(false);
  });

  it('answers a body with 20,000 unknown keys briefly, naming a few of them', async () => {
    const item: Record<string, unknown> = { sourceId: 'noisy', contactId, type: 'emailClicked' };
    for (let i = 0; i < 20_000; i += 1) item[`unexpected_field_${i}`] = i;
    const intake = await postAndWatch('interactions', { interactions: [item] });
    expect(intake.status).toBe(400);
    expect(JSON.stringify(intake.body).length).toBeLessThan(2_000);
    expect(intake.body.items?.[0]?.errors).toEqual([
      expect.stringMatching(/^20,000 unknown fields, e\.g\. unexpected_field_0, /),
      'occurredOn: is required',
    ]);
    expect(intake.writes).toEqual([]);

    // A submission body holds at most 64 KB: 4,000 short unknown keys fit.
    const fields = Object.fromEntries(Array.from({ length: 4_000 }, (_, i) => [`u${i}`, i]));
    const landing = await postAndWatch('landing-pages/submissions', { ...submission, ...fields });
    expect(landing.status).toBe(400);
    expect(landing.body.problems).toEqual([expect.stringMatching(/^4,000 unknown fields, e\.g\. u0, u1, u2, /)]);
    expect(JSON.stringify(landing.body).length).toBeLessThan(2_000);
    expect(landing.writes).toEqual([]);
  });

  it('keeps the answer to 1,000 bad items bounded: problems are listed up to a budget, then only counted', async () => {
    const items = Array.from({ length: 1000 }, (_, i) => ({ sourceId: `bad-${i}`, occurredOn: 'soon', type: 'x' }));
    const answer = await postAndWatch('interactions', { interactions: items });
    expect(answer.status).toBe(400);
    const listed = (answer.body.items ?? []).flatMap((item) => item.errors ?? []);
    expect(listed.filter((error) => !error.startsWith('not valid; its problems are not listed')).length).toBeLessThan(
      210,
    );
    expect(answer.body.items?.[999]?.errors).toEqual([
      expect.stringMatching(/^not valid; its problems are not listed/),
    ]);
    expect(JSON.stringify(answer.body).length).toBeLessThan(250_000);
    expect(answer.writes).toEqual([]);
  });
});
