import { DataverseFault } from '../../../emulator/errors/DataverseFault';

/** Runs `fn`, which must throw a DataverseFault, and returns it so the test can check status, code and message. */
export function expectFault(fn: () => unknown): DataverseFault {
  try {
    fn();
  } catch (error) {
    if (error instanceof DataverseFault) return error;
    throw error;
  }
  throw new Error('expected a DataverseFault, but nothing was thrown');
}
