import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UsageError } from '../../../bin/args';
import { runPack } from '../../../bin/commands/pack';
import { unzipFiles } from '../../../solution/pack';
import { builtControlCopy } from '../helpers/builtControl';

let out: string;
let controlCopy: string;
// These tests say when the schemas folder is used: none unless they set one.
const schemasDirBefore = process.env.LEADLINK_SCHEMAS_DIR;
beforeAll(() => {
  delete process.env.LEADLINK_SCHEMAS_DIR;
  // Makes sure the repository's control is built; `pack` reads it from pcf-controls/out.
  controlCopy = builtControlCopy();
  out = mkdtempSync(join(tmpdir(), 'leadlink-pack-'));
});
afterAll(() => {
  if (schemasDirBefore !== undefined) process.env.LEADLINK_SCHEMAS_DIR = schemasDirBefore;
  rmSync(out, { recursive: true, force: true });
  rmSync(controlCopy, { recursive: true, force: true });
});

it('writes LeadLink_<version>_managed.zip into --out and says what it wrote', async () => {
  const lines: string[] = [];
  expect(await runPack(['--managed', '--version', '2.0.1.7', '--out', out], (t) => lines.push(t))).toBe(0);
  const path = join(out, 'LeadLink_2_0_1_7_managed.zip');
  expect(existsSync(path)).toBe(true);
  expect(lines[0]).toContain(`Wrote ${path}`);
  expect(lines[0]).toContain('managed 2.0.1.7');
  expect(lines[1]).toMatch(/Root components by type: 1×3, 20×2, 61×1, 66×1, (92×\d+, )?95×1, 380×4\./);
  expect(lines[2]).toBe(
    "Checked with LeadLink's structural checks (add --schemas DIR to validate against Microsoft's XSDs too).",
  );
  const files = await unzipFiles(readFileSync(path));
  expect(files.get('solution.xml')?.toString('utf8')).toContain('<Managed>1</Managed>');
});

it('takes the version from package.json by default', async () => {
  const version = (JSON.parse(readFileSync(join(__dirname, '../../../package.json'), 'utf8')) as { version: string })
    .version;
  await runPack(['--out', out], () => undefined);
  expect(existsSync(join(out, `LeadLink_${version.split('.').join('_')}_0.zip`))).toBe(true);
});

it.each([
  [['--schemas', '/no/such/folder'], '--schemas: XML schema not found: /no/such/folder. There is no such folder.'],
  [
    ['--version', '1.0'],
    "--version: The solution version must be four whole numbers a.b.c.d (e.g. 1.0.0.0), got '1.0'.",
  ],
  [['--version', '1.0.0.99999999999'], 'must be four whole numbers'],
  [['--unmanaged'], "Unknown option '--unmanaged'"],
  [['extra'], "unexpected argument 'extra'"],
])('%j is a usage error', async (argv, message) => {
  const failing = runPack(argv, () => undefined);
  await expect(failing).rejects.toThrow(UsageError);
  await expect(failing).rejects.toThrow(message);
});

it('takes the schemas folder from LEADLINK_SCHEMAS_DIR too, and names the variable when the folder is wrong', async () => {
  const before = process.env.LEADLINK_SCHEMAS_DIR;
  process.env.LEADLINK_SCHEMAS_DIR = out;
  try {
    const failing = runPack(['--out', out], () => undefined);
    await expect(failing).rejects.toThrow(UsageError);
    await expect(failing).rejects.toThrow(
      `LEADLINK_SCHEMAS_DIR: XML schema not found: ${join(out, 'CustomizationsSolution.xsd')}.`,
    );
  } finally {
    if (before === undefined) delete process.env.LEADLINK_SCHEMAS_DIR;
    else process.env.LEADLINK_SCHEMAS_DIR = before;
  }
});
