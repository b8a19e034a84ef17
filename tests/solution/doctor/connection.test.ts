import { authFailureVariable } from '../../../solution/doctor/checks/authFailureVariable';
import { formatChecklist } from '../../../solution/doctor/format/formatChecklist';
import { check } from '../../../solution/doctor/CheckResult';

const secret = { kind: 'clientSecret', tenantId: 't', clientId: 'c', clientSecret: { reveal: () => 'x' } } as never;

describe('a token failure names its setting', () => {
  it.each([
    ['AADSTS7000222: The provided client secret keys for app are expired.', 'AZURE_CLIENT_SECRET'],
    ['AADSTS700016: Application with identifier was not found in the directory', 'AZURE_CLIENT_ID'],
    ['AADSTS90002: Tenant not found.', 'AZURE_TENANT_ID'],
    ['AADSTS500011: The resource principal named https://x.crm.dynamics.com was not found', 'DATAVERSE_URL'],
    ['invalid_client — something else', 'AZURE_CLIENT_SECRET'],
  ])('%s → %s', (message, variable) => {
    expect(authFailureVariable(message, secret).variable).toBe(variable);
  });

  it('points a managed identity failure at the managed identity', () => {
    expect(authFailureVariable('no token', { kind: 'managedIdentity' }).variable).toBe('AZURE_USE_MANAGED_IDENTITY');
  });
});

describe('the checklist', () => {
  it('groups checks, prints details and the fix of what is not ✓, and marks what could not be checked', () => {
    const text = formatChecklist({
      checks: [
        check('connection', 'c', 'pass', 'Dataverse answers', [], 'never shown'),
        check(
          'webhook',
          'w',
          'fail',
          'Step is disabled',
          ['disabled: Dataverse sends nothing for it'],
          'npx leadlink register --enable',
        ),
        check('backlog', 'b', 'error', 'Cannot count orphan leads', ['timeout']),
      ],
      exitCode: 1,
      verdict: '✗ 1 problem — Step is disabled',
      dataverseRequests: 2,
    });
    expect(text).toBe(
      [
        'Connection',
        '  ✓ Dataverse answers',
        '',
        'Webhook and steps',
        '  ✗ Step is disabled',
        '      disabled: Dataverse sends nothing for it',
        '      → fix: npx leadlink register --enable',
        '',
        'Backlog',
        '  ✗ could not check: Cannot count orphan leads',
        '      timeout',
        '',
        'doctor: ✗ 1 problem — Step is disabled (2 Dataverse requests)',
      ].join('\n'),
    );
  });
});
