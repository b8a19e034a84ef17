import { randomBytes } from 'node:crypto';
import { DataverseClient } from '../../dataverse';
import { AUDIENCE_KEYS } from '../../functions/auth/audiences';
import { startLocalServer } from '../../functions/local/localServer';
import { consoleLogHandler } from '../../functions/local/consoleLogHandler';
import { buildHttpRoutes } from '../../functions/routes';
import { createAppServices } from '../../functions/runtime/createAppServices';
import { PLUGINS } from '../../plugins/registry';
import { loadScoringModel, rescoreAll } from '../../plugins/rescoring';
import { DataverseEnvironmentSettings } from '../../plugins/settings/DataverseEnvironmentSettings';
import { ENV_VARS } from '../../schema/environmentVariables';
import { runDoctor } from '../../solution/doctor';
import { registerWebhooks } from '../../solution/register';
import { intFlag, parseFlags } from '../args';
import { importEnvironmentVariables } from '../start/importEnvironmentVariables';
import { importSolutionRecords } from '../start/importSolutionRecords';
import { importWebResources } from '../start/importWebResources';
import { startPanelServer } from '../start/panelServer';
import { waitForSignal } from '../waitForSignal';
import { emulatorFlags, emulatorFromFlags } from './emulator';

export const startUsage = `leadlink start [--port 7070] [--functions-port 7071] [--panel-port 7072]
    [--seed demo|empty|large:N]
  Runs everything locally: the Dataverse emulator with demo data (or none, or N synthetic contacts and leads), the
  function app's handlers with LeadLink's webhooks registered in the emulator, and the insights panel in a browser
  page. Ctrl-C stops everything.`;

/** `npm start`: the emulator, the functions behind their webhooks, and the panel, wired together on loopback. */
export async function runStart(argv: readonly string[]): Promise<number> {
  const { values } = parseFlags(argv, {
    ...emulatorFlags,
    'functions-port': { type: 'string' },
    'panel-port': { type: 'string' },
  });
  const { emulator, port, seed } = emulatorFromFlags(values, 'demo');
  const functionsPort = intFlag('functions-port', values['functions-port'], 7071, 0, 65535);
  const panelPort = intFlag('panel-port', values['panel-port'], 7072, 0, 65535);

  // Everything started so far is stopped again on Ctrl-C or when a later step fails, newest first.
  const stops: (() => Promise<void> | void)[] = [];
  const stopAll = async () => {
    for (const stop of stops.reverse()) await stop();
  };
  try {
    await emulator.start(port);
    stops.push(() => emulator.stop());
    // Each audience's key (functions/auth/audiences.ts) from its app setting when set, so a demo can call the intake
    // or the segment preview with it; else a random one per run. Never printed.
    const env: Record<string, string> = { DATAVERSE_URL: emulator.url };
    for (const { setting } of Object.values(AUDIENCE_KEYS)) {
      env[setting] = process.env[setting] ?? randomBytes(32).toString('base64');
    }
    const app = createAppServices(env);
    stops.push(() => {
      app.deferred?.stop();
      app.dataverse.close();
    });
    const functions = await startLocalServer(
      buildHttpRoutes(() => Promise.resolve(app)),
      functionsPort,
      consoleLogHandler,
    );
    stops.push(() => functions.close());
    const admin = DataverseClient.fromConfig({ url: emulator.url, authorityHost: '', credentials: { kind: 'none' } });
    stops.push(() => admin.close());
    // What importing the solution and setting up its application user leave (its rows, roles, web resources and
    // environment variables), then what an admin does next: the demo switches contact creation on.
    await importSolutionRecords(admin);
    await importWebResources(admin);
    await importEnvironmentVariables(admin, { [ENV_VARS.orphanLeadContactCreation]: 'yes' });
    // The demo's interactions were seeded before any webhook existed: one scoring run shows hot, warm and cold leads.
    // Other seeds hold no interactions, so there is nothing to score (and a large one would only wait for it).
    const scored =
      seed === 'demo'
        ? await rescoreAll(
            { dataverse: admin, now: () => new Date() },
            await loadScoringModel({ dataverse: admin, settings: new DataverseEnvironmentSettings(admin) }),
          )
        : undefined;
    const webhookUrl = `${functions.url}/api/webhooks/dataverse`;
    const registration = await registerWebhooks(admin, PLUGINS, {
      functionUrl: webhookUrl,
      auth: { kind: 'webhookKey', key: env[AUDIENCE_KEYS.dataverse.setting] ?? '' },
      enable: true,
      dryRun: false,
    });
    const panel = await startPanelServer(emulator.url, panelPort);
    stops.push(() => panel.close());

    console.log(`Emulator:  ${emulator.apiUrl}`);
    console.log(
      `Functions: ${functions.url}/api/  (a local server calling the same handlers; not the Azure Functions host)`,
    );
    console.log(`Panel:     ${panel.url}`);
    console.log(`Webhooks:  ${registration.summary}`);
    if (scored) {
      console.log(
        `Scoring:   ${scored.scored} open leads scored, ${scored.changed} written, ${scored.becameSalesReady} sales-ready.`,
      );
    }
    // "Qualify" in an app runs the QualifyLead action: the demo qualifies the same way (README, "Try it").
    console.log(
      `Qualify:   POST ${emulator.apiUrl}leads(<id>)/Microsoft.Dynamics.CRM.QualifyLead {"CreateAccount":false,"CreateContact":false,"CreateOpportunity":true,"Status":3}`,
    );
    // The admin's check, run against this setup: it reads only.
    const doctor = await runDoctor({ env, functionUrl: webhookUrl });
    console.log(`Doctor:    ${doctor.verdict}`);
    console.log(
      `           the checklist: DATAVERSE_URL=${emulator.url} npx leadlink doctor --function-url ${webhookUrl}`,
    );
    console.log('Ctrl-C stops everything.');
    await waitForSignal();
    console.log('Stopping…');
  } finally {
    await stopAll();
  }
  return 0;
}
