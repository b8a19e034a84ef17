/**
 * Group commit on the real webhook path: the emulator delivers a CreateMultiple import's events as Dataverse's
 * asynchronous service does, many at a time, to the functions server. Events that arrive while others are in flight
 * are linked together with the sweep's code; a lone event runs at once; a throttled group is deferred to the sweep,
 * which this instance starts early. Where time matters, the function app runs on a clock the test moves, so what is
 * checked is the structure — what waits on a timer and what does not — never how fast anything ran.
 */
import type { ODataRecord } from '../../../dataverse';
import { LEAD_QUALIFIED } from '../../../plugins/leadQualified';
import { ORPHAN_LEAD_CONTACT } from '../../../plugins/orphanLeadContact';
import { deterministicContactId, normalizeEmail } from '../../../plugins/identity';
import { ManualClock } from '../../support/manualClock';
import { answerOf, Harness } from './harness';

/** Waits (up to a generous limit) until the condition holds. */
async function eventually(condition: () => Promise<boolean> | boolean, step: () => void = () => {}): Promise<void> {
  for (let i = 0; i < 800; i++) {
    if (await condition()) return;
    step();
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error('The condition did not come true');
}

const parentOf = (h: Harness, leadId: string) => {
  const parent = h.emulator.store.get('lead', leadId)?.values.parentcontactid;
  return parent && typeof parent === 'object' && 'id' in parent ? parent.id : undefined;
};

/** Active contacts that share a normalized e-mail with another: twins. */
function twins(h: Harness): string[] {
  const seen = new Set<string>();
  const twice: string[] = [];
  for (const row of h.emulator.store.rows('contact')) {
    const email = normalizeEmail(typeof row.values.emailaddress1 === 'string' ? row.values.emailaddress1 : undefined);
    if (email === undefined || row.values.statecode !== 0) continue;
    if (seen.has(email)) twice.push(email);
    seen.add(email);
  }
  return twice;
}

/** Leads of an import: 12 addresses shared by several leads each, some typed in capitals, some of existing contacts. */
function importedLeads(batch: string, n: number): ODataRecord[] {
  return Array.from({ length: n }, (_, i) => {
    const address = i % 4 === 0 ? `existing${i % 3}@contoso.com` : `${batch}${i % 12}@fabrikam.com`;
    return {
      lastname: `${batch} ${i}`,
      emailaddress1: i % 2 ? address.toUpperCase() : address,
      ...(i % 7 === 0 ? { donotbulkemail: true } : {}),
    };
  });
}

describe('a burst on the system clock', () => {
  let h: Harness;
  const existing = new Map<string, string>();
  /** The leads the import made. */
  const burst: string[] = [];
  beforeAll(async () => {
    h = await Harness.start();
    await h.switchOrphanCreation(true);
    for (const n of [0, 1, 2]) {
      existing.set(
        `existing${n}@contoso.com`,
        await h.admin.create('contacts', { lastname: `Existing ${n}`, emailaddress1: `existing${n}@contoso.com` }),
      );
    }
  });
  afterAll(async () => {
    await h.stop();
  });

  it('links a CreateMultiple import with far fewer requests than events, each answered with its own lead, no twin', async () => {
    const records = importedLeads('burst', 300);
    const mark = h.emulator.log.mark;
    const ids = await h.admin.createMultiple('leads', 'lead', records);
    await h.emulator.webhooks.idle();

    // Every lead linked: to the existing contact of its address, or to its identity's one new contact.
    ids.forEach((id, i) => {
      const email = normalizeEmail(String(records[i]?.emailaddress1)) ?? '';
      const expected = existing.get(email);
      if (expected) expect(parentOf(h, id)).toBe(expected);
      else expect(parentOf(h, id)).toBeDefined();
    });
    expect(twins(h)).toEqual([]);
    // Leads that share an address share one contact.
    const byAddress = new Map<string, Set<string | undefined>>();
    ids.forEach((id, i) => {
      const email = normalizeEmail(String(records[i]?.emailaddress1)) ?? '';
      byAddress.set(email, new Set([...(byAddress.get(email) ?? []), parentOf(h, id)]));
    });
    expect([...byAddress.values()].filter((parents) => parents.size !== 1)).toEqual([]);

    // Each call was answered 200 with its own lead's outcome: the contact its detail names is its lead's parent.
    for (const id of ids) {
      const deliveries = h.deliveriesOf(id, 'Create');
      expect(deliveries.map((d) => d.status)).toEqual([200]);
      const answer = answerOf(deliveries[0], ORPHAN_LEAD_CONTACT);
      expect(answer?.outcome).toBe('done');
      expect(answer?.detail).toContain(parentOf(h, id) ?? 'no parent');
    }
    // Far fewer requests than events: groups, not one lead at a time (each lead alone costs two).
    const requests = h.pluginRequests(mark).length;
    expect(requests).toBeLessThanOrEqual(ids.length / 5);
    const groups = h.logLines
      .map((line) => JSON.parse(line) as { event?: string; events?: number })
      .filter((line) => line.event === 'group-commit.committed');
    expect(Math.max(...groups.map((g) => g.events ?? 0))).toBeGreaterThan(1);
    burst.push(...ids);
  });

  it('clears marketingonly for a storm of qualifications together, each contact once', async () => {
    const qualified = burst.filter((_, i) => i % 4 !== 0).slice(0, 60); // leads with new, marketing-only contacts
    expect(qualified).toHaveLength(60); // the import above made them
    const contacts = new Set(qualified.map((id) => parentOf(h, id)));
    const mark = h.emulator.log.mark;
    await h.admin.updateMultiple(
      'leads',
      'lead',
      qualified.map((leadid) => ({ leadid, statecode: 1, statuscode: 3 })),
    );
    await h.emulator.webhooks.idle();
    for (const contactId of contacts) {
      expect(h.emulator.store.get('contact', contactId ?? '')?.values.marketingonly).toBe(false);
    }
    // One "done" per contact; the other leads of a contact were told it was cleared.
    const answers = qualified.map((id) => answerOf(h.deliveriesOf(id, 'Update').at(-1), LEAD_QUALIFIED)?.outcome);
    expect(answers.filter((a) => a === 'done').length).toBe(contacts.size);
    expect(answers.filter((a) => a !== 'done' && a !== 'nothing-to-do')).toEqual([]);
    expect(h.pluginRequests(mark).length).toBeLessThanOrEqual(qualified.length / 5);
  });
});

describe('on a clock the test moves', () => {
  let h: Harness;
  const clock = new ManualClock();
  beforeAll(async () => {
    h = await Harness.start({ clock });
    await h.switchOrphanCreation(true);
  });
  afterAll(async () => {
    await h.stop();
  });

  it('runs a lone event at once, without waiting on any timer; an event right behind it waits for its group', async () => {
    clock.advance(60_000); // quiet for a minute
    const lone = await h.createLead({ lastname: 'Lone', emailaddress1: 'lone@example.com' });
    await h.emulator.webhooks.idle();
    // Linked, and no timer was set at any point: time never moved.
    expect(parentOf(h, lone)).toBe(deterministicContactId('lone@example.com', lone));
    expect(clock.pending).toBe(0);

    // Right behind it (time has not moved): the next event joins a burst, and waits for the timer to start its group.
    const behind = await h.createLead({ lastname: 'Behind', emailaddress1: 'behind@example.com' });
    await eventually(() => clock.pending > 0);
    expect(parentOf(h, behind)).toBeUndefined();
    clock.advance(1_000);
    await h.emulator.webhooks.idle();
    expect(parentOf(h, behind)).toBe(deterministicContactId('behind@example.com', behind));
  });

  it('defers a throttled group to the sweep, which this instance starts early and which links every lead', async () => {
    clock.advance(60_000);
    h.renewServices();
    // The function app's user gets one request in this window: the burst's first read passes, every later one is
    // refused with a Retry-After of minutes.
    h.emulator.protection.configure({ requests: 1 });
    const records = importedLeads('throttled', 40);
    const ids = await h.admin.createMultiple('leads', 'lead', records);
    // Move time on until every delivery has been answered (groups start on the clock the test moves).
    await eventually(
      () => h.deliveries.filter((d) => ids.some((id) => d.body.includes(id))).length >= ids.length,
      () => clock.advance(200),
    );
    await h.emulator.webhooks.idle();
    h.emulator.protection.configure({ requests: 6000 });

    const answers = ids.map((id) => answerOf(h.deliveriesOf(id, 'Create')[0], ORPHAN_LEAD_CONTACT)?.outcome);
    expect(new Set(answers)).toEqual(new Set(['deferred']));
    expect(h.deliveries.filter((d) => d.status !== 200)).toEqual([]);
    expect(h.emulator.webhooks.deliveries().filter((d) => d.outcome === 'failed')).toEqual([]);
    expect(ids.every((id) => parentOf(h, id) === undefined)).toBe(true);

    // The Retry-After passes: the early sweep links them all, and its summary says so.
    const due = h.services.deferred?.dueAt ?? 0;
    clock.advance(due - clock.now());
    await eventually(() => ids.every((id) => parentOf(h, id) !== undefined));
    await eventually(() => h.logLines.some((l) => l.includes('"sweep.finished"')));
    const finished = h.logLines
      .map((l) => JSON.parse(l) as { event?: string; deferred?: unknown })
      .filter((l) => l.event === 'sweep.finished');
    expect(finished.at(-1)?.deferred).toEqual({ waiting: ids.length, linked: ids.length });
    expect(twins(h)).toEqual([]);
  });
});
