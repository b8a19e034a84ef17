import { DataverseConnectionError, DataverseError, type ODataRecord } from '../../../dataverse';
import { check, type CheckResult } from '../CheckResult';
import { FIX } from '../format/fixes';
import type { ConnectOutcome } from '../read/connect';
import { SYSTEM_USER } from '../read/platformNames';
import type { Read } from '../read/Read';
import { authFailureVariable } from './authFailureVariable';

const G = 'connection';

/**
 * How far the connection got, and who LeadLink runs as (the `user` read, once connected): the caller, or the
 * application user of `applicationId` when an administrator named it.
 */
export function connectionChecks(
  outcome: ConnectOutcome,
  user: Read<readonly ODataRecord[]> | undefined,
  applicationId?: string,
): CheckResult[] {
  switch (outcome.stage) {
    case 'settings':
      return [
        check(
          G,
          'connection.settings',
          'error',
          `${outcome.error.variable} cannot be used`,
          [outcome.error.message],
          FIX.setting(outcome.error.variable),
        ),
      ];
    case 'token': {
      const cause = authFailureVariable(outcome.error.message, outcome.credentials);
      return [
        check(
          G,
          'connection.token',
          'error',
          `No token: ${cause.variable} — ${cause.reason}`,
          [outcome.error.message],
          FIX.credential(cause.variable),
        ),
      ];
    }
    case 'whoAmI':
      return [
        check(G, 'connection.token', 'pass', `Token: ${outcome.credential}`),
        whoAmIFailure(outcome.url, outcome.error),
      ];
    case 'connected':
      return [
        check(G, 'connection.token', 'pass', `Token: ${outcome.credential}`),
        check(G, 'connection.environment', 'pass', `Dataverse answers at ${outcome.url}`),
        applicationId === undefined
          ? userCheck(outcome.whoAmI.userId, `in business unit ${outcome.whoAmI.businessUnitId}`, user)
          : namedUserCheck(applicationId, outcome.whoAmI.userId, user),
      ];
  }
}

function whoAmIFailure(url: string, error: Error): CheckResult {
  const id = 'connection.environment';
  if (error instanceof DataverseConnectionError) {
    return check(G, id, 'error', `Dataverse does not answer at ${url}`, [error.message], FIX.dataverseUrl);
  }
  if (error instanceof DataverseError && (error.status === 401 || error.status === 403)) {
    return check(
      G,
      id,
      'error',
      `Dataverse at ${url} refuses the token (HTTP ${error.status})`,
      [error.message],
      FIX.createApplicationUser,
    );
  }
  return check(G, id, 'error', `WhoAmI failed at ${url}`, [error.message], FIX.dataverseUrl);
}

function namedUserCheck(
  applicationId: string,
  callerId: string,
  user: Read<readonly ODataRecord[]> | undefined,
): CheckResult {
  const row = user?.ok ? user.value[0] : undefined;
  if (user?.ok && !row) {
    const title = `No application user for application ${applicationId}`;
    return check(G, 'connection.user', 'fail', title, [], FIX.createApplicationUser);
  }
  return userCheck(String(row?.[SYSTEM_USER.id] ?? applicationId), `(doctor runs as user ${callerId})`, user);
}

function userCheck(userId: string, where: string, user: Read<readonly ODataRecord[]> | undefined): CheckResult {
  const id = 'connection.user';
  if (!user?.ok) {
    return check(G, id, 'error', `Runs as user ${userId}, whose row cannot be read`, user ? [user.error] : []);
  }
  const row = user.value[0] ?? {};
  const name = describeUser(row, userId);
  if (row[SYSTEM_USER.isDisabled] === true) {
    return check(G, id, 'fail', `Runs as ${name}, which is disabled`, [where], FIX.enableUser(name));
  }
  return check(G, id, 'pass', `Runs as ${name} ${where}`);
}

/** `LeadLink Integration (application 1234…)`, or the user id when the row has no name. */
export function describeUser(row: ODataRecord, userId: string): string {
  const fullName = row[SYSTEM_USER.fullName];
  const name = typeof fullName === 'string' && fullName !== '' ? fullName : undefined;
  const application = row[SYSTEM_USER.applicationId];
  const login = typeof application === 'string' ? `application ${application}` : row[SYSTEM_USER.domainName];
  if (!name) return `user ${userId}`;
  return typeof login === 'string' ? `${name} (${login})` : name;
}
