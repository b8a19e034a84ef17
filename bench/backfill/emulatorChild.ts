/**
 * Runs one emulator in a process of its own, so the benchmark's client and the emulator each have a core: the
 * parent reads `{"url": …}` from the first line of stdout and ends the process with SIGTERM when done.
 */
import { Emulator } from '../../emulator';
import { LEADLINK_CUSTOMIZATIONS } from '../../schema/customizations';

async function main(): Promise<void> {
  const emulator = await new Emulator({ seed: 'empty', customizations: LEADLINK_CUSTOMIZATIONS }).start(0);
  process.stdout.write(`${JSON.stringify({ url: emulator.url })}\n`);
  const stop = () => {
    void emulator.stop().then(() => process.exit(0));
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  // The parent going away closes stdin: do not outlive it.
  process.stdin.on('end', stop);
  process.stdin.resume();
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
