import { UsageError } from '../../../bin/args';
import { runRegister } from '../../../bin/commands/register';
import type { DataverseClient } from '../../../dataverse';
import type { Emulator } from '../../../emulator';
import { registrationRows, startEmulator } from '../helpers/emulatorClient';

const KEY = 'cli-test-key-Zq4Wm8Rt2Yp6Ln0';

describe('leadlink register', () => {
  let emulator: Emulator;
  let client: DataverseClient;
  beforeAll(async () => {
    ({ emulator, client } = await startEmulator());
  });
  afterAll(async () => {
    client.close();
    await emulator.stop();
  });

  const run = async (
    argv: string[],
    env: Record<string, string> = { DATAVERSE_URL: emulator.url, LEADLINK_WEBHOOK_KEY: KEY },
  ) => {
    const out: string[] = [];
    const code = await runRegister(argv, env, (text) => out.push(text));
    return { code, text: out.join('\n') };
  };
  const url = 'http://127.0.0.1:7071/api/webhooks/dataverse';

  it('plans with --dry-run (key masked), registers, then finds nothing to change; --unregister removes it', async () => {
    const plan = await run(['--function-url', url, '--dry-run']);
    expect(plan.code).toBe(0);
    expect(plan.text).toContain('register (dry run: nothing was changed)');
    expect(plan.text).toContain('authvalue: ***');
    expect(plan.text).not.toContain(KEY);
    expect(registrationRows(emulator).endpoints).toEqual([]);

    expect((await run(['--function-url', url, '--auth', 'header', '--enable'])).text).toMatch(
      /^Created \d+, updated 0, deleted 0; 0 unchanged\.$/m,
    );
    expect(registrationRows(emulator).endpoints[0]?.values.authtype).toBe(5);
    expect((await run(['--function-url', url, '--auth', 'header'])).text).toMatch(
      /^Created 0, updated 0, deleted 0; \d+ unchanged\.$/m,
    );

    const removed = await run(['--unregister']);
    expect(removed.text).toMatch(/^Created 0, updated 0, deleted \d+; 0 unchanged\.$/m);
    expect(registrationRows(emulator)).toEqual({ endpoints: [], steps: [], images: [] });
  });

  it.each([
    [[], '--function-url is required'],
    [['--function-url', url, '--auth', 'basic'], "--auth must be 'webhookkey' or 'header', got 'basic'"],
    [['--unregister', '--enable'], '--enable does not go with --unregister'],
    [['--function-url', url, 'extra'], "unexpected argument 'extra'"],
    [['--function-url'], "Option '--function-url <value>' argument missing"],
  ])('%j is a usage error', async (argv, message) => {
    const failing = run(argv);
    await expect(failing).rejects.toThrow(UsageError);
    await expect(failing).rejects.toThrow(message);
  });

  it('needs LEADLINK_WEBHOOK_KEY to register, and DATAVERSE_URL always', async () => {
    await expect(run(['--function-url', url], { DATAVERSE_URL: emulator.url })).rejects.toThrow(
      'LEADLINK_WEBHOOK_KEY is not set',
    );
    await expect(run(['--unregister'], {})).rejects.toThrow('DATAVERSE_URL');
  });
});
