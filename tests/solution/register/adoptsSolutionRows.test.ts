/**
 * After the solution is imported, `register` finds the endpoint, steps and images the solution shipped (same ids)
 * and only fills in what the solution leaves to it: the URL, the key and, with --enable, the state.
 */
import type { DataverseClient } from '../../../dataverse';
import type { Emulator } from '../../../emulator';
import { webhookComponents } from '../../../solution/pack/components/webhookComponents';
import { countActions, registerWebhooks } from '../../../solution/register';
import { attributeOf, descendants, textOf, type XmlElement } from '../../../solution/xml/XmlNode';
import { registrationRows, startEmulator } from '../helpers/emulatorClient';
import { fixturePlugins } from '../helpers/fixturePlugins';

const KEY = 'adopt-test-key-1234567890abcdef';
const guid = (text: string | undefined) => (text ?? '').replace(/[{}]/g, '');

/** Writes the solution's webhook rows through the Web API, the way importing the solution creates them. */
async function importWebhookRows(client: DataverseClient): Promise<void> {
  const { steps, endpoints } = webhookComponents(fixturePlugins());
  for (const endpoint of endpoints) {
    await client.upsert('serviceendpoints', guid(attributeOf(endpoint, 'ServiceEndpointId')), {
      name: attributeOf(endpoint, 'Name'),
      description: textOf(endpoint, 'Description'),
      url: textOf(endpoint, 'Url'),
      contract: Number(textOf(endpoint, 'Contract')),
      authtype: Number(textOf(endpoint, 'AuthType')),
      messageformat: Number(textOf(endpoint, 'MessageFormat')),
    });
  }
  for (const step of steps) {
    const id = guid(attributeOf(step, 'SdkMessageProcessingStepId'));
    const table = textOf(step, 'PrimaryEntity') as string;
    const messageId = textOf(step, 'SdkMessageId') as string;
    const [filter] = await client.queryAll('sdkmessagefilters', {
      filter: `primaryobjecttypecode eq '${table}' and _sdkmessageid_value eq ${messageId}`,
    });
    const filtering = textOf(step, 'FilteringAttributes');
    await client.upsert('sdkmessageprocessingsteps', id, {
      name: attributeOf(step, 'Name'),
      description: textOf(step, 'Description'),
      stage: Number(textOf(step, 'Stage')),
      mode: Number(textOf(step, 'Mode')),
      rank: Number(textOf(step, 'Rank')),
      asyncautodelete: textOf(step, 'AsyncAutoDelete') === '1',
      supporteddeployment: Number(textOf(step, 'SupportedDeployment')),
      filteringattributes: filtering === '' ? null : filtering,
      statecode: Number(textOf(step, 'StateCode')),
      statuscode: Number(textOf(step, 'StatusCode')),
      'eventhandler_serviceendpoint@odata.bind': `/serviceendpoints(${guid(textOf(step, 'EventHandler'))})`,
      'sdkmessageid@odata.bind': `/sdkmessages(${messageId})`,
      'sdkmessagefilterid@odata.bind': `/sdkmessagefilters(${String(filter?.sdkmessagefilterid)})`,
    });
    for (const image of descendants(step, 'SdkMessageProcessingStepImage') as XmlElement[]) {
      const attributes = textOf(image, 'Attributes');
      await client.upsert('sdkmessageprocessingstepimages', guid(textOf(image, 'SdkMessageProcessingStepImageId')), {
        name: attributeOf(image, 'Name'),
        entityalias: textOf(image, 'EntityAlias'),
        imagetype: Number(textOf(image, 'ImageType')),
        messagepropertyname: textOf(image, 'MessagePropertyName'),
        attributes: attributes === '' ? null : attributes,
        'sdkmessageprocessingstepid@odata.bind': `/sdkmessageprocessingsteps(${id})`,
      });
    }
  }
}

describe('register after importing the solution', () => {
  let emulator: Emulator;
  let client: DataverseClient;
  beforeEach(async () => {
    ({ emulator, client } = await startEmulator());
    await importWebhookRows(client);
  });
  afterEach(async () => {
    client.close();
    await emulator.stop();
  });

  it('updates only the endpoint (URL and key); the shipped steps and images are already what the registry says', async () => {
    const before = registrationRows(emulator);
    const report = await registerWebhooks(client, fixturePlugins(), {
      functionUrl: 'https://leadlink-prod.azurewebsites.net/api/webhooks/dataverse',
      auth: { kind: 'webhookKey', key: KEY },
      enable: false,
      dryRun: false,
    });
    expect(countActions(report)).toEqual({ create: 0, update: 1, delete: 0, unchanged: 5 });
    expect(report.items.find((i) => i.action === 'update')?.details).toEqual([
      expect.stringMatching(/^description: .* → Sends Dataverse events to the LeadLink function app\. Managed by/),
      'url: https://leadlink-function-app.invalid/api/webhooks/dataverse → https://leadlink-prod.azurewebsites.net/api/webhooks/dataverse',
      'authvalue: *** (written with the new address or auth type)',
    ]);
    const after = registrationRows(emulator);
    expect(after.steps.map((s) => s.id).sort()).toEqual(before.steps.map((s) => s.id).sort());
    expect(after.images.map((s) => s.id).sort()).toEqual(before.images.map((s) => s.id).sort());
    expect(after.steps.every((s) => s.values.statecode === 1)).toBe(true);
  });

  it('enables the shipped steps with --enable', async () => {
    const report = await registerWebhooks(client, fixturePlugins(), {
      functionUrl: 'https://leadlink-prod.azurewebsites.net/api/webhooks/dataverse',
      auth: { kind: 'webhookKey', key: KEY },
      enable: true,
      dryRun: false,
    });
    expect(report.items.filter((i) => i.component === 'step').map((i) => i.details)).toEqual([
      ['state: disabled → enabled'],
      ['state: disabled → enabled'],
      ['state: disabled → enabled'],
    ]);
    expect(registrationRows(emulator).steps.every((s) => s.values.statecode === 0 && s.values.statuscode === 1)).toBe(
      true,
    );
  });
});
