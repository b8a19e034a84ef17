/** The `leadlink doctor` command: one JSON document with --json, the exit code as doctor decides it, usage mistakes. */
import { UsageError } from '../../../bin/args';
import { runDoctorCommand } from '../../../bin/commands/doctor';
import { DoctorWorld, WEBHOOK_KEY } from './helpers/doctorWorld';

describe('leadlink doctor', () => {
  let world: DoctorWorld;
  beforeAll(async () => {
    world = await DoctorWorld.start();
  }, 60_000);
  afterAll(() => world.stop());

  const env = () => ({ DATAVERSE_URL: world.emulator.url, LEADLINK_WEBHOOK_KEY: WEBHOOK_KEY });

  it('prints one JSON document with --json and returns its exit code', async () => {
    const printed: string[] = [];
    const code = await runDoctorCommand(['--function-url', world.webhookUrl, '--json'], env(), (t) => printed.push(t));
    expect(printed).toHaveLength(1);
    const doc = JSON.parse(printed[0] ?? '') as {
      exitCode: number;
      dataverseRequests: number;
      groups: { name: string }[];
    };
    expect(code).toBe(0);
    expect(doc.exitCode).toBe(0);
    expect(doc.dataverseRequests).toBe(3);
    expect(doc.groups.map((g) => g.name)).toEqual([
      'connection',
      'security',
      'solution',
      'settings',
      'webhook',
      'functionApp',
      'failures',
      'backlog',
    ]);
  });

  it('exits 1 and prints the fix when the endpoint points elsewhere', async () => {
    const printed: string[] = [];
    // Loopback, so the function app probe goes nowhere outside this machine (port 9 refuses).
    const elsewhere = 'http://127.0.0.1:9/api/webhooks/dataverse';
    const code = await runDoctorCommand(['--function-url', elsewhere], env(), (t) => printed.push(t));
    expect(code).toBe(1);
    expect(printed.join('\n')).toContain(`→ fix: npx leadlink register --function-url ${elsewhere} --enable`);
  });

  it('refuses a function URL with a key in it, an unknown --auth and an application id that is no GUID, before sending anything', async () => {
    const mark = world.emulator.log.mark;
    await expect(runDoctorCommand(['--function-url', `${world.webhookUrl}?code=abc`], env())).rejects.toThrow(
      UsageError,
    );
    await expect(runDoctorCommand(['--auth', 'basic'], env())).rejects.toThrow(
      "--auth must be 'webhookkey' or 'header'",
    );
    await expect(runDoctorCommand(['--application-id', 'leadlink'], env())).rejects.toThrow('a GUID');
    expect(world.emulator.log.entries(mark)).toEqual([]);
  });
});
