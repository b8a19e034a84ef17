import type { Emulator } from '../../../emulator';
import { CONTACT, LEAD, LEAD_STATE } from '../../../schema/names';
import { create, patch, startEmulator, type JsonObject } from './helpers/http';
import {
  ASYNC_PRIMARY_NAME_IMAGE,
  IMAGE_PROPERTY,
  IMAGE_TYPE,
  MESSAGE,
  STEP,
  STEP_DISABLED,
  STEP_ENABLED,
} from './helpers/names';
import { attributesOf, keyed, registerEndpoint, registerImage, registerStep, webhookKey } from './helpers/register';
import { WebhookListener, type ReceivedWebhook } from './helpers/webhookListener';

/**
 * Which changes fire a step, and what it is told: filtering attributes, registered pre/post images, the Update that
 * fires twice when state and other columns change together ("Special update operation behavior"), disabled steps.
 */

let emu: Emulator;
let listener: WebhookListener;
let endpointId: string;

beforeEach(async () => {
  emu = await startEmulator();
  listener = await WebhookListener.start();
  endpointId = await registerEndpoint(emu, webhookKey(listener.url, 'k'));
});

afterEach(async () => {
  await emu.stop();
  await listener.stop();
});

const leadPath = (id: string) => `${LEAD.set}(${id})`;
const targetOf = (w: ReceivedWebhook) => attributesOf(keyed(w.json.InputParameters).Target);
const imagesOf = (w: ReceivedWebhook, which: 'PreEntityImages' | 'PostEntityImages') => keyed(w.json[which]);

/** Writes, waits for every delivery, and returns what the listener got meanwhile. */
async function deliveriesOf(write: () => Promise<unknown>): Promise<ReceivedWebhook[]> {
  listener.clear();
  await write();
  await emu.webhooks.idle();
  return [...listener.received];
}

describe('filtering attributes', () => {
  test('an update of an unlisted column fires nothing; a listed one fires', async () => {
    await registerStep(emu, {
      endpointId,
      message: MESSAGE.update,
      table: LEAD.table,
      filteringAttributes: [LEAD.parentContact, LEAD.state],
    });
    const id = await create(emu, LEAD.set, { [LEAD.subject]: 'Filtered' });
    expect(await deliveriesOf(() => patch(emu, leadPath(id), { [LEAD.subject]: 'Still filtered' }))).toHaveLength(0);
    const contact = await create(emu, CONTACT.set, { [CONTACT.lastName]: 'Linked' });
    const fired = await deliveriesOf(() =>
      patch(emu, leadPath(id), { [`${LEAD.parentContact}@odata.bind`]: `/${CONTACT.set}(${contact})` }),
    );
    expect(fired).toHaveLength(1);
    expect((targetOf(fired[0] as ReceivedWebhook)[LEAD.parentContact] as JsonObject).Id).toBe(contact);
  });

  test('a step with no filtering attributes fires on any update', async () => {
    await registerStep(emu, { endpointId, message: MESSAGE.update, table: LEAD.table });
    const id = await create(emu, LEAD.set, { [LEAD.subject]: 'Any' });
    expect(await deliveriesOf(() => patch(emu, leadPath(id), { [LEAD.jobTitle]: 'Buyer' }))).toHaveLength(1);
  });

  test('filtering attributes do not apply to Create', async () => {
    await registerStep(emu, {
      endpointId,
      message: MESSAGE.create,
      table: LEAD.table,
      filteringAttributes: [LEAD.parentContact],
    });
    expect(await deliveriesOf(() => create(emu, LEAD.set, { [LEAD.subject]: 'No parent' }))).toHaveLength(1);
  });
});

describe('images', () => {
  test('pre and post images carry the registered columns, with the values before and after', async () => {
    const step = await registerStep(emu, { endpointId, message: MESSAGE.update, table: LEAD.table });
    await registerImage(emu, step, {
      alias: 'PreImage',
      type: IMAGE_TYPE.pre,
      attributes: [LEAD.subject, LEAD.email],
      messageProperty: IMAGE_PROPERTY.target,
    });
    await registerImage(emu, step, {
      alias: 'PostImage',
      type: IMAGE_TYPE.post,
      attributes: [LEAD.subject, LEAD.email],
      messageProperty: IMAGE_PROPERTY.target,
    });
    const id = await create(emu, LEAD.set, {
      [LEAD.subject]: 'Old topic',
      [LEAD.email]: 'same@contoso.com',
      [LEAD.lastName]: 'Imaged',
    });
    const [fired] = await deliveriesOf(() => patch(emu, leadPath(id), { [LEAD.subject]: 'New topic' }));
    const pre = imagesOf(fired as ReceivedWebhook, 'PreEntityImages');
    const post = imagesOf(fired as ReceivedWebhook, 'PostEntityImages');
    expect(Object.keys(pre)).toEqual(['PreImage']);
    expect(attributesOf(pre.PreImage)).toEqual({ [LEAD.subject]: 'Old topic', [LEAD.email]: 'same@contoso.com' });
    expect(Object.keys(post)).toEqual([ASYNC_PRIMARY_NAME_IMAGE, 'PostImage']);
    expect(attributesOf(post.PostImage)).toEqual({ [LEAD.subject]: 'New topic', [LEAD.email]: 'same@contoso.com' });
    expect((pre.PreImage as JsonObject).Id).toBe(id);
    expect((pre.PreImage as JsonObject).__type).toBeUndefined();
  });

  test('an image of type Both gives the same alias in both lists', async () => {
    const step = await registerStep(emu, { endpointId, message: MESSAGE.update, table: LEAD.table });
    await registerImage(emu, step, {
      alias: 'Image',
      type: IMAGE_TYPE.both,
      attributes: [LEAD.jobTitle],
      messageProperty: IMAGE_PROPERTY.target,
    });
    const id = await create(emu, LEAD.set, { [LEAD.jobTitle]: 'Buyer' });
    const [fired] = await deliveriesOf(() => patch(emu, leadPath(id), { [LEAD.jobTitle]: 'Director' }));
    expect(attributesOf(imagesOf(fired as ReceivedWebhook, 'PreEntityImages').Image)).toEqual({
      [LEAD.jobTitle]: 'Buyer',
    });
    expect(attributesOf(imagesOf(fired as ReceivedWebhook, 'PostEntityImages').Image)).toEqual({
      [LEAD.jobTitle]: 'Director',
    });
  });

  test('a Create post image holds the new row’s registered columns; a Create has no pre image', async () => {
    const step = await registerStep(emu, { endpointId, message: MESSAGE.create, table: LEAD.table });
    await registerImage(emu, step, {
      alias: 'Created',
      type: IMAGE_TYPE.both,
      attributes: [LEAD.subject],
      messageProperty: IMAGE_PROPERTY.createdId,
    });
    const [fired] = await deliveriesOf(() => create(emu, LEAD.set, { [LEAD.subject]: 'Brand new' }));
    expect(imagesOf(fired as ReceivedWebhook, 'PreEntityImages')).toEqual({});
    expect(attributesOf(imagesOf(fired as ReceivedWebhook, 'PostEntityImages').Created)).toEqual({
      [LEAD.subject]: 'Brand new',
    });
  });
});

describe('Update with state and other columns', () => {
  test('fires twice: first the other columns, then the state columns', async () => {
    await registerStep(emu, { endpointId, message: MESSAGE.update, table: LEAD.table });
    const id = await create(emu, LEAD.set, { [LEAD.subject]: 'Qualify me' });
    const fired = await deliveriesOf(() =>
      patch(emu, leadPath(id), {
        [LEAD.subject]: 'Qualified topic',
        [LEAD.state]: LEAD_STATE.qualified,
        [LEAD.status]: 3,
      }),
    );
    expect(fired).toHaveLength(2);
    const [first, second] = fired.map(targetOf);
    expect(first?.[LEAD.subject]).toBe('Qualified topic');
    expect(first?.[LEAD.state]).toBeUndefined();
    expect(second?.[LEAD.state]).toEqual(expect.objectContaining({ Value: LEAD_STATE.qualified }));
    expect(second?.[LEAD.status]).toEqual(expect.objectContaining({ Value: 3 }));
    expect(second?.[LEAD.subject]).toBeUndefined();
    // One request: one correlation id for both executions.
    expect(fired[0]?.json.CorrelationId).toBe(fired[1]?.json.CorrelationId);
  });

  test('a step filtered on statecode fires only for the state execution', async () => {
    await registerStep(emu, {
      endpointId,
      message: MESSAGE.update,
      table: LEAD.table,
      filteringAttributes: [LEAD.state],
    });
    const id = await create(emu, LEAD.set, { [LEAD.subject]: 'Disqualify me' });
    const fired = await deliveriesOf(() =>
      patch(emu, leadPath(id), { [LEAD.subject]: 'Gone', [LEAD.state]: LEAD_STATE.disqualified }),
    );
    expect(fired).toHaveLength(1);
    expect(Object.keys(targetOf(fired[0] as ReceivedWebhook))).toContain(LEAD.state);
    expect(targetOf(fired[0] as ReceivedWebhook)[LEAD.subject]).toBeUndefined();
  });

  test('a state change alone fires once', async () => {
    await registerStep(emu, { endpointId, message: MESSAGE.update, table: LEAD.table });
    const id = await create(emu, LEAD.set, { [LEAD.subject]: 'Only state' });
    expect(await deliveriesOf(() => patch(emu, leadPath(id), { [LEAD.state]: LEAD_STATE.disqualified }))).toHaveLength(
      1,
    );
  });
});

describe('disabled steps', () => {
  test('a step set to statecode 1 (Disabled) does not fire; enabled again, it does', async () => {
    const step = await registerStep(emu, { endpointId, message: MESSAGE.create, table: LEAD.table });
    await patch(emu, `${STEP.set}(${step})`, STEP_DISABLED);
    expect(await deliveriesOf(() => create(emu, LEAD.set, { [LEAD.subject]: 'Unheard' }))).toHaveLength(0);
    await patch(emu, `${STEP.set}(${step})`, STEP_ENABLED);
    expect(await deliveriesOf(() => create(emu, LEAD.set, { [LEAD.subject]: 'Heard' }))).toHaveLength(1);
  });
});
