/**
 * A 429 storm on the real webhook path. The emulator refuses the plug-in's write with 429 and a Retry-After far past
 * the handler's budget; the handler must not wait for it, answer 503 (Dataverse retries once, then records the
 * failure), leave nothing half done, and a later delivery must complete the work.
 *
 * "Inside its budget" is checked by behaviour, not by a clock: the emulator gives each webhook only
 * HANDLER_BUDGET_MS to answer, as Dataverse gives 60 s, and records a timeout as status 0.
 */
import { HANDLER_BUDGET_MS } from '../../../functions/handlers/dataverseWebhook';
import { deterministicContactId } from '../../../plugins/identity';
import { Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await Harness.start({ webhookTimeoutMs: HANDLER_BUDGET_MS });
  await h.switchOrphanCreation(true);
  // A first lead warms the functions' settings cache, as any earlier webhook of the minute would.
  await h.createLead({ lastname: 'Warm-up', emailaddress1: 'warm@example.com' });
  await h.emulator.webhooks.idle();
});
afterAll(async () => {
  await h.stop();
});

it('answers 503 in time under a 429 storm, writes nothing, and a later delivery completes the work', async () => {
  // One request per user per window (300 s): the plug-in's read passes, its write is refused with Retry-After ≈ 300 s.
  h.emulator.protection.configure({ requests: 1 });
  const mark = h.emulator.log.mark;
  const leadId = await h.createLead({ lastname: 'Storm', emailaddress1: 'storm@example.com' });
  await h.emulator.webhooks.idle();

  const refused = h.pluginRequests(mark).filter((e) => e.status === 429);
  expect(refused).toHaveLength(1);
  // Dataverse's try and its one retry after 503 — both answered, neither timed out.
  expect(h.deliveriesOf(leadId, 'Create').map((d) => d.status)).toEqual([503, 503]);
  const record = h.emulator.webhooks.deliveries().find((d) => d.recordId === leadId && d.message === 'Create');
  expect(record).toMatchObject({ status: 503, attempts: 2, outcome: 'failed' });
  expect(record?.error).toBeUndefined();
  expect(h.logLines.some((l) => l.includes('"plugin.failed"') && l.includes('"transient":true'))).toBe(true);

  // The storm passes; the old function instance would still honour its Retry-After pause, so a fresh one (a later
  // invocation after the pause, or another instance) takes the next delivery.
  h.emulator.protection.configure({ requests: 6000 });
  const contactId = deterministicContactId('storm@example.com', leadId);
  // Nothing half done: no contact without its link, no link without its contact.
  expect(
    (await h.admin.retrieve('leads', leadId, { select: ['_parentcontactid_value'] }))._parentcontactid_value,
  ).toBeNull();
  await expect(h.admin.retrieve('contacts', contactId)).rejects.toMatchObject({ status: 404 });

  h.renewServices();
  const [first] = h.deliveriesOf(leadId, 'Create');
  if (!first) throw new Error('no Create delivery recorded');
  const later = await h.deliver(first.body, first.headers);
  await h.emulator.webhooks.idle();
  expect(later.status).toBe(200);
  expect(later.answer).toMatchObject({ outcome: 'done' });
  expect((await h.admin.retrieve('leads', leadId, { select: ['_parentcontactid_value'] }))._parentcontactid_value).toBe(
    contactId,
  );
  expect(await h.admin.queryAll('contacts', { filter: "emailaddress1 eq 'storm@example.com'" })).toHaveLength(1);
});

it('gives up when the storm refuses the first read too, sending nothing more while Retry-After holds', async () => {
  h.renewServices();
  await h.createLead({ lastname: 'Warm-up 2', emailaddress1: 'warm2@example.com' });
  await h.emulator.webhooks.idle();
  h.emulator.protection.configure({ requests: 1 });
  const mark = h.emulator.log.mark;
  // Spend the integration user's one request of the window (no token: the emulator's default user), so the
  // plug-in's first request is refused; the test's user still has its own.
  await fetch(`${h.emulator.apiUrl}WhoAmI`);
  const leadId = await h.createLead({ lastname: 'Refused', emailaddress1: 'refused@example.com' });
  await h.emulator.webhooks.idle();
  h.emulator.protection.configure({ requests: 6000 });

  expect(h.deliveriesOf(leadId, 'Create').map((d) => d.status)).toEqual([503, 503]);
  // The burnt request, then the refused read — and nothing on the retry: the client's pause outlasts the budget.
  expect(h.pluginRequests(mark).map((e) => e.status)).toEqual([200, 429]);
  expect(
    (await h.admin.retrieve('leads', leadId, { select: ['_parentcontactid_value'] }))._parentcontactid_value,
  ).toBeNull();
});
