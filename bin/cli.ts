import { UsageError } from './args';
import { backfillUsage, runBackfill } from './commands/backfill';
import { doctorUsage, runDoctorCommand } from './commands/doctor';
import { emulatorUsage, runEmulator } from './commands/emulator';
import { functionsUsage, runFunctions } from './commands/functions';
import { modelUsage, runModel } from './commands/model';
import { packUsage, runPack } from './commands/pack';
import { registerUsage, runRegister } from './commands/register';
import { rescoreUsage, runRescore } from './commands/rescore';
import { runSegment, segmentUsage } from './commands/segment';
import { runStart, startUsage } from './commands/start';

interface Command {
  readonly usage: string;
  readonly run: (argv: readonly string[]) => Promise<number>;
}

const COMMANDS: Readonly<Record<string, Command>> = {
  start: { usage: startUsage, run: runStart },
  emulator: { usage: emulatorUsage, run: runEmulator },
  functions: { usage: functionsUsage, run: runFunctions },
  backfill: { usage: backfillUsage, run: (argv) => runBackfill(argv) },
  register: { usage: registerUsage, run: (argv) => runRegister(argv) },
  doctor: { usage: doctorUsage, run: (argv) => runDoctorCommand(argv) },
  pack: { usage: packUsage, run: (argv) => runPack(argv) },
  segment: { usage: segmentUsage, run: runSegment },
  rescore: { usage: rescoreUsage, run: (argv) => runRescore(argv) },
  model: { usage: modelUsage, run: (argv) => runModel(argv) },
};

function usage(): string {
  return [
    'Usage: leadlink <command> [flags]',
    '',
    ...Object.values(COMMANDS).map((c) => `  ${c.usage.replace(/\n/g, '\n  ')}\n`),
  ].join('\n');
}

/** The `leadlink` CLI: parses the command name and hands the flags to it. Returns the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    console.log(usage());
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    console.error(`leadlink: unknown command '${name}'.\n\n${usage()}`);
    return 2;
  }
  try {
    return await command.run(rest);
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`leadlink ${name}: ${error.message}\n\nUsage: ${command.usage}`);
      return 2;
    }
    console.error(`leadlink ${name}: ${(error as Error).message}`);
    return 1;
  }
}
