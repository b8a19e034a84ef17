/**
 * The security roles hold what their users do, no less and no more. The function app's role is checked against the
 * app itself: its Dataverse client goes through a recording proxy while every part of the app runs against the
 * emulator with demo data — webhooks (an orphan lead linked, a lead qualified), the interaction intake, a landing-page
 * submission, a segment preview, the deep health check, the sweep and the daily rescore — and every request is turned
 * into the privileges it needs (privilegesOf.ts). The segment author's role is checked against what `leadlink segment`
 * does and the AddMemberList privileges Microsoft lists.
 */
import { InvocationContext } from '@azure/functions';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DataverseClient } from '../../../dataverse';
import { Emulator } from '../../../emulator';
import { startLocalServer, type LocalServer } from '../../../functions/local/localServer';
import { sweepTimer } from '../../../functions/handlers/sweepTimer';
import { buildHttpRoutes } from '../../../functions/routes';
import type { AppServices } from '../../../functions/runtime/AppServices';
import { createAppServices } from '../../../functions/runtime/createAppServices';
import { importEnvironmentVariables } from '../../../bin/start/importEnvironmentVariables';
import { PLUGINS } from '../../../plugins/registry';
import { scheduledRescore } from '../../../plugins/rescoring';
import { DEFAULT_SCORING_MODEL } from '../../../plugins/scoring';
import { uploadScoringModel } from '../../../plugins/scoringModel';
import { ENV_VARS } from '../../../schema/environmentVariables';
import { LEADLINK_CUSTOMIZATIONS } from '../../../schema/customizations';
import { ACCOUNT, LEAD, LEAD_STATE } from '../../../schema/names';
import { registerWebhooks } from '../../../solution/register';
import { startRecordingProxy, type RecordingProxy } from '../../integration/sweep/helpers/recordingProxy';
import { privilegesOf } from './privilegesOf';

const ROLES = path.resolve(__dirname, '../../../solution/src/Roles');
const KEYS = {
  LEADLINK_WEBHOOK_KEY: 'roles-webhook-key-Wd47Hs2Qm8',
  LEADLINK_INTAKE_KEY: 'roles-intake-key-Lp93Vx6Nc1',
  LEADLINK_ADMIN_KEY: 'roles-admin-key-Rk20Tb5Ye7',
};

/** Privileges of code paths this scenario cannot reach, each with the path: a new path must be added here or tested. */
const NOT_EXERCISED: Readonly<Record<string, string>> = {
  prvReadOpportunity:
    "lead-qualified reads an opportunity's originating lead when Dataverse left out the Target (a payload over 256 KB)",
};

function rolePrivileges(file: string): Map<string, string> {
  const xml = readFileSync(path.join(ROLES, file), 'utf8');
  return new Map([...xml.matchAll(/<RolePrivilege name="(\w+)" level="(\w+)"/g)].map((m) => [m[1] ?? '', m[2] ?? '']));
}

describe('the function app role (LeadLink Integration)', () => {
  let emulator: Emulator;
  let proxy: RecordingProxy;
  let app: AppServices;
  let functions: LocalServer;
  let admin: DataverseClient;

  beforeAll(async () => {
    emulator = await new Emulator({ seed: 'demo', customizations: LEADLINK_CUSTOMIZATIONS }).start();
    proxy = await startRecordingProxy(emulator.url);
    app = createAppServices({ DATAVERSE_URL: proxy.url, ...KEYS });
    functions = await startLocalServer(
      buildHttpRoutes(() => Promise.resolve(app)),
      0,
      () => undefined,
    );
    admin = DataverseClient.fromConfig({ url: emulator.url, authorityHost: '', credentials: { kind: 'none' } });
    // Contact creation on, and follow-up tasks for sales-ready leads, so every write the app can make is made; the
    // model is a web resource, as in an environment with the solution.
    await importEnvironmentVariables(admin, { [ENV_VARS.orphanLeadContactCreation]: 'yes' });
    await uploadScoringModel(admin, JSON.stringify({ ...DEFAULT_SCORING_MODEL, createTaskWhenSalesReady: true }));
    await registerWebhooks(admin, PLUGINS, {
      functionUrl: `${functions.url}/api/webhooks/dataverse`,
      auth: { kind: 'webhookKey', key: KEYS.LEADLINK_WEBHOOK_KEY },
      enable: true,
      dryRun: false,
    });
  });
  afterAll(async () => {
    await emulator.webhooks.idle();
    await functions.close();
    app.dataverse.close();
    admin.close();
    await proxy.close();
    await emulator.stop();
  });

  const post = async (route: string, key: string, body: unknown) => {
    const response = await fetch(`${functions.url}/api/${route}?code=${encodeURIComponent(key)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };

  it('holds every privilege the app needs, at organization level, and none it does not use', async () => {
    // Webhooks: an orphan lead of an account gets a new marketing-only contact of that account; qualifying the lead
    // clears the flag again.
    const [account] = await admin.queryAll(ACCOUNT.set, { select: [ACCOUNT.id], top: 1 });
    const leadId = await admin.create(LEAD.set, {
      [LEAD.subject]: 'Roles check',
      [LEAD.lastName]: 'Privilege',
      [LEAD.email]: 'privilege.check@roles.example.com',
      [`${LEAD.parentAccount}@odata.bind`]: `/${ACCOUNT.set}(${String(account?.[ACCOUNT.id])})`,
    });
    await emulator.webhooks.idle();
    const linked = await admin.retrieve(LEAD.set, leadId, { select: [LEAD.parentContactValue] });
    const contactId = String(linked[LEAD.parentContactValue]);
    await admin.update(LEAD.set, leadId, { [LEAD.state]: LEAD_STATE.qualified, [LEAD.status]: 3 });
    await emulator.webhooks.idle();
    // The senders' endpoints: interactions for that contact, and a landing-page submission from someone new.
    const now = new Date().toISOString();
    const intake = await post('interactions', KEYS.LEADLINK_INTAKE_KEY, {
      interactions: [{ sourceId: 'roles-1', contactId, type: 'formSubmitted', occurredOn: now }],
    });
    expect(intake.status).toBeLessThan(300);
    const submission = await post('landing-pages/submissions', KEYS.LEADLINK_INTAKE_KEY, {
      submissionId: 'roles-submission-1',
      email: 'new.visitor@roles.example.com',
      firstName: 'New',
      lastName: 'Visitor',
      company: 'Roles Ltd',
      topic: 'Roles webinar',
      pageId: 'roles',
    });
    expect(submission.status).toBe(201);
    // The administrators' endpoints.
    const segment = {
      lead: { conditions: [{ column: LEAD.subject, operator: 'like', value: 'Contoso%' }] },
      account: { conditions: [{ column: ACCOUNT.name, operator: 'like', value: '%' }] },
    };
    expect((await post('segments/preview', KEYS.LEADLINK_ADMIN_KEY, segment)).status).toBe(200);
    const health = await fetch(`${functions.url}/api/health/deep`, {
      headers: { 'x-leadlink-key': KEYS.LEADLINK_ADMIN_KEY },
    });
    expect(health.status).toBe(200);
    // The timers: the sweep, and the daily rescore (the demo's hot leads get their follow-up tasks).
    const context = new InvocationContext({
      invocationId: 'roles',
      functionName: 'timer',
      logHandler: () => undefined,
    });
    await sweepTimer({ isPastDue: false, scheduleStatus: undefined } as never, context, () => Promise.resolve(app));
    const log = { info() {}, warn() {}, error() {} };
    const rescored = await scheduledRescore(app.pluginServices(log), 60_000);
    expect(rescored.tasksCreated).toBeGreaterThan(0);
    await emulator.webhooks.idle();
    expect(emulator.webhooks.deliveries().filter((d) => d.outcome !== 'succeeded')).toEqual([]);

    const needed = privilegesOf(proxy.exchanges, {
      tableOfSet: (set) => emulator.catalog.byEntitySet(set)?.logicalName,
      navigationTarget: (table, navigation) => emulator.catalog.navigation(table, navigation)?.target,
    });
    const role = rolePrivileges('LeadLink Integration.xml');
    expect([...needed].filter((p) => !role.has(p)).sort()).toEqual([]);
    expect([...role.keys()].filter((p) => !needed.has(p)).sort()).toEqual(Object.keys(NOT_EXERCISED).sort());
    expect(new Set(role.values())).toEqual(new Set(['Global']));
    expect([...role.keys()].filter((p) => /^prv(Delete|Share)/.test(p))).toEqual([]);
  });
});

describe('the segment author role (LeadLink Segment Author)', () => {
  it('holds what `leadlink segment` needs to preview, save and fill a marketing list, and nothing of the app', () => {
    const role = rolePrivileges('LeadLink Segment Author.xml');
    expect([...role.keys()].sort()).toEqual(
      [
        // Segments select contacts joined to leads and accounts, checked against the table definitions.
        'prvReadContact',
        'prvReadLead',
        'prvReadAccount',
        'prvReadEntity',
        'prvReadAttribute',
        // The list: found by name, created, its query or description updated.
        'prvCreateList',
        'prvReadList',
        'prvWriteList',
        // AddMemberList with contacts: prvAppendContact, prvAppendToList, prvReadContact, prvReadList; removing a
        // member: prvAppendToList, prvReadList ("AddMemberList message privileges", "RemoveMemberList message
        // privileges", https://learn.microsoft.com/previous-versions/dynamicscrm-2016/developers-guide/gg334794(v=crm.8)).
        'prvAppendToList',
        'prvAppendContact',
      ].sort(),
    );
    expect(role.get('prvWriteList')).toBe('Basic');
    expect([...role.keys()].filter((p) => /^prv(Write|Create|Delete)(Lead|Contact|Account)$/.test(p))).toEqual([]);
  });
});
