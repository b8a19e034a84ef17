import { startLocalServer } from '../../functions/local/localServer';
import { consoleLogHandler } from '../../functions/local/consoleLogHandler';
import { buildHttpRoutes } from '../../functions/routes';
import { appServices } from '../../functions/runtime/createAppServices';
import { intFlag, parseFlags } from '../args';
import { waitForSignal } from '../waitForSignal';

export const functionsUsage = `leadlink functions [--port 7071]
  Serves the function app's HTTP handlers on 127.0.0.1 against DATAVERSE_URL (with AZURE_* credentials and the keys
  LEADLINK_WEBHOOK_KEY, LEADLINK_INTAKE_KEY, LEADLINK_ADMIN_KEY from the environment). Not the Azure Functions host:
  for development and demos.`;

export async function runFunctions(argv: readonly string[]): Promise<number> {
  const { values } = parseFlags(argv, { port: { type: 'string' } });
  const port = intFlag('port', values.port, 7071, 0, 65535);
  await appServices(); // fail now, naming the setting, rather than on the first webhook
  const server = await startLocalServer(buildHttpRoutes(appServices), port, consoleLogHandler);
  console.log(`Functions: ${server.url}/api/`);
  console.log('This is a local server calling the same handlers, not the Azure Functions host. Ctrl-C stops it.');
  await waitForSignal();
  await server.close();
  return 0;
}
