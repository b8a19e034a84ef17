/**
 * The fixes doctor names, once each: the exact command, or the screen and what to do there. Commands are written as
 * an admin runs them from the LeadLink folder (`npx leadlink …`).
 */
const PLACEHOLDER_URL = 'https://<app>.azurewebsites.net/api/webhooks/dataverse';

export const FIX = {
  register: (functionUrl: string | undefined, authFlag: string) =>
    `npx leadlink register --function-url ${functionUrl ?? PLACEHOLDER_URL}${authFlag} --enable`,
  backfill: 'npx leadlink backfill',
  backfillWhileOff: (switchName: string) =>
    `switch ${switchName} on, then run npx leadlink backfill (or npx leadlink backfill --force-on to link them while it stays off)`,
  importSolution:
    'import the LeadLink solution: npx leadlink pack --managed, then Power Apps → Solutions → Import solution',
  upgradeSolution: (version: string) =>
    `npx leadlink pack --managed --version ${version}, then Power Apps → Solutions → Import solution (it upgrades the installed one)`,
  updateCli: 'update this LeadLink folder (git pull, npm ci) to the release that packed the installed solution',
  assignRole: (role: string, user: string) =>
    `assign the security role '${role}' to ${user}: Power Platform admin center → Environments → your environment → Settings → Users + permissions → Application users → ${user} → Edit security roles`,
  restoreRole: (role: string) =>
    `import the LeadLink solution again (it restores the role '${role}'), or add the privileges in Power Apps → Settings → Security roles → ${role}`,
  enableUser: (user: string) =>
    `enable ${user}: Power Platform admin center → Environments → your environment → Settings → Users + permissions → Application users`,
  createApplicationUser:
    'create the application user for the app registration (AZURE_CLIENT_ID): Power Platform admin center → Environments → your environment → Settings → Users + permissions → Application users → New app user',
  environmentVariable: (name: string) =>
    `set ${name}: Power Apps → Solutions → LeadLink → Environment variables → ${name} → Current value`,
  dataverseUrl:
    'check DATAVERSE_URL: the environment URL as Power Platform admin center → Environments → your environment shows it',
  credential: (variable: string) =>
    `check ${variable} against the app registration: Microsoft Entra admin center → App registrations → LeadLink → Overview and Certificates & secrets`,
  setting: (variable: string) => `set the environment variable ${variable} (README → Configuration)`,
  functionApp: (url: string) =>
    `check that the function app runs at ${url} (Azure portal → Function App → Overview; deploy with npm run package:functions)`,
  functionAppSettings:
    "correct the function app's settings named above (Azure portal → Function App → Settings → Environment variables)",
  adminKey: (setting: string) => `set ${setting} to the same value as the function app setting of that name`,
  scoringModel:
    'correct the model and put it in force with npx leadlink model upload FILE, which checks it before writing anything (README → Scoring)',
  rotateKey:
    "the function app refused Dataverse's key: run npx leadlink register with the same --function-url and --rotate-key, with LEADLINK_WEBHOOK_KEY set to the function app's value, then npx leadlink backfill",
  failures:
    'fix the cause above, then run npx leadlink backfill: it links the leads whose events were lost (Power Apps → Settings → System jobs shows each failure)',
} as const;
