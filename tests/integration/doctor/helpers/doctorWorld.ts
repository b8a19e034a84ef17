/**
 * A healthy deployment on loopback, set up the way `leadlink start` does it: the emulator with LeadLink's tables, the
 * function app's handlers on a local server, the solution's rows and role (assigned to the integration user, whom the
 * functions and doctor run as), the environment variables with contact creation on, and the webhooks registered and
 * enabled. A test then breaks one thing through the Web API and runs doctor.
 */
import { DataverseClient } from '../../../../dataverse';
import { Emulator, type EmulatorOptions } from '../../../../emulator';
import { startLocalServer, type LocalServer } from '../../../../functions/local/localServer';
import { buildHttpRoutes } from '../../../../functions/routes';
import { createAppServices } from '../../../../functions/runtime/createAppServices';
import type { AppServices } from '../../../../functions/runtime/AppServices';
import { PLUGINS } from '../../../../plugins/registry';
import { ENV_VARS } from '../../../../schema/environmentVariables';
import { LEADLINK_CUSTOMIZATIONS } from '../../../../schema/customizations';
import { importEnvironmentVariables } from '../../../../bin/start/importEnvironmentVariables';
import { importWebResources } from '../../../../bin/start/importWebResources';
import { importSolutionRecords } from '../../../../bin/start/importSolutionRecords';
import { ADMIN_KEY_SETTING, runDoctor, type DoctorOptions, type DoctorReport } from '../../../../solution/doctor';
import type { CheckResult } from '../../../../solution/doctor';
import { registerWebhooks } from '../../../../solution/register';

export const WEBHOOK_KEY = 'doctor-tests-webhook-key-0123456789';
/** The administrators' key, given to the app and to doctor under the same setting name. */
export const ADMIN_KEY = 'doctor-tests-admin-key-9876543210';

export class DoctorWorld {
  private constructor(
    readonly emulator: Emulator,
    readonly admin: DataverseClient,
    readonly services: AppServices,
    readonly functions: LocalServer,
  ) {}

  static async start(options: EmulatorOptions = {}): Promise<DoctorWorld> {
    const emulator = await new Emulator({ seed: 'empty', customizations: LEADLINK_CUSTOMIZATIONS, ...options }).start();
    const admin = DataverseClient.fromConfig({ url: emulator.url, authorityHost: '', credentials: { kind: 'none' } });
    const services = createAppServices({
      DATAVERSE_URL: emulator.url,
      LEADLINK_WEBHOOK_KEY: WEBHOOK_KEY,
      [ADMIN_KEY_SETTING]: ADMIN_KEY,
    });
    const functions = await startLocalServer(
      buildHttpRoutes(() => Promise.resolve(services)),
      0,
      () => undefined,
    );
    const world = new DoctorWorld(emulator, admin, services, functions);
    await importSolutionRecords(admin);
    await importWebResources(admin);
    await importEnvironmentVariables(admin, { [ENV_VARS.orphanLeadContactCreation]: 'yes' });
    await registerWebhooks(admin, PLUGINS, {
      functionUrl: world.webhookUrl,
      auth: { kind: 'webhookKey', key: WEBHOOK_KEY },
      enable: true,
      dryRun: false,
    });
    return world;
  }

  get webhookUrl(): string {
    return `${this.functions.url}/api/webhooks/dataverse`;
  }

  /** Doctor as an admin runs it against this deployment: the environment URL, the webhook key and URL. */
  doctor(options: Partial<DoctorOptions> = {}): Promise<DoctorReport> {
    return runDoctor({
      env: { DATAVERSE_URL: this.emulator.url, LEADLINK_WEBHOOK_KEY: WEBHOOK_KEY },
      functionUrl: this.webhookUrl,
      ...options,
    });
  }

  async stop(): Promise<void> {
    await this.emulator.webhooks.idle();
    await this.functions.close();
    this.services.dataverse.close();
    this.admin.close();
    await this.emulator.stop();
  }
}

/** The check with this id; fails the test when doctor did not report it. */
export function checkOf(report: DoctorReport, id: string): CheckResult {
  const found = report.checks.find((c) => c.id === id);
  if (!found)
    throw new Error(`doctor reported no check '${id}'; it reported ${report.checks.map((c) => c.id).join(', ')}`);
  return found;
}

/** The checks that are not ✓, as `status id: title`, for readable failures. */
export function problemsOf(report: DoctorReport): string[] {
  return report.checks.filter((c) => c.status !== 'pass').map((c) => `${c.status} ${c.id}: ${c.title}`);
}
