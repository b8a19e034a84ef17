/** What a bulk write needs to know about a table: its entity set, logical name and primary key column. */
export interface BulkTable {
  readonly entitySet: string;
  readonly logicalName: string;
  readonly primaryId: string;
}
