/**
 * Doctor writes nothing and stays within its request budget however large the environment: 60,000 orphan leads (past
 * the aggregate limit) and 1,000 failed system jobs still take WhoAmI plus one `$batch` of GETs.
 */
import { randomUUID } from 'node:crypto';
import { PLUGINS } from '../../../plugins/registry';
import { webhookSteps } from '../../../solution/webhook/webhookSteps';
import { startRecordingProxy, type RecordingProxy } from '../sweep/helpers/recordingProxy';
import { checkOf, DoctorWorld, WEBHOOK_KEY } from './helpers/doctorWorld';

const ORPHANS = 60_000;
const FAILURES = 1_000;

describe('doctor reads only', () => {
  let world: DoctorWorld;
  let proxy: RecordingProxy;
  beforeAll(async () => {
    world = await DoctorWorld.start();
    // Rows put straight into the store, as an import long ago would have left them: no webhook fires for them.
    const store = world.emulator.store;
    for (let i = 0; i < ORPHANS; i++) {
      const id = randomUUID();
      store.insert('lead', id, {
        leadid: id,
        subject: `Import ${i}`,
        lastname: `Lead ${i}`,
        statecode: 0,
        statuscode: 1,
      });
    }
    const [step] = webhookSteps(PLUGINS);
    const start = Date.now() - FAILURES * 1000;
    for (let i = 0; i < FAILURES; i++) {
      const id = randomUUID();
      store.insert('asyncoperation', id, {
        asyncoperationid: id,
        operationtype: 1,
        statecode: 3,
        statuscode: 31,
        owningextensionid: { id: step?.id ?? '', logicalName: 'sdkmessageprocessingstep' },
        // One a second, so the latest 200 are i = 800…999: 150 of them answered 401.
        completedon: new Date(start + i * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z'),
        message: i % 4 === 0 ? 'The webhook endpoint answered HTTP 503.' : 'The webhook endpoint answered HTTP 401.',
      });
    }
    proxy = await startRecordingProxy(world.emulator.url);
  }, 120_000);
  afterAll(async () => {
    await proxy.close();
    await world.stop();
  });

  it('sends WhoAmI and one $batch of GETs, changes no row, and counts past the aggregate limit', async () => {
    const before = fingerprint(world);
    const mark = world.emulator.log.mark;
    const report = await world.doctor({ env: { DATAVERSE_URL: proxy.url, LEADLINK_WEBHOOK_KEY: WEBHOOK_KEY } });

    // Doctor's requests went through the proxy; the log also holds the function app's own health read.
    const sent = proxy.exchanges.map((x) => `${x.method} ${x.url.split('?')[0]?.replace(/^\/api\/data\/v9\.2\//, '')}`);
    expect(sent).toEqual(['GET WhoAmI()', 'POST $batch', 'GET webresourceset']);
    expect(report.dataverseRequests).toBe(sent.length);
    const logged = world.emulator.log.entries(mark).map((e) => `${e.method} ${e.path.split('?')[0]}`);
    expect(logged.filter((line) => !line.startsWith('GET ') && line !== 'POST $batch')).toEqual([]);
    const inner = proxy.exchanges.flatMap((x) =>
      [...x.requestBody.matchAll(/^(GET|POST|PATCH|PUT|DELETE) \S+ HTTP\/1\.1/gm)].map((m) => m[1]),
    );
    expect(inner.length).toBeGreaterThan(10);
    expect(new Set(inner)).toEqual(new Set(['GET']));
    expect(fingerprint(world)).toBe(before);

    expect(checkOf(report, 'backlog.orphanLeads').title).toBe('more than 50,000 open leads without a parent contact');
    const recent = checkOf(report, 'failures.recent');
    expect(recent.title).toBe('1,000 LeadLink system jobs failed in the last 24 h');
    expect(recent.details[1]).toBe('most common (among the latest 200): ×150 The webhook endpoint answered HTTP 401.');
  });
});

/** Every row's table, id and version: any write changes it. */
function fingerprint(world: DoctorWorld): string {
  const parts: string[] = [];
  for (const table of world.emulator.catalog.tables()) {
    for (const row of world.emulator.store.rows(table.logicalName))
      parts.push(`${table.logicalName}:${row.id}:${row.version}`);
  }
  return `${parts.length}|${parts.sort().join(',').length}|${parts.join(',')}`;
}
