/**
 * The intake on an unreliable Dataverse (the emulator's injected 503s and connection resets, a quick client retry
 * policy): a transient failure answers 503 and writes nothing half-way; posting the same body again until it is
 * accepted writes every interaction exactly once and leaves the leads scored as the engine says.
 */
import { INTERACTION, LEAD_SCORE_COLUMNS } from '../../../schema/leadlink';
import { CONTACT, LEAD } from '../../../schema/names';
import { DEFAULT_SCORING_MODEL, encodeScoreReasons } from '../../../plugins/scoring';
import { engineView, storedScore } from './helpers/engineView';
import { createPeople, interactionsFor, type Person } from './helpers/people';
import { ScoringHarness } from './helpers/ScoringHarness';

interface IntakeBody {
  created: number;
  existing: number;
  failed: number;
  error?: string;
}

describe('POST /api/interactions with faults', () => {
  let h: ScoringHarness;
  let people: Person[];

  beforeAll(async () => {
    h = await ScoringHarness.start({ retry: { maxAttempts: 1 } });
    people = await createPeople(h.admin, 30);
  });
  afterAll(async () => {
    h.emulator.faults.configure({ serverErrorRate: 0, resetRate: 0 });
    await h.stop();
  });

  it('answers 503 when Dataverse keeps failing, and writes nothing', async () => {
    h.emulator.faults.configure({ serverErrorRate: 1 });
    const answer = await h.post<IntakeBody>('interactions', {
      interactions: interactionsFor(people, 1, h.now, 'down'),
    });
    h.emulator.faults.configure({ serverErrorRate: 0 });
    expect(answer.status).toBe(503);
    expect(answer.body.error).toBe('A transient failure; post the same body again.');
    expect(await h.admin.queryAll(INTERACTION.entitySet, { select: [INTERACTION.id] })).toHaveLength(0);
  });

  it('writes every interaction once when the same body is posted until it is accepted', async () => {
    const items = interactionsFor(people, 10, h.now, 'flaky');
    const statuses: number[] = [];
    const mark = h.emulator.log.mark;
    // Four requests in ten fail (no client retries): most attempts break off somewhere along the way.
    h.emulator.faults.configure({ serverErrorRate: 0.3, resetRate: 0.1 });
    try {
      for (let attempt = 0; attempt < 200 && statuses.at(-1) !== 200; attempt += 1) {
        statuses.push((await h.post<IntakeBody>('interactions', { interactions: items })).status);
      }
    } finally {
      h.emulator.faults.configure({ serverErrorRate: 0, resetRate: 0 });
    }
    const injected = h.emulator.log.entries(mark).filter((entry) => entry.status === 503 || entry.status === 0);
    expect(injected.length).toBeGreaterThan(0);
    expect(statuses.at(-1)).toBe(200);
    for (const status of statuses) expect([200, 503]).toContain(status);

    const rows = await h.admin.queryAll(INTERACTION.entitySet, { select: [INTERACTION.sourceId] });
    expect(rows).toHaveLength(items.length);
    expect(new Set(rows.map((row) => row[INTERACTION.sourceId])).size).toBe(items.length);
    for (const person of people) {
      const stored = await storedScore(h.admin, person.leadId);
      const expected = await engineView(h.admin, DEFAULT_SCORING_MODEL, person.leadId, h.now);
      expect(stored[LEAD_SCORE_COLUMNS.score]).toBe(expected.score);
      expect(stored[LEAD_SCORE_COLUMNS.scoreReasons]).toBe(
        encodeScoreReasons(expected.reasons, expected.salesReadyScore),
      );
    }
  });

  it('makes one contact, one lead and one record of a submission posted until it is accepted', async () => {
    const email = 'flaky.visitor@litware.example.com';
    const statuses: number[] = [];
    h.emulator.faults.configure({ serverErrorRate: 0.3, resetRate: 0.1 });
    try {
      for (let attempt = 0; attempt < 200 && !(statuses.at(-1) === 200 || statuses.at(-1) === 201); attempt += 1) {
        const answer = await h.post('landing-pages/submissions', {
          submissionId: 'flaky-1',
          email,
          lastName: 'Visitor',
          topic: 'Trial',
        });
        statuses.push(answer.status);
      }
    } finally {
      h.emulator.faults.configure({ serverErrorRate: 0, resetRate: 0 });
    }
    for (const status of statuses.slice(0, -1)) expect(status).toBe(503);
    expect([200, 201]).toContain(statuses.at(-1));
    const contacts = await h.admin.queryAll(CONTACT.set, {
      select: [CONTACT.id],
      filter: `${CONTACT.email} eq '${email}'`,
    });
    expect(contacts).toHaveLength(1);
    const contactId = String(contacts[0]?.[CONTACT.id]);
    const leads = await h.admin.queryAll(LEAD.set, {
      select: [LEAD.id, LEAD_SCORE_COLUMNS.score],
      filter: `${LEAD.parentContactValue} eq ${contactId}`,
    });
    expect(leads).toEqual([expect.objectContaining({ [LEAD_SCORE_COLUMNS.score]: 15 })]);
    const records = await h.admin.queryAll(INTERACTION.entitySet, {
      select: [INTERACTION.id],
      filter: `_${INTERACTION.contact}_value eq ${contactId}`,
    });
    expect(records).toHaveLength(1);
  });
});
