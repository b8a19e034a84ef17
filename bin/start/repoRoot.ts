import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The LeadLink checkout this code runs from (source under ts-jest, or dist/ after a build). */
export function repoRoot(from: string = __dirname): string {
  let dir = from;
  for (;;) {
    const manifest = path.join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'leadlink')
      return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`Cannot find the LeadLink folder above ${from}.`);
    dir = parent;
  }
}
