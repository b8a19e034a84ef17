import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * The V8 heap in use after a full garbage collection, so that what is measured is what is still held. `gc` is
 * exposed on the fly (the bench runs without --expose-gc).
 */
export function heapUsedAfterGc(): number {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}
