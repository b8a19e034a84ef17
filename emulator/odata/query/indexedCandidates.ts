import type { ColumnDef, TableDef } from '../../../schema/types';
import type { Store } from '../../store/Store';
import type { Probe, ProbeResult } from '../../store/Table';
import type { BoundFilter, ColumnOperand, Comparable, Operand } from '../filter/bound';

/**
 * The rows a filter can only hold for, found through the store's indexes: of the terms the filter's top-level `and`
 * requires, each `column eq value`, `In`, or `or` of such terms on an indexed column (or the primary key) names the
 * rows it allows, and the narrowest wins. Undefined when no term can be answered so; the caller then scans. The
 * caller still evaluates the whole filter on every row returned, so the index only decides which rows are tested.
 */
export function indexedCandidates(store: Store, table: TableDef, filter: BoundFilter): ProbeResult | undefined {
  const covers = conjuncts(filter).map((term) => probesOf(term, table));
  return store.narrowest(
    table.logicalName,
    covers.filter((c) => c !== undefined),
  );
}

/** The terms a filter's top-level `and` requires (the filter itself when it is not an `and`). */
export function conjuncts(filter: BoundFilter): BoundFilter[] {
  return filter.kind === 'logical' && filter.op === 'and'
    ? [...conjuncts(filter.left), ...conjuncts(filter.right)]
    : [filter];
}

/** The queried table's own column (no navigation, not a lambda variable), else undefined. */
export function ownColumn(operand: Operand): ColumnOperand | undefined {
  return operand.kind === 'column' && operand.scope === 0 && operand.hops.length === 0 ? operand : undefined;
}

/** The look-ups that together cover every row the term can hold for; undefined when a part has none. */
function probesOf(term: BoundFilter, table: TableDef): Probe[] | undefined {
  switch (term.kind) {
    case 'compare': {
      if (term.op !== 'eq') return undefined;
      const column = ownColumn(term.left) ?? ownColumn(term.right);
      const other = column === term.left ? term.right : term.left;
      if (!column || other.kind !== 'const' || other.value === null) return undefined;
      return [probe(table, column.column, [other.value])];
    }
    case 'in': {
      const column = ownColumn(term.operand);
      // A null in the list matches nothing (SQL's IN), so it needs no look-up.
      const values = term.values.filter((v): v is Exclude<Comparable, null> => v !== null);
      return column ? [probe(table, column.column, values)] : undefined;
    }
    case 'logical': {
      if (term.op !== 'or') return undefined;
      const left = probesOf(term.left, table);
      const right = probesOf(term.right, table);
      return left && right ? [...left, ...right] : undefined;
    }
    default:
      return undefined;
  }
}

function probe(table: TableDef, column: ColumnDef, values: readonly Exclude<Comparable, null>[]): Probe {
  return column.name === table.primaryIdAttribute ? { values } : { column: column.name, values };
}
