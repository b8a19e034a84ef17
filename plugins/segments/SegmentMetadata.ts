/**
 * What the segment validator needs to know about a table: its columns, their types and, for choices, the valid option
 * values. Read from the environment's own table definitions (entityDefinitionsMetadata), so custom columns count;
 * segmentMetadataFromTables adapts table declarations for callers that have no server (unit tests).
 *
 * Synchronous on purpose: a segment touches three known tables (lead, contact, account), so an implementation backed
 * by Dataverse fetches their EntityDefinitions once, up front, and answers from memory; validation stays pure.
 */
import type { ColumnDef, TableDef } from '../../schema/types';

/** A column as the validator sees it: structurally a subset of the table declarations' ColumnDef. */
export type SegmentColumn = Pick<ColumnDef, 'name' | 'type' | 'options' | 'validForRead'>;

export interface SegmentMetadata {
  /** The columns of a table by its logical name, or undefined when the table is unknown. */
  columnsOf(table: string): readonly SegmentColumn[] | undefined;
}

/** Metadata from table declarations, for checking definitions without a server. */
export function segmentMetadataFromTables(tables: readonly TableDef[]): SegmentMetadata {
  const byName = new Map(tables.map((table) => [table.logicalName, table.columns] as const));
  return { columnsOf: (table) => byName.get(table) };
}
