import type { StoredValue } from '../store/values';

/**
 * Customizations that wait for publishing. Creating or deleting a web resource takes effect at once, but an update
 * is kept aside — reads keep returning the published content — until PublishXml or PublishAllXml
 * ("Publish customizations": "Customizations are automatically published when new items are created or existing
 * items are deleted. You must publish changes after updating…",
 * https://learn.microsoft.com/power-apps/developer/model-driven-apps/publish-customizations).
 */
export class UnpublishedChanges {
  /** The tables whose rows are customizations published this way. */
  static readonly TABLES: ReadonlySet<string> = new Set(['webresource']);

  readonly #pending = new Map<string, Record<string, StoredValue>>();

  holds(table: string): boolean {
    return UnpublishedChanges.TABLES.has(table);
  }

  /** Adds an update to what is waiting for the row; later values win, as successive saves would. */
  hold(table: string, id: string, values: Readonly<Record<string, StoredValue>>): void {
    const key = `${table}:${id}`;
    this.#pending.set(key, { ...this.#pending.get(key), ...values });
  }

  /** Takes what waits for one row (nothing after it is published or deleted). */
  take(table: string, id: string): Record<string, StoredValue> | undefined {
    const key = `${table}:${id}`;
    const values = this.#pending.get(key);
    this.#pending.delete(key);
    return values;
  }

  /** Every row with changes waiting, as [table, id]. */
  waiting(): [table: string, id: string][] {
    return [...this.#pending.keys()].map((key) => {
      const colon = key.indexOf(':');
      return [key.slice(0, colon), key.slice(colon + 1)];
    });
  }
}
