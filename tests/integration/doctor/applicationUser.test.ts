/**
 * An administrator runs doctor with --application-id: the application user of that app registration is checked, not
 * the caller — the way to check LeadLink's user from outside its least-privilege role.
 */
import { readAppRoles } from '../../../solution/doctor';
import { checkOf, DoctorWorld } from './helpers/doctorWorld';

const APPLICATION = '0b5c4c2e-7d4e-4f4b-9a83-3c0c6f1d2e5a';
const [appRole] = readAppRoles();

describe('doctor --application-id', () => {
  let world: DoctorWorld;
  beforeAll(async () => {
    world = await DoctorWorld.start();
  }, 60_000);
  afterAll(() => world.stop());

  it('says there is no application user for an unknown app registration, and checks no roles', async () => {
    const report = await world.doctor({ applicationId: APPLICATION });
    expect(checkOf(report, 'connection.user')).toMatchObject({
      status: 'fail',
      title: `No application user for application ${APPLICATION}`,
    });
    expect(report.checks.filter((c) => c.group === 'security')).toEqual([]);
  });

  it('checks the roles of the application user it names, not the caller’s', async () => {
    const userId = await world.admin.create('systemusers', {
      firstname: 'LeadLink',
      lastname: 'Production',
      domainname: 'leadlink-prod@emulator.local',
      applicationid: APPLICATION,
    });
    const before = await world.doctor({ applicationId: APPLICATION });
    expect(checkOf(before, 'connection.user').title).toMatch(/^Runs as LeadLink Production \(application /);
    expect(checkOf(before, 'security.roles').status).toBe('fail');
    await world.admin.request({
      method: 'POST',
      url: `systemusers(${userId})/systemuserroles_association/$ref`,
      json: { '@odata.id': `${world.admin.apiBaseUrl}roles(${appRole?.id})` },
    });
    const after = await world.doctor({ applicationId: APPLICATION });
    expect(checkOf(after, 'security.roles').status).toBe('pass');
    expect(checkOf(after, 'security.privileges').status).toBe('pass');
    expect(after.dataverseRequests).toBe(4);
  });
});
