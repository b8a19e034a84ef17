import { DataverseClient, loadDataverseConfig, type Environment } from '../../dataverse';
import { KEY_HEADER } from '../../functions/auth/presentedKey';
import { PLUGINS } from '../../plugins/registry';
import { formatReport, registerWebhooks, unregisterWebhooks, type WebhookAuth } from '../../solution/register';
import { authKindFlag, parseFlags, UsageError } from '../args';

export const registerUsage = `leadlink register --function-url URL [--enable] [--dry-run] [--auth webhookkey|header] [--rotate-key]
leadlink register --unregister [--dry-run]
  Registers LeadLink's webhook endpoint and the steps of every plug-in in Dataverse (DATAVERSE_URL and its
  credentials), authenticated with LEADLINK_WEBHOOK_KEY: as ?code= (webhookkey, the default) or in the
  ${KEY_HEADER} header. New steps stay disabled until --enable. A rerun changes only what differs.
  Dataverse never shows the key back: after changing LEADLINK_WEBHOOK_KEY, run again with --rotate-key.`;

const flags = {
  'function-url': { type: 'string' },
  enable: { type: 'boolean' },
  'dry-run': { type: 'boolean' },
  unregister: { type: 'boolean' },
  auth: { type: 'string' },
  'rotate-key': { type: 'boolean' },
} as const;

/** `leadlink register`: registers (or with --unregister removes) the webhook and its steps; prints what it did. */
export async function runRegister(
  argv: readonly string[],
  env: Environment = process.env,
  print: (text: string) => void = console.log,
): Promise<number> {
  const { values, positionals } = parseFlags(argv, flags);
  if (positionals.length > 0) throw new UsageError(`unexpected argument '${positionals[0]}'.`);
  const dryRun = values['dry-run'] === true;
  if (values.unregister) {
    for (const name of ['function-url', 'enable', 'auth', 'rotate-key'] as const) {
      if (values[name] !== undefined) throw new UsageError(`--${name} does not go with --unregister.`);
    }
  } else if (values['function-url'] === undefined) {
    throw new UsageError('--function-url is required, e.g. https://<app>.azurewebsites.net/api/webhooks/dataverse');
  }
  const auth = values.unregister ? undefined : readAuth(values.auth, env);
  const client = DataverseClient.fromConfig(loadDataverseConfig(env));
  try {
    const report =
      auth === undefined
        ? await unregisterWebhooks(client, PLUGINS, { dryRun })
        : await registerWebhooks(client, PLUGINS, {
            functionUrl: values['function-url'] ?? '',
            auth,
            enable: values.enable === true,
            dryRun,
            rotateKey: values['rotate-key'] === true,
          });
    print(formatReport(report));
    return 0;
  } finally {
    client.close();
  }
}

function readAuth(flag: string | undefined, env: Environment): WebhookAuth {
  const kind = authKindFlag(flag);
  const key = env.LEADLINK_WEBHOOK_KEY ?? '';
  if (key.trim() === '') {
    throw new UsageError(
      'LEADLINK_WEBHOOK_KEY is not set; set it to the same value as the function app setting of that name.',
    );
  }
  return kind === 'httpHeader' ? { kind: 'httpHeader', name: KEY_HEADER, value: key } : { kind: 'webhookKey', key };
}
