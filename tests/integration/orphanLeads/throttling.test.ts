/**
 * A 429 storm on the real webhook path. The emulator refuses the plug-in's write with 429 and a Retry-After far past
 * the handler's budget; the handler must not wait for it: it answers 2xx `deferred` (so no system job fails), leaves
 * nothing half done, and this instance's early sweep — due once the Retry-After has passed — links the lead and says so
 * in its summary.
 *
 * "Inside its budget" is checked by behaviour, not by a clock: the emulator gives each webhook only
 * HANDLER_BUDGET_MS to answer, as Dataverse gives 60 s, and records a timeout as status 0. The function app runs on a
 * clock the test moves: the early sweep starts when the test moves it past the Retry-After, never on a real timer.
 */
import { HANDLER_BUDGET_MS } from '../../../functions/handlers/dataverseWebhook';
import { deterministicContactId } from '../../../plugins/identity';
import { ManualClock } from '../../support/manualClock';
import { Harness } from './harness';

let h: Harness;
const clock = new ManualClock();
beforeAll(async () => {
  h = await Harness.start({ webhookTimeoutMs: HANDLER_BUDGET_MS, clock });
  await h.switchOrphanCreation(true);
  // A first lead warms the functions' settings cache, as any earlier webhook of the minute would.
  await h.createLead({ lastname: 'Warm-up', emailaddress1: 'warm@example.com' });
  await h.emulator.webhooks.idle();
});
afterAll(async () => {
  await h.stop();
});

const parentOf = async (leadId: string) =>
  (await h.admin.retrieve('leads', leadId, { select: ['_parentcontactid_value'] }))._parentcontactid_value;

/** Waits (up to a generous limit) until the condition holds; the early sweep runs on its own promise. */
async function eventually(condition: () => Promise<boolean> | boolean): Promise<void> {
  for (let i = 0; i < 400; i++) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error('The condition did not come true');
}

it('answers 2xx deferred in time under a 429 storm, writes nothing, and the early sweep links the lead', async () => {
  // One request per user per window (300 s): the plug-in's read passes, its write is refused with Retry-After ≈ 300 s.
  h.emulator.protection.configure({ requests: 1 });
  const mark = h.emulator.log.mark;
  clock.advance(60_000); // the instance has been quiet for a minute: the event runs at once, alone
  const leadId = await h.createLead({ lastname: 'Storm', emailaddress1: 'storm@example.com' });
  await h.emulator.webhooks.idle();
  // The storm passes (the test's own reads need requests); the function app's client still holds its pause.
  h.emulator.protection.configure({ requests: 6000 });

  expect(h.pluginRequests(mark).filter((e) => e.status === 429)).toHaveLength(1);
  // One delivery, answered 200 with the outcome `deferred`: no retry, no failed system job.
  const [delivery] = h.deliveriesOf(leadId, 'Create');
  expect(h.deliveriesOf(leadId, 'Create').map((d) => d.status)).toEqual([200]);
  expect(delivery?.answer).toMatchObject({ outcome: 'deferred' });
  const record = h.emulator.webhooks.deliveries().find((d) => d.recordId === leadId && d.message === 'Create');
  expect(record).toMatchObject({ status: 200, attempts: 1, outcome: 'succeeded' });
  expect(h.logLines.some((l) => l.includes('"plugin.finished"') && l.includes('"outcome":"deferred"'))).toBe(true);

  // Nothing half done: no contact without its link, no link without its contact.
  const contactId = deterministicContactId('storm@example.com', leadId);
  expect(await parentOf(leadId)).toBeNull();
  await expect(h.admin.retrieve('contacts', contactId)).rejects.toMatchObject({ status: 404 });

  // The early sweep is due once the Retry-After (minutes) has passed, not at the next timer run.
  const due = h.services.deferred?.dueAt;
  expect(due).toBeGreaterThan(clock.now() + 60_000);
  expect(due).toBeLessThan(clock.now() + 15 * 60_000);

  // Time reaches the Retry-After: the sweep runs and links the lead.
  clock.advance((due ?? 0) - clock.now());
  await eventually(async () => (await parentOf(leadId)) === contactId);
  await eventually(() => h.logLines.some((l) => l.includes('"sweep.finished"')));
  const started = h.logLines
    .map((l) => JSON.parse(l) as Record<string, unknown>)
    .find((l) => l.event === 'sweep.early-start');
  expect(started).toMatchObject({ deferredLeads: 1 });
  const finished = h.logLines
    .map((l) => JSON.parse(l) as Record<string, unknown>)
    .find((l) => l.event === 'sweep.finished');
  expect(finished).toMatchObject({ deferred: { waiting: 1, linked: 1 } });
  expect(h.services.deferred?.waiting().size).toBe(0);
  expect(await h.admin.queryAll('contacts', { filter: "emailaddress1 eq 'storm@example.com'" })).toHaveLength(1);
});

it('defers at once when the storm refuses the first read too, sending nothing more while Retry-After holds', async () => {
  h.renewServices();
  clock.advance(60_000);
  await h.createLead({ lastname: 'Warm-up 2', emailaddress1: 'warm2@example.com' });
  await h.emulator.webhooks.idle();
  h.emulator.protection.configure({ requests: 1 });
  const mark = h.emulator.log.mark;
  // Spend the integration user's one request of the window (no token: the emulator's default user), so the
  // plug-in's first request is refused; the test's user still has its own.
  await fetch(`${h.emulator.apiUrl}WhoAmI`);
  clock.advance(60_000);
  const leadId = await h.createLead({ lastname: 'Refused', emailaddress1: 'refused@example.com' });
  await h.emulator.webhooks.idle();
  h.emulator.protection.configure({ requests: 6000 });

  expect(h.deliveriesOf(leadId, 'Create').map((d) => [d.status, (d.answer as { outcome?: string }).outcome])).toEqual([
    [200, 'deferred'],
  ]);
  // The burnt request, then the refused read — and nothing more.
  expect(h.pluginRequests(mark).map((e) => e.status)).toEqual([200, 429]);
  expect(await parentOf(leadId)).toBeNull();
  expect(h.services.deferred?.waiting().has(leadId.toLowerCase())).toBe(true);
});
