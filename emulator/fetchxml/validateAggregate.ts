import type { ColumnDef } from '../../schema/types';
import type { BoundQuery } from './boundQuery';
import { fetchFault } from './fetchFaults';

const NUMERIC: readonly ColumnDef['type'][] = ['integer', 'bigint', 'decimal', 'double', 'money'];

/**
 * The rules of "Aggregate data using FetchXml": aggregate='true' on the fetch, an alias and a function (or groupby)
 * on every attribute, groups ordered by alias.
 */
export function validateAggregate(query: BoundQuery): void {
  const { attributes } = query;
  if (!query.fetch.aggregate) {
    const stray = attributes.find((a) => a.aggregate !== undefined || a.groupBy || a.dateGrouping !== undefined);
    if (stray) {
      throw fetchFault.invalid(
        `The attribute '${stray.column.name}' uses aggregate, groupby or dategrouping, which need aggregate='true' on the <fetch> element.`,
      );
    }
    return;
  }
  if (query.allColumns.length > 0) throw fetchFault.invalid('<all-attributes/> cannot be used in an aggregate query.');
  if (attributes.length === 0)
    throw fetchFault.invalid(
      'An aggregate query needs at least one <attribute> with an aggregate function or groupby.',
    );
  for (const a of attributes) {
    const name = `'${a.scope.table.logicalName}.${a.column.name}'`;
    if (a.aggregate === undefined && !a.groupBy) {
      throw fetchFault.invalid(
        `In an aggregate query every <attribute> needs an aggregate function or groupby='true'; ${name} has neither.`,
      );
    }
    if (a.aggregate !== undefined && a.groupBy)
      throw fetchFault.invalid(`The attribute ${name} cannot both aggregate and group by.`);
    if (a.aggregate !== undefined && a.alias === undefined)
      throw fetchFault.invalid(`The aggregate attribute ${name} needs an alias.`);
    if ((a.aggregate === 'sum' || a.aggregate === 'avg') && !NUMERIC.includes(a.column.type)) {
      throw fetchFault.invalid(
        `The aggregate function ${a.aggregate} needs a number or currency column; ${name} is of type ${a.column.type}.`,
      );
    }
    if (
      (a.aggregate === 'min' || a.aggregate === 'max') &&
      !NUMERIC.includes(a.column.type) &&
      a.column.type !== 'datetime'
    ) {
      throw fetchFault.invalid(
        `The aggregate function ${a.aggregate} needs a number, currency or date column; ${name} is of type ${a.column.type}.`,
      );
    }
    if (a.dateGrouping !== undefined) {
      if (!a.groupBy || a.column.type !== 'datetime')
        throw fetchFault.invalid(`dategrouping needs groupby='true' on a date column; ${name} has not.`);
      if (a.dateGrouping.startsWith('fiscal')) throw fetchFault.unsupported(`dategrouping='${a.dateGrouping}'`);
    }
  }
  if (query.orders.some((o) => o.kind === 'column')) {
    throw fetchFault.invalid(
      "An aggregate query is ordered by alias: use <order alias='…'/> naming an attribute's alias.",
    );
  }
}
