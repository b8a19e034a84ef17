/**
 * POST /api/interactions against the emulator through the real route: 1,000 interactions posted twice are written
 * once, the affected leads carry the engine's score, grade and reasons, bad items are reported one by one while the
 * good ones are written, and a bad scoring model is refused: the last valid one stays in force, and with none (a fresh
 * process) the call stops before anything is written.
 */
import { INTERACTION, LEAD_SCORE_COLUMNS } from '../../../schema/leadlink';
import { DEFAULT_SCORING_MODEL, encodeScoreReasons } from '../../../plugins/scoring';
import { engineView, storedScore } from './helpers/engineView';
import { createPeople, interactionsFor, type Person } from './helpers/people';
import { ScoringHarness } from './helpers/ScoringHarness';

interface IntakeBody {
  received: number;
  created: number;
  existing: number;
  duplicate: number;
  invalid: number;
  failed: number;
  items: { index: number; sourceId?: string; status: string; id?: string; errors?: string[]; duplicateOf?: number }[];
  rescore: { scored: number; changed: number; error?: string };
  error?: string;
}

async function countInteractions(h: ScoringHarness): Promise<number> {
  return (await h.admin.queryAll(INTERACTION.entitySet, { select: [INTERACTION.id] })).length;
}

describe('POST /api/interactions', () => {
  let h: ScoringHarness;
  let people: Person[];

  beforeAll(async () => {
    h = await ScoringHarness.start();
    people = await createPeople(h.admin, 50);
  });
  afterAll(() => h.stop());

  it('writes 1,000 interactions once when they are posted twice, and scores the leads as the engine does', async () => {
    const items = interactionsFor(people, 20, h.now);
    expect(items).toHaveLength(1000);

    const mark = h.emulator.log.mark;
    const first = await h.post<IntakeBody>('interactions', { interactions: items });
    expect(first.status).toBe(200);
    // In bulk: one CreateMultiple for the 1,000 interactions, one UpdateMultiple for the 50 leads, a few reads.
    const requests = h.emulator.log.entries(mark).map((entry) => `${entry.method} ${entry.path.split('?')[0] ?? ''}`);
    expect(
      requests.filter((r) => r === 'POST leadlink_interactions/Microsoft.Dynamics.CRM.CreateMultiple'),
    ).toHaveLength(1);
    expect(requests.filter((r) => r === 'POST leads/Microsoft.Dynamics.CRM.UpdateMultiple')).toHaveLength(1);
    expect(requests.length).toBeLessThanOrEqual(12);
    expect(first.body).toMatchObject({ received: 1000, created: 1000, existing: 0, invalid: 0, failed: 0 });
    expect(first.body.rescore).toMatchObject({ scored: 50, changed: 50 });
    expect(await countInteractions(h)).toBe(1000);

    const second = await h.post<IntakeBody>('interactions', { interactions: items });
    expect(second.status).toBe(200);
    expect(second.body).toMatchObject({ received: 1000, created: 0, existing: 1000, invalid: 0, failed: 0 });
    // Same clock, same interactions: every lead is scored again and none is written.
    expect(second.body.rescore).toMatchObject({ scored: 50, changed: 0 });
    expect(await countInteractions(h)).toBe(1000);
    // The second answer names the very rows the first created.
    expect(second.body.items.map((item) => item.id)).toEqual(first.body.items.map((item) => item.id));

    const grades = new Set<string>();
    for (const person of people) {
      const stored = await storedScore(h.admin, person.leadId);
      const expected = await engineView(h.admin, DEFAULT_SCORING_MODEL, person.leadId, h.now);
      expect(stored[LEAD_SCORE_COLUMNS.score]).toBe(expected.score);
      expect(stored[LEAD_SCORE_COLUMNS.grade]).toBe(expected.grade);
      expect(stored[LEAD_SCORE_COLUMNS.salesReady]).toBe(expected.salesReady);
      expect(stored[LEAD_SCORE_COLUMNS.scoreReasons]).toBe(
        encodeScoreReasons(expected.reasons, expected.salesReadyScore),
      );
      expect(new Date(stored[LEAD_SCORE_COLUMNS.scoredOn] as string).getTime()).toBe(h.now.getTime());
      expect(expected.reasons.length).toBeGreaterThan(0);
      grades.add(expected.grade);
    }
    // The data spread the leads over more than one grade, so the comparison above is not trivially uniform.
    expect(grades.size).toBeGreaterThan(1);
  });

  it('writes once when two calls race with the same items', async () => {
    const before = await countInteractions(h);
    const items = interactionsFor(people.slice(0, 10), 20, h.now, 'race');
    // Both calls find none of the items and both send a CreateMultiple; the loser's fails on the alternate key
    // (412), its items are retried one by one, fail the same way and are reported as existing.
    const [a, b] = await Promise.all([
      h.post<IntakeBody>('interactions', { interactions: items }),
      h.post<IntakeBody>('interactions', { interactions: items }),
    ]);
    expect([a.status, b.status]).toEqual([200, 200]);
    // Every item is created by one call and reported existing by the other (or by both, if one saw the other's rows).
    expect(a.body.created + b.body.created).toBe(200);
    expect(a.body.created + a.body.existing).toBe(200);
    expect(b.body.created + b.body.existing).toBe(200);
    expect(await countInteractions(h)).toBe(before + 200);
    const ids = (answer: IntakeBody) => answer.items.map((item) => item.id);
    expect(ids(a.body)).toEqual(ids(b.body));
  });

  it('reports each bad item with the field at fault and still writes the good ones', async () => {
    const [alice, bob] = people;
    if (!alice || !bob) throw new Error('people missing');
    const before = await countInteractions(h);
    const items = [
      {
        sourceId: 'mixed-good-1',
        contactId: alice.contactId,
        type: 'emailClicked',
        occurredOn: '2026-01-05T10:00:00Z',
      },
      { sourceId: 'mixed-bad-type', contactId: alice.contactId, type: 'emailRead', occurredOn: '2026-01-05T10:00:00Z' },
      { sourceId: 'mixed-bad-date', contactId: bob.contactId, type: 'emailOpened', occurredOn: 'yesterday' },
      { contactId: bob.contactId, type: 'emailOpened', occurredOn: '2026-01-05T10:00:00Z' },
      { sourceId: 'mixed-typo', contactId: bob.contactId, type: 'emailOpened', occuredOn: '2026-01-05T10:00:00Z' },
      {
        sourceId: 'mixed-no-contact',
        contactId: '00000000-0000-0000-0000-0000000000aa',
        type: 'emailOpened',
        occurredOn: '2026-01-05T10:00:00Z',
      },
      {
        sourceId: 'mixed-no-lead',
        contactId: bob.contactId,
        leadId: '00000000-0000-0000-0000-0000000000bb',
        type: 'emailOpened',
        occurredOn: '2026-01-05T10:00:00Z',
      },
      'not an object',
      {
        sourceId: 'mixed-good-2',
        contactId: bob.contactId,
        leadId: bob.leadId,
        type: 'formSubmitted',
        occurredOn: '2026-01-06T10:00:00+02:00',
        url: 'https://contoso.example.com/contact-us',
      },
      {
        sourceId: 'MIXED-GOOD-1',
        contactId: alice.contactId,
        type: 'emailClicked',
        occurredOn: '2026-01-05T10:00:00Z',
      },
    ];
    const answer = await h.post<IntakeBody>('interactions', { interactions: items });
    expect(answer.status).toBe(207);
    expect(answer.body).toMatchObject({ received: 10, created: 2, duplicate: 1, invalid: 7, failed: 0 });
    const byIndex = (index: number) => answer.body.items[index];
    expect(byIndex(0)).toMatchObject({ status: 'created', sourceId: 'mixed-good-1' });
    expect(byIndex(1)?.errors).toEqual([
      expect.stringMatching(/^type: must be one of emailOpened, .*got "emailRead"$/),
    ]);
    expect(byIndex(2)?.errors).toEqual([
      expect.stringMatching(/^occurredOn: must be an ISO 8601 date and time .*got "yesterday"$/),
    ]);
    expect(byIndex(3)?.errors).toEqual(['sourceId: is required']);
    expect(byIndex(4)?.errors).toEqual([
      expect.stringMatching(/^occuredOn: is not a field of an interaction/),
      'occurredOn: is required',
    ]);
    expect(byIndex(5)?.errors).toEqual(['contactId: no contact 00000000-0000-0000-0000-0000000000aa exists']);
    expect(byIndex(6)?.errors).toEqual(['leadId: no lead 00000000-0000-0000-0000-0000000000bb exists']);
    expect(byIndex(7)?.errors).toEqual(['must be a JSON object, got "not an object"']);
    expect(byIndex(8)).toMatchObject({ status: 'created', sourceId: 'mixed-good-2' });
    // Dataverse compares keys case-insensitively: the same source id in other case is the same interaction.
    expect(byIndex(9)).toMatchObject({ status: 'duplicate', duplicateOf: 0 });
    expect(await countInteractions(h)).toBe(before + 2);

    const stored = await h.admin.retrieve(INTERACTION.entitySet, byIndex(8)?.id ?? '');
    expect(stored).toMatchObject({
      [INTERACTION.sourceId]: 'mixed-good-2',
      [`_${INTERACTION.lead}_value`]: bob.leadId,
      [INTERACTION.occurredOn]: '2026-01-06T08:00:00Z',
      [INTERACTION.url]: 'https://contoso.example.com/contact-us',
      [INTERACTION.name]: 'Form submitted: https://contoso.example.com/contact-us',
    });
  });

  it('answers 400 and writes nothing when no item can be accepted or the body is unreadable', async () => {
    const before = await countInteractions(h);
    const none = await h.post<IntakeBody>('interactions', { interactions: [{ type: 'emailOpened' }] });
    expect(none.status).toBe(400);
    expect(none.body.items[0]?.errors).toEqual([
      'sourceId: is required',
      'contactId: is required',
      'occurredOn: is required',
    ]);
    expect((await h.post<IntakeBody>('interactions', '{"interactions": [')).body.error).toMatch(
      /^The body is not valid JSON/,
    );
    expect((await h.post<IntakeBody>('interactions', { events: [] })).body.error).toMatch(/"interactions" list/);
    const tooMany = await h.post<IntakeBody>('interactions', {
      interactions: Array.from({ length: 1001 }, () => ({})),
    });
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.error).toBe('The "interactions" list has 1001 items; send at most 1000 a call.');
    expect(await countInteractions(h)).toBe(before);
  });

  it('refuses a caller without the key', async () => {
    const answer = await h.post('interactions', { interactions: [] }, 'wrong-key-wrong-key');
    expect(answer.status).toBe(401);
    expect((await h.post('interactions', { interactions: [] }, null)).status).toBe(401);
  });

  it('keeps the last valid model when an admin saves a bad one, logging why; a fresh process refuses it and writes nothing', async () => {
    const [alice] = people;
    if (!alice) throw new Error('people missing');
    const post = (sourceId: string) =>
      h.post<IntakeBody>('interactions', {
        interactions: [
          { sourceId, contactId: alice.contactId, type: 'emailOpened', occurredOn: '2026-01-05T10:00:00Z' },
        ],
      });
    await h.setModel(JSON.stringify({ ...DEFAULT_SCORING_MODEL, salesReadyScore: -5 }));
    try {
      const logged = h.logLines.length;
      const kept = await post('bad-model-kept');
      expect(kept.status).toBe(200);
      expect(kept.body.rescore).toMatchObject({ scored: 1 });
      const lines = h.logLines.slice(logged).filter((line) => line.includes('scoring.model.invalid'));
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain("web resource 'leadlink_/scoring/model.json'");
      expect(lines[0]).toContain('salesReadyScore: must be greater than 0');

      h.restartFunctions();
      const before = await countInteractions(h);
      const refused = await post('bad-model-refused');
      expect(refused.status).toBe(500);
      expect(refused.body.error).toMatch(
        /^web resource 'leadlink_\/scoring\/model\.json': The scoring model is not valid:\n- salesReadyScore: /,
      );
      expect(await countInteractions(h)).toBe(before);
    } finally {
      await h.setModel(JSON.stringify(DEFAULT_SCORING_MODEL));
    }
  });
});
