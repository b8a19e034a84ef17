/**
 * Doctor before and after Dataverse: a setting that is missing or a credential that is refused is named by its
 * variable (never its value) and makes the exit code 2; the function app's two health checks, anonymous and deep.
 */
import { startLocalServer } from '../../../functions/local/localServer';
import { buildHttpRoutes } from '../../../functions/routes';
import { createAppServices } from '../../../functions/runtime/createAppServices';
import { ADMIN_KEY_SETTING, reportJson, runDoctor } from '../../../solution/doctor';
import { startTokenServer, type TokenServer } from '../../dataverse/client/helpers/tokenServer';
import { trustingNetworkClient } from '../../dataverse/client/helpers/trustingNetworkClient';
import { ADMIN_KEY, checkOf, DoctorWorld, WEBHOOK_KEY } from './helpers/doctorWorld';

const TENANT = '11111111-2222-3333-4444-555555555555';
const CLIENT = 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee';
const WRONG_SECRET = 'Not~The.Secret_the-tenant-knows-42';

describe('doctor before Dataverse answers', () => {
  it('names a missing DATAVERSE_URL and exits 2', async () => {
    const report = await runDoctor({ env: {} });
    expect(checkOf(report, 'connection.settings')).toMatchObject({
      status: 'error',
      title: 'DATAVERSE_URL cannot be used',
      fix: 'set the environment variable DATAVERSE_URL (README → Configuration)',
    });
    expect(report.exitCode).toBe(2);
    expect(report.dataverseRequests).toBe(0);
    expect(report.verdict).toBe('✗ could not check — DATAVERSE_URL cannot be used');
  });

  describe('with a client secret the tenant refuses', () => {
    let tokens: TokenServer;
    beforeAll(async () => {
      tokens = await startTokenServer({
        tenantId: TENANT,
        clientId: CLIENT,
        clientSecret: 'the-real-one',
        accessToken: 'x',
      });
    });
    afterAll(() => tokens.close());

    it('names AZURE_CLIENT_SECRET, never its value, and sends nothing to Dataverse', async () => {
      const report = await runDoctor({
        env: {
          DATAVERSE_URL: 'https://contoso.crm.dynamics.com',
          AZURE_AUTHORITY_HOST: tokens.origin,
          AZURE_TENANT_ID: TENANT,
          AZURE_CLIENT_ID: CLIENT,
          AZURE_CLIENT_SECRET: WRONG_SECRET,
        },
        msal: { ...tokens.msal, networkClient: trustingNetworkClient(tokens.caPem) },
      });
      const token = checkOf(report, 'connection.token');
      expect(token).toMatchObject({
        status: 'error',
        title: 'No token: AZURE_CLIENT_SECRET — the client secret is wrong',
      });
      expect(token.fix).toContain('AZURE_CLIENT_SECRET');
      expect(reportJson(report)).not.toContain(WRONG_SECRET);
      expect(report.dataverseRequests).toBe(0);
      expect(report.exitCode).toBe(2);
    });
  });
});

describe('doctor on the function app', () => {
  let world: DoctorWorld;
  beforeEach(async () => {
    world = await DoctorWorld.start();
  }, 60_000);
  afterEach(() => world.stop());

  it('runs the deep health check with the administrators’ key and passes', async () => {
    const report = await world.doctor({
      env: { DATAVERSE_URL: world.emulator.url, LEADLINK_WEBHOOK_KEY: WEBHOOK_KEY, [ADMIN_KEY_SETTING]: ADMIN_KEY },
    });
    expect(checkOf(report, 'functionApp.health').status).toBe('pass');
    expect(checkOf(report, 'functionApp.deepHealth').status).toBe('pass');
    expect(report.checks.filter((c) => c.status !== 'pass')).toEqual([]);
  });

  it('says the app does not answer, with the URL to check', async () => {
    await world.functions.close();
    const report = await world.doctor();
    const health = checkOf(report, 'functionApp.health');
    expect(health.status).toBe('fail');
    expect(health.title).toBe(`The function app does not answer at ${world.functions.url}/api/`);
    expect(health.fix).toContain(`${world.functions.url}/api/`);
    expect(report.exitCode).toBe(1);
  });

  it('fails the deep check when the app cannot reach Dataverse', async () => {
    const services = createAppServices({
      DATAVERSE_URL: 'http://127.0.0.1:9',
      LEADLINK_WEBHOOK_KEY: WEBHOOK_KEY,
      [ADMIN_KEY_SETTING]: ADMIN_KEY,
    });
    const lost = await startLocalServer(
      buildHttpRoutes(() => Promise.resolve(services)),
      0,
      () => undefined,
    );
    try {
      const report = await world.doctor({
        env: { DATAVERSE_URL: world.emulator.url, LEADLINK_WEBHOOK_KEY: WEBHOOK_KEY, [ADMIN_KEY_SETTING]: ADMIN_KEY },
        functionUrl: `${lost.url}/api/webhooks/dataverse`,
      });
      expect(checkOf(report, 'functionApp.deepHealth').status).toBe('fail');
      expect(report.exitCode).toBe(1);
    } finally {
      await lost.close();
      services.dataverse.close();
    }
  });
});
