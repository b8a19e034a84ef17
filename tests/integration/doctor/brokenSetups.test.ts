/**
 * Each test breaks a healthy deployment in one way an admin meets in the field, through the Web API, and checks that
 * doctor names the problem, exits 1, and gives the fix.
 */
import { formatProblem, parseScoringModel, ScoringModelError } from '../../../plugins/scoring';
import { PLUGINS } from '../../../plugins/registry';
import { ENV_VARS } from '../../../schema/environmentVariables';
import { readAppRoles } from '../../../solution/doctor';
import { registerWebhooks } from '../../../solution/register';
import { ENDPOINT_ID } from '../../../solution/webhook/webhookIdentity';
import { webhookSteps } from '../../../solution/webhook/webhookSteps';
import { setEnvironmentVariable } from '../../support/registerSteps';
import { checkOf, DoctorWorld, problemsOf } from './helpers/doctorWorld';

const [firstStep] = webhookSteps(PLUGINS);
if (!firstStep) throw new Error('the registry has no step');
const [appRole] = readAppRoles();
if (!appRole) throw new Error('the solution ships no role');

describe('doctor names what is broken', () => {
  let world: DoctorWorld;
  afterEach(() => world.stop());

  describe('in Dataverse', () => {
    beforeEach(async () => {
      world = await DoctorWorld.start();
    }, 60_000);

    it('a disabled step, with register --enable as its fix', async () => {
      await world.admin.update('sdkmessageprocessingsteps', firstStep.id, { statecode: 1, statuscode: 2 });
      const report = await world.doctor();
      const step = checkOf(report, `webhook.step.${firstStep.id}`);
      expect(step).toMatchObject({ status: 'fail', title: `Step '${firstStep.name}' is disabled` });
      expect(step.fix).toBe(`npx leadlink register --function-url ${world.webhookUrl} --enable`);
      expect(report.exitCode).toBe(1);
      expect(report.verdict).toContain(`Step '${firstStep.name}' is disabled`);
    });

    it('a step someone changed, each difference listed', async () => {
      await world.admin.update('sdkmessageprocessingsteps', firstStep.id, { mode: 0, filteringattributes: 'subject' });
      const step = checkOf(await world.doctor(), `webhook.step.${firstStep.id}`);
      expect(step.status).toBe('fail');
      expect(step.details).toEqual(
        expect.arrayContaining([
          'mode: is 0, the registry says 1',
          `filteringattributes: is subject, the registry says ${firstStep.filteringAttributes.join(',') || '(none)'}`,
        ]),
      );
    });

    it('an endpoint whose URL is no longer the function app’s', async () => {
      const moved = 'https://old-app.azurewebsites.net/api/webhooks/dataverse';
      await world.admin.update('serviceendpoints', ENDPOINT_ID, { url: moved });
      const report = await world.doctor();
      const endpoint = checkOf(report, 'webhook.endpoint');
      expect(endpoint.status).toBe('fail');
      expect(endpoint.details).toContain(`url: is ${moved}, expected ${world.webhookUrl}`);
      expect(endpoint.fix).toBe(`npx leadlink register --function-url ${world.webhookUrl} --enable`);
      expect(report.exitCode).toBe(1);
    });

    it('a privilege removed from the role, named with its depth', async () => {
      const [privilege] = await world.admin.queryAll('privileges', {
        select: ['privilegeid'],
        filter: "name eq 'prvWriteLead'",
      });
      await world.admin.executeAction(
        'RemovePrivilegeRole',
        { Privilege: { '@odata.type': 'Microsoft.Dynamics.CRM.privilege', privilegeid: privilege?.privilegeid } },
        { entitySet: 'roles', key: appRole.id },
      );
      const report = await world.doctor();
      expect(checkOf(report, 'security.roles').status).toBe('pass');
      const privileges = checkOf(report, 'security.privileges');
      expect(privileges.status).toBe('fail');
      expect(privileges.details).toEqual(['prvWriteLead: needs Global, holds none']);
      expect(privileges.fix).toContain(`restores the role '${appRole.name}'`);
    });

    it('the role taken from the application user, with which role to assign', async () => {
      const who = await world.admin.executeFunction<{ UserId: string }>('WhoAmI');
      await world.admin.request({
        method: 'DELETE',
        url: `systemusers(${who?.UserId})/systemuserroles_association(${appRole.id})/$ref`,
      });
      const report = await world.doctor();
      const roles = checkOf(report, 'security.roles');
      expect(roles).toMatchObject({ status: 'fail' });
      expect(roles.title).toContain(`lacks the role '${appRole.name}'`);
      expect(roles.fix).toContain(`assign the security role '${appRole.name}' to LeadLink Integration`);
      expect(checkOf(report, 'security.privileges').fix).toBe(roles.fix);
    });

    it('a scoring model that is not valid, with the messages an admin gets on save', async () => {
      const broken = '{"rules": [], "grades": "A"';
      await setEnvironmentVariable(world.admin, ENV_VARS.scoringModel, broken);
      const model = checkOf(await world.doctor(), 'settings.scoringModel');
      let saved: ScoringModelError | undefined;
      try {
        parseScoringModel(broken);
      } catch (error) {
        saved = error as ScoringModelError;
      }
      expect(saved).toBeInstanceOf(ScoringModelError);
      expect(model).toMatchObject({ status: 'fail', details: saved?.problems.map(formatProblem) });
      expect(model.title).toContain(ENV_VARS.scoringModel);
      expect(model.fix).toContain('npx leadlink model upload');
    });

    it('contact creation switched off is a warning, and the orphan backlog says how to clear it', async () => {
      await setEnvironmentVariable(world.admin, ENV_VARS.orphanLeadContactCreation, 'no');
      await world.admin.create('leads', { subject: 'Walk-in', lastname: 'Ng' });
      await world.emulator.webhooks.idle();
      const report = await world.doctor();
      expect(checkOf(report, 'settings.contactCreation').status).toBe('warn');
      expect(checkOf(report, 'backlog.orphanLeads')).toMatchObject({
        status: 'warn',
        title: '1 open leads without a parent contact',
      });
      expect(checkOf(report, 'backlog.orphanLeads').fix).toContain('--force-on');
      expect(report.exitCode).toBe(0);
    });
  });

  describe('in the webhook deliveries', () => {
    let clock = Date.parse('2025-03-03T08:00:00Z');
    beforeEach(async () => {
      clock = Date.parse('2025-03-03T08:00:00Z');
      world = await DoctorWorld.start({ now: () => new Date(clock) });
      // The key Dataverse sends is no longer the app's (a rotated secret): every delivery is refused.
      await registerWebhooks(world.admin, PLUGINS, {
        functionUrl: world.webhookUrl,
        auth: { kind: 'webhookKey', key: 'a-stale-key-that-the-app-refuses' },
        rotateKey: true,
        enable: true,
        dryRun: false,
      });
    }, 60_000);

    it('counts the failed system jobs with their most common message, and the stale key behind them', async () => {
      for (const lastname of ['Ng', 'Ito', 'Sato']) await world.admin.create('leads', { subject: 'Walk-in', lastname });
      await world.emulator.webhooks.idle();
      const report = await world.doctor({ now: () => new Date(clock) });
      const recent = checkOf(report, 'failures.recent');
      expect(recent).toMatchObject({ status: 'fail', title: '3 LeadLink system jobs failed in the last 24 h' });
      expect(recent.details[0]).toBe('first 2025-03-03T08:00:00Z, last 2025-03-03T08:00:00Z');
      expect(recent.details[1]).toMatch(/^most common: ×3 .*HTTP 401/);
      expect(checkOf(report, 'failures.givenUp')).toMatchObject({ status: 'warn', fix: 'npx leadlink backfill' });
      expect(recent.fix).toContain('--rotate-key');
      expect(problemsOf(report)).toContain('warn backlog.orphanLeads: 3 open leads without a parent contact');
    });

    it('leaves failures older than a day out of the recent ones, but not out of those given up on', async () => {
      await world.admin.create('leads', { subject: 'Walk-in', lastname: 'Ng' });
      await world.emulator.webhooks.idle();
      const report = await world.doctor({ now: () => new Date(clock + 25 * 3600_000) });
      expect(checkOf(report, 'failures.recent').status).toBe('pass');
      expect(checkOf(report, 'failures.givenUp').title).toBe('Dataverse gave up on 1 webhook deliveries');
    });
  });
});
