import { readAppKeys } from '../../../functions/auth/readAppKeys';

const WEBHOOK = 'read-keys-webhook-Kq83Zm1Lp0';
const INTAKE = 'read-keys-intake-Vb62Xn4Rt8';
const ADMIN = 'read-keys-admin-Hw19Qs7Dy3';

describe('readAppKeys', () => {
  it('reads each audience its own key; the senders and administrators may go without', () => {
    expect(readAppKeys({ LEADLINK_WEBHOOK_KEY: WEBHOOK })).toEqual({
      dataverse: WEBHOOK,
      senders: undefined,
      administrators: undefined,
    });
    expect(
      readAppKeys({ LEADLINK_WEBHOOK_KEY: WEBHOOK, LEADLINK_INTAKE_KEY: INTAKE, LEADLINK_ADMIN_KEY: ADMIN }),
    ).toEqual({ dataverse: WEBHOOK, senders: INTAKE, administrators: ADMIN });
  });

  it.each([
    [{}, 'LEADLINK_WEBHOOK_KEY: not set'],
    [{ LEADLINK_WEBHOOK_KEY: 'a'.repeat(16) }, 'LEADLINK_WEBHOOK_KEY: is too predictable'],
    [{ LEADLINK_WEBHOOK_KEY: WEBHOOK, LEADLINK_INTAKE_KEY: 'Xy7-q' }, 'LEADLINK_INTAKE_KEY: is too short'],
    [
      { LEADLINK_WEBHOOK_KEY: WEBHOOK, LEADLINK_ADMIN_KEY: WEBHOOK },
      'LEADLINK_ADMIN_KEY: has the same value as LEADLINK_WEBHOOK_KEY',
    ],
  ])('refuses %j, naming the setting and how to make a key, never the value', (env, message) => {
    expect(() => readAppKeys(env)).toThrow(message);
    expect(() => readAppKeys(env)).toThrow('openssl rand -base64 32');
    for (const value of Object.values(env)) expect(() => readAppKeys(env)).not.toThrow(value);
  });
});
