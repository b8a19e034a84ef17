import type { Emulator } from '../../../emulator';
import { LEAD } from '../../../schema/names';
import { create, get, patch, rowsOf, startEmulator, type JsonObject } from './helpers/http';
import { MESSAGE, STEP } from './helpers/names';
import { registerEndpoint, registerStep, webhookKey } from './helpers/register';
import { WebhookListener } from './helpers/webhookListener';

/**
 * Each execution of an asynchronous step leaves a system job (asyncoperation, operationtype 1 System Event) naming its
 * step in owningextensionid: a failed delivery stays Completed/Failed (3/31) with the reason in message; a succeeded
 * one stays Completed/Succeeded (3/30) unless the step has asyncautodelete. Synchronous steps leave none.
 */
let emu: Emulator;
let listener: WebhookListener;
let stepId: string;

beforeEach(async () => {
  emu = await startEmulator();
  listener = await WebhookListener.start();
  const endpointId = await registerEndpoint(emu, webhookKey(listener.url, 'k'));
  stepId = await registerStep(emu, { endpointId, message: MESSAGE.create, table: LEAD.table });
});
afterEach(async () => {
  await emu.stop();
  await listener.stop();
});

async function jobsAfterCreatingALead(): Promise<{ leadId: string; jobs: JsonObject[] }> {
  const leadId = await create(emu, LEAD.set, { [LEAD.lastName]: 'Job' });
  await emu.webhooks.idle();
  const select =
    'name,operationtype,messagename,primaryentitytype,_owningextensionid_value,_regardingobjectid_value,statecode,statuscode,message,friendlymessage,retrycount,correlationid,startedon,completedon';
  return { leadId, jobs: rowsOf(await get(emu, `asyncoperations?$select=${select}`)) };
}

it('keeps a failed delivery as a failed system job with the reason', async () => {
  listener.answerWith(() => 500);
  const { leadId, jobs } = await jobsAfterCreatingALead();
  expect(jobs).toHaveLength(1);
  const [job] = jobs;
  expect(job).toMatchObject({
    name: 'LeadLink test: Create of lead',
    operationtype: 1,
    messagename: 'Create',
    primaryentitytype: LEAD.table,
    _owningextensionid_value: stepId,
    _regardingobjectid_value: leadId,
    statecode: 3,
    statuscode: 31,
    retrycount: 0,
  });
  expect(job?.message).toBe(`The webhook endpoint ${listener.url} answered HTTP 500.`);
  expect(job?.friendlymessage).toBe(job?.message);
  expect(typeof job?.correlationid).toBe('string');
  expect(Date.parse(String(job?.completedon))).toBeGreaterThanOrEqual(Date.parse(String(job?.startedon)));
  expect(
    rowsOf(
      await get(emu, `asyncoperations?$select=name&$filter=statuscode eq 31 and _owningextensionid_value eq ${stepId}`),
    ),
  ).toHaveLength(1);
});

it('counts the one retry after a 503', async () => {
  listener.answerWith(() => 503);
  const { jobs } = await jobsAfterCreatingALead();
  expect(jobs.map((j) => [j.statuscode, j.retrycount])).toEqual([[31, 1]]);
});

it('keeps a succeeded job, unless the step deletes its jobs once they succeed', async () => {
  listener.answerWith(() => 200);
  expect((await jobsAfterCreatingALead()).jobs.map((j) => j.statuscode)).toEqual([30]);
  expect((await patch(emu, `${STEP.set}(${stepId})`, { asyncautodelete: true })).status).toBe(204);
  expect((await jobsAfterCreatingALead()).jobs.map((j) => j.statuscode)).toEqual([30]);
});

it('leaves no system job for a synchronous step', async () => {
  expect((await patch(emu, `${STEP.set}(${stepId})`, { mode: 0 })).status).toBe(204);
  listener.answerWith(() => 500);
  expect((await jobsAfterCreatingALead()).jobs).toEqual([]);
});
