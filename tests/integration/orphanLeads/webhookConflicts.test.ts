/**
 * A lead that others keep editing while its webhook runs (a column LeadLink does not read): the link meets 412 again
 * and again. A conflict is transient: the plug-in reads the lead again and retries while the webhook's time budget
 * lasts — then the webhook answers 503, which Dataverse retries — never 500, which it does not.
 */
import type { BatchItem, DataverseClient } from '../../../dataverse';
import { createOrphanLeadContactPlugin } from '../../../plugins/orphanLeadContact';
import { deterministicContactId } from '../../../plugins/identity';
import { Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await Harness.start();
  await h.switchOrphanCreation(true);
});
afterAll(async () => {
  await h.stop();
});

/**
 * The function app's services, with a salesperson's edit of the lead just before each of the plug-in's first `times`
 * writes, the pauses between attempts not waited, and — when `secondsPerCall` is set — a clock that moves on that much
 * with every Dataverse call, so the budget ends after a few attempts without anyone waiting for it.
 */
function editedUnderTheWrite(leadId: string, times: number, secondsPerCall = 0): void {
  h.renewServices();
  const base = h.services;
  let edits = 0;
  let offset = 0;
  const wrap = (client: DataverseClient): DataverseClient =>
    new Proxy(client, {
      get(target, property, receiver) {
        if (property !== 'batch') {
          // The client keeps its state in private fields: its methods run on the client itself, not on the proxy.
          const value = Reflect.get(target, property, receiver) as unknown;
          return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
        }
        return async (items: readonly BatchItem[], ...rest: unknown[]) => {
          if (items.some((item) => 'changeSet' in item) && edits < times) {
            edits++;
            await h.admin.update('leads', leadId, { jobtitle: `Edited ${edits}` });
          }
          return (target.batch as (...args: unknown[]) => unknown)(items, ...rest);
        };
      },
    });
  h.services = {
    ...base,
    plugins: [createOrphanLeadContactPlugin({ pause: async () => {} })],
    pluginServices: (log) => {
      const services = base.pluginServices(log);
      return {
        ...services,
        dataverse: wrap(services.dataverse),
        now: () => {
          offset += secondsPerCall * 1000;
          return new Date(Date.now() + offset);
        },
      };
    },
  };
}

async function createdLeadDelivery(email: string): Promise<{ leadId: string; body: string }> {
  const release = h.holdDeliveries();
  const leadId = await h.createLead({ lastname: 'Busy', emailaddress1: email });
  editedUnderTheWrite(leadId, 0);
  release();
  await h.emulator.webhooks.idle();
  const [delivery] = h.deliveriesOf(leadId, 'Create');
  if (!delivery) throw new Error('no Create delivery');
  // The lead was linked by that delivery: unlink it so the replay below has the work to do again.
  await h.admin.update('leads', leadId, { 'parentcontactid@odata.bind': null });
  return { leadId, body: delivery.body };
}

it('links the lead after it changed under three writes in a row: 200', async () => {
  const { leadId, body } = await createdLeadDelivery('busy.three@example.com');
  editedUnderTheWrite(leadId, 3);
  const answer = await h.deliver(body);
  expect(answer.status).toBe(200);
  const parent = await h.admin.retrieve('leads', leadId, { select: ['_parentcontactid_value'] });
  expect(parent._parentcontactid_value).toBe(deterministicContactId('busy.three@example.com', leadId));
});

it('answers 503 when the lead keeps changing until the budget runs out, having written nothing', async () => {
  const { leadId, body } = await createdLeadDelivery('busy.always@example.com');
  editedUnderTheWrite(leadId, Number.POSITIVE_INFINITY, 10);
  const answer = await h.deliver(body);
  expect(answer.status).toBe(503);
  const parent = await h.admin.retrieve('leads', leadId, { select: ['_parentcontactid_value'] });
  expect(parent._parentcontactid_value).toBeNull();
});
