/**
 * A healthy `start`-like deployment: doctor finds nothing wrong (exit 0), reads only, and stays within its request
 * budget however many rows the environment holds.
 */
import { DoctorWorld, problemsOf } from './helpers/doctorWorld';

describe('doctor on a healthy deployment', () => {
  let world: DoctorWorld;
  beforeAll(async () => {
    world = await DoctorWorld.start();
  }, 60_000);
  afterAll(() => world.stop());

  it('passes every check but the deep health check it has no key for, and exits 0', async () => {
    const report = await world.doctor();
    expect(problemsOf(report)).toEqual([
      'warn functionApp.deepHealth: The deep health check is not run: LEADLINK_ADMIN_KEY is not set',
    ]);
    expect(report.exitCode).toBe(0);
    expect(report.verdict).toMatch(/^✓ all good — \d+ checks, 1 warning$/);
    expect(report.dataverseRequests).toBe(3);
  });
});
