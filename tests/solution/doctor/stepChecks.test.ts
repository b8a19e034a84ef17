import type { ODataRecord } from '../../../dataverse';
import { PLUGINS } from '../../../plugins/registry';
import { endpointCheck } from '../../../solution/doctor/checks/endpointCheck';
import { stepChecks } from '../../../solution/doctor/checks/stepChecks';
import { readOk } from '../../../solution/doctor/read/Read';
import { imageColumns } from '../../../solution/register/imageRecord';
import { stepColumns } from '../../../solution/register/stepRecord';
import { ENDPOINT_ID } from '../../../solution/webhook/webhookIdentity';
import { webhookSteps, type WebhookStep } from '../../../solution/webhook/webhookSteps';

const withImage = webhookSteps(PLUGINS).find((s) => s.images.length > 0) as WebhookStep;
const MESSAGE_ID = '9ebdbb1b-ea3e-db11-86a7-000a3a5473e8';
const FILTER_ID = 'f0000000-0000-0000-0000-000000000001';

function registered(overrides: ODataRecord = {}): ODataRecord {
  return {
    sdkmessageprocessingstepid: withImage.id,
    ...stepColumns(withImage),
    statecode: 0,
    _eventhandler_value: ENDPOINT_ID,
    _sdkmessageid_value: MESSAGE_ID,
    _sdkmessagefilterid_value: FILTER_ID,
    ...overrides,
  };
}

function run(
  step: ODataRecord,
  images: ODataRecord[],
  filters = [
    { sdkmessagefilterid: FILTER_ID, primaryobjecttypecode: withImage.table, _sdkmessageid_value: MESSAGE_ID },
  ],
) {
  return stepChecks({
    steps: [withImage],
    registered: readOk([step]),
    images: readOk(images),
    messages: readOk([{ sdkmessageid: MESSAGE_ID, name: withImage.message }]),
    messageFilters: readOk(filters),
    fix: 'register',
  });
}

const imageRows = () =>
  withImage.images.map((image) => ({
    sdkmessageprocessingstepimageid: image.id,
    _sdkmessageprocessingstepid_value: withImage.id,
    ...imageColumns(image),
  }));

describe('a registered step against the registry', () => {
  it('passes when it is what register writes', () => {
    expect(run(registered(), imageRows()).map((c) => c.status)).toEqual(['pass']);
  });

  it('lists a changed image, an image too many and a step bound elsewhere', () => {
    const [first, ...rest] = imageRows();
    const changed = { ...first, attributes: 'fullname' };
    const extra = {
      sdkmessageprocessingstepimageid: 'e0000000-0000-0000-0000-000000000001',
      _sdkmessageprocessingstepid_value: withImage.id,
      entityalias: 'Old',
    };
    const moved = registered({
      _eventhandler_value: 'e0000000-0000-0000-0000-00000000000e',
      sdkmessageid: { name: 'Update' },
      sdkmessagefilterid: { primaryobjecttypecode: 'contact' },
    });
    const [result] = run(moved, [changed, ...rest, extra]);
    expect(result?.status).toBe('fail');
    expect(result?.details).toEqual([
      `registered on Update of contact to another endpoint; the registry says ${withImage.message} of ${withImage.table} to the LeadLink endpoint`,
      `image '${withImage.images[0]?.alias}' attributes: is fullname, the registry says ${withImage.images[0]?.attributes.join(',') || '(none)'}`,
      "image 'Old' is not in the registry",
    ]);
  });

  it('says the table is missing when Dataverse has no message filter for the event', () => {
    const [result] = run(registered(), imageRows(), []);
    expect(result).toMatchObject({
      status: 'fail',
      title: `Step '${withImage.name}': Dataverse has no ${withImage.message} of ${withImage.table}`,
    });
    expect(result?.fix).toContain('import the LeadLink solution');
  });
});

describe('the endpoint', () => {
  const row = {
    serviceendpointid: ENDPOINT_ID,
    name: 'LeadLink webhook',
    url: 'https://app.example.com/api/webhooks/dataverse',
    contract: 8,
    messageformat: 2,
    authtype: 4,
    isauthvalueset: true,
  };
  const expected = {
    url: row.url,
    urlSource: '--function-url',
    authKind: 'webhookKey',
    auth: undefined,
    fix: 'register',
  } as const;

  it('fails when Dataverse sends no key or the wrong auth type', () => {
    const result = endpointCheck(expected, readOk([{ ...row, isauthvalueset: false, authtype: 5 }]));
    expect(result.details).toEqual([
      'authtype: is 5 (Http Header), expected 4 (Webhook Key)',
      'no key is set: Dataverse sends no authentication',
    ]);
  });

  it('warns that the URL was not compared when no function app URL is known', () => {
    expect(endpointCheck({ ...expected, url: undefined }, readOk([row])).status).toBe('warn');
    expect(endpointCheck(expected, readOk([])).title).toBe('The LeadLink webhook endpoint is not registered');
  });
});
