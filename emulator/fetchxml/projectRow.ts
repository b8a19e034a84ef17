import { etagOf } from '../store/values';
import type { BoundQuery } from './boundQuery';
import { readableColumns, storedValueOf } from './columnValues';
import type { JoinedRow } from './evaluateFilter';
import { writeColumn, type OutputContext, type ResultRow } from './writeColumn';

/**
 * A joined row as a Web API result object. A record carries its ETag and primary key even when not selected; a
 * distinct row is not one record, so it carries only the selected columns.
 */
export function projectRow(query: BoundQuery, row: JoinedRow, ctx: OutputContext): ResultRow {
  const out: ResultRow = {};
  const root = row[0];
  if (!root) return out;
  if (!query.fetch.distinct) {
    out['@odata.etag'] = etagOf(root);
    out[query.root.table.primaryIdAttribute] = root.id;
  }
  for (const scope of query.allColumns) {
    const stored = row[scope.index];
    if (!stored) continue;
    for (const column of readableColumns(scope.table)) {
      writeColumn(out, scope, column, undefined, storedValueOf(scope.table, column, stored), ctx);
    }
  }
  for (const a of query.attributes) {
    const stored = row[a.scope.index];
    if (stored) writeColumn(out, a.scope, a.column, a.alias, storedValueOf(a.scope.table, a.column, stored), ctx);
  }
  return out;
}
