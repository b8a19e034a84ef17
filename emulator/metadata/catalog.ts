import type { ColumnDef, NavigationDef, TableDef } from '../../schema/types';

/**
 * The tables the emulator serves, looked up by logical name or entity set name. Starts with Microsoft's tables;
 * `importTables` adds a solution's customizations (new tables, new columns and navigation properties on existing
 * ones), the way importing a solution does in Dataverse.
 */
export class Catalog {
  readonly #byName = new Map<string, TableDef>();
  readonly #bySet = new Map<string, TableDef>();
  readonly #columns = new Map<string, Map<string, ColumnDef>>();
  readonly #navs = new Map<string, Map<string, NavigationDef>>();
  /** `table` for a table a solution added, `table.column` for a column one added: what metadata calls custom. */
  readonly #custom = new Set<string>();

  constructor(tables: readonly TableDef[]) {
    for (const t of tables) this.#add(t);
  }

  #add(table: TableDef): void {
    this.#byName.set(table.logicalName, table);
    this.#bySet.set(table.entitySetName, table);
    this.#columns.set(table.logicalName, new Map(table.columns.map((c) => [c.name, c])));
    this.#navs.set(table.logicalName, new Map(table.navigation.map((n) => [n.name, n])));
  }

  /** Adds new tables, or extends existing ones with extra columns and navigation properties. */
  importTables(tables: readonly TableDef[]): void {
    for (const t of tables) {
      const existing = this.#byName.get(t.logicalName);
      for (const column of t.columns) {
        if (!existing?.columns.some((c) => c.name === column.name)) this.#custom.add(`${t.logicalName}.${column.name}`);
      }
      if (!existing) {
        this.#custom.add(t.logicalName);
        this.#add(t);
        continue;
      }
      this.extend(t.logicalName, t.columns, t.navigation);
    }
  }

  extend(logicalName: string, columns: readonly ColumnDef[], navigation: readonly NavigationDef[] = []): void {
    const table = this.table(logicalName);
    const merged: TableDef = {
      ...table,
      columns: [...table.columns.filter((c) => !columns.some((n) => n.name === c.name)), ...columns],
      navigation: [...table.navigation.filter((c) => !navigation.some((n) => n.name === c.name)), ...navigation],
    };
    this.#add(merged);
  }

  /** Whether a solution added this table (IsCustomEntity), or this column to its table (IsCustomAttribute). */
  isCustom(logicalName: string, column?: string): boolean {
    return this.#custom.has(column === undefined ? logicalName : `${logicalName}.${column}`);
  }

  tables(): readonly TableDef[] {
    return [...this.#byName.values()];
  }

  byEntitySet(entitySet: string): TableDef | undefined {
    return this.#bySet.get(entitySet);
  }

  byLogicalName(logicalName: string): TableDef | undefined {
    return this.#byName.get(logicalName);
  }

  /** The table by logical name; throws for a name the caller should already have checked. */
  table(logicalName: string): TableDef {
    const t = this.#byName.get(logicalName);
    if (!t) throw new Error(`Unknown table '${logicalName}'`);
    return t;
  }

  column(logicalName: string, column: string): ColumnDef | undefined {
    return this.#columns.get(logicalName)?.get(column);
  }

  navigation(logicalName: string, name: string): NavigationDef | undefined {
    return this.#navs.get(logicalName)?.get(name);
  }

  /** The single-valued navigation property backed by a lookup column (for `_x_value` annotations and $expand). */
  navigationForLookup(logicalName: string, lookup: string): NavigationDef[] {
    return [...(this.#navs.get(logicalName)?.values() ?? [])].filter((n) => n.kind === 'single' && n.lookup === lookup);
  }
}
