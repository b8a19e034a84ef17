import { randomBytes } from 'node:crypto';
import { DataverseError } from '../../../dataverse';
import { applyPlans, withoutSecretInErrors } from '../../../solution/register/applyPlans';
import { checkFunctionUrl } from '../../../solution/register/checkFunctionUrl';
import { formatReport } from '../../../solution/register';
import { authValue, checkAuth } from '../../../solution/register/webhookAuth';
import { RegistrationError } from '../../../solution/errors/RegistrationError';

const KEY = 'inputs-test-key-q7Rm2xWp9LcT4vNb';

describe('checkFunctionUrl', () => {
  it('accepts https on the default port and http on loopback', () => {
    expect(checkFunctionUrl(' https://leadlink-func.azurewebsites.net/api/webhooks/dataverse ')).toBe(
      'https://leadlink-func.azurewebsites.net/api/webhooks/dataverse',
    );
    expect(checkFunctionUrl('http://127.0.0.1:7071/api/webhooks/dataverse')).toBe(
      'http://127.0.0.1:7071/api/webhooks/dataverse',
    );
  });

  it.each([
    ['not a url', 'is not an absolute URL'],
    ['http://leadlink.example.com/api', 'must use https'],
    ['https://user:pw@leadlink.example.com/api', 'must not contain a user name or password'],
    [`https://leadlink.example.com/api?code=${KEY}`, 'must not have a query string'],
    ['https://leadlink.example.com:8443/api', 'only call port 443'],
    [`https://leadlink.example.com/${'a'.repeat(2000)}`, 'longer than 2000'],
  ])('refuses %s', (url, message) => {
    expect(() => checkFunctionUrl(url)).toThrow(message);
    expect(() => checkFunctionUrl(url)).not.toThrow(KEY);
  });
});

describe('webhook auth', () => {
  it('writes the settings document Dataverse keeps: the key as the Code setting, a header as its own setting', () => {
    expect(authValue({ kind: 'webhookKey', key: KEY })).toBe(
      `<settings><setting name="Code" value="${KEY}" /></settings>`,
    );
    expect(authValue({ kind: 'httpHeader', name: 'x-key', value: 'a"b<c>&d-0123456789' })).toBe(
      '<settings><setting name="x-key" value="a&quot;b&lt;c&gt;&amp;d-0123456789" /></settings>',
    );
  });

  it.each([
    [{ kind: 'webhookKey', key: 'tiny-k3y' }, 'too short'],
    [{ kind: 'webhookKey', key: 'k'.repeat(32) }, 'too predictable'],
    [{ kind: 'webhookKey', key: 'Xq7!mK2#Xq7!mK2#Xq7!mK2#Xq7!' }, 'repeats a part of itself'],
    [{ kind: 'webhookKey', key: ` ${KEY}` }, 'leading or trailing whitespace'],
    [{ kind: 'webhookKey', key: `${KEY}\u0007` }, 'control characters'],
    [{ kind: 'webhookKey', key: randomBytes(1600).toString('base64') }, 'at most 2048'],
    [{ kind: 'httpHeader', name: 'bad header', value: KEY }, "'bad header' is not a valid HTTP header name"],
  ] as const)('refuses %j without repeating it', (auth, message) => {
    expect(() => checkAuth(auth)).toThrow(message);
    const secret = auth.kind === 'webhookKey' ? auth.key : auth.value;
    expect(() => checkAuth(auth)).not.toThrow(secret.trim());
  });
});

describe('errors never carry the key', () => {
  const auth = { kind: 'webhookKey', key: KEY } as const;

  it('masks the key in an error from below and drops its cause', async () => {
    const failing = withoutSecretInErrors(auth, () => Promise.reject(new Error(`the value '${KEY}' is invalid`)));
    await expect(failing).rejects.toThrow("the value '***' is invalid");
    const error = await failing.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RegistrationError);
    expect((error as Error).cause).toBeUndefined();
  });

  it('passes other Dataverse errors through as they are', async () => {
    const original = new DataverseError({
      method: 'GET',
      url: 'https://x.crm.dynamics.com/api/data/v9.2/sdkmessages',
      status: 500,
    });
    await expect(withoutSecretInErrors(auth, () => Promise.reject(original))).rejects.toBe(original);
  });

  it('a failed write says how far the run got and that a rerun is safe', async () => {
    const plans = [
      {
        items: [{ component: 'endpoint', id: 'e', name: 'LeadLink webhook', action: 'create', details: [] }],
        apply: async () => undefined,
      },
      {
        items: [{ component: 'step', id: 's', name: 'LeadLink: x: Create of lead', action: 'create', details: [] }],
        apply: () => Promise.reject(new Error('boom')),
      },
    ] as const;
    await expect(applyPlans('register', plans, false)).rejects.toThrow(
      "register stopped at step 'LeadLink: x: Create of lead' after 1 of 2 changes: boom. Nothing is undone; register is safe to run again.",
    );
    await expect(applyPlans('register', plans, true)).resolves.toMatchObject({
      dryRun: true,
      summary: 'Would create 2, update 0, delete 0; 0 unchanged (dry run).',
    });
  });
});

describe('formatReport', () => {
  it('prints one line per row, its changes below, and the summary', () => {
    const text = formatReport({
      operation: 'register',
      dryRun: true,
      items: [
        {
          component: 'endpoint',
          id: 'e1',
          name: 'LeadLink webhook',
          action: 'create',
          details: ['url: (none) → https://x', 'authvalue: ***'],
        },
      ],
      summary: 'Would create 1, update 0, delete 0; 0 unchanged (dry run).',
    });
    expect(text.split('\n')).toEqual([
      'register (dry run: nothing was changed)',
      '  create    endpoint LeadLink webhook {e1}',
      '              url: (none) → https://x',
      '              authvalue: ***',
      'Would create 1, update 0, delete 0; 0 unchanged (dry run).',
    ]);
  });
});
