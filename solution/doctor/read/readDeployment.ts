import type { BatchResult, DataverseClient, ODataRecord } from '../../../dataverse';
import { deploymentQueries, type ReadName, type ReadScope } from './deploymentQueries';
import { readFailed, readOk, type Read } from './Read';

/** Every read of one doctor run, by name, as rows (`user`, a single record, is one row). */
export type DeploymentReads = Readonly<Record<ReadName, Read<readonly ODataRecord[]>>>;

/**
 * Sends every read as a GET inside one `$batch` with continue-on-error, so a refused read (a privilege the user lacks,
 * a table not there) costs only its own answer. A `$batch` counts as one request against service protection
 * (https://learn.microsoft.com/power-apps/developer/data-platform/webapi/execute-batch-operations-using-web-api).
 */
export async function readDeployment(client: DataverseClient, scope: ReadScope): Promise<DeploymentReads> {
  const queries = deploymentQueries(scope);
  const names = Object.keys(queries) as ReadName[];
  let results: readonly BatchResult[] = [];
  let batchError: string | undefined;
  try {
    results = await client.batch(
      names.map((name) => ({ method: 'GET', url: queries[name] })),
      { continueOnError: true },
    );
  } catch (error) {
    batchError = (error as Error).message;
  }
  const reads = {} as Record<ReadName, Read<readonly ODataRecord[]>>;
  names.forEach((name, index) => {
    reads[name] = batchError !== undefined ? readFailed(batchError) : toRows(name, results[index]);
  });
  return reads;
}

function toRows(name: ReadName, result: BatchResult | undefined): Read<readonly ODataRecord[]> {
  if (!result) return readFailed('Dataverse gave no answer to this read.');
  if (result.error) return readFailed(result.error.dataverseMessage ?? result.error.message, result.error.code);
  const body = result.json;
  if (typeof body !== 'object' || body === null) return readFailed('Dataverse answered without a JSON body.');
  const record = body as ODataRecord;
  if (name === 'user') return readOk([record]);
  // RetrieveUserPrivilegesResponse holds its rows in RolePrivileges; collections in value.
  const rows = name === 'userPrivileges' ? record.RolePrivileges : record.value;
  return Array.isArray(rows) ? readOk(rows as ODataRecord[]) : readFailed('Dataverse answered without rows.');
}
