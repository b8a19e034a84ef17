import type { IdentityContact } from '../identity';

/** How long a settled creation is remembered: long enough to cover a burst of leads that share an address. */
export const REMEMBER_CREATIONS_MS = 60_000;
const MAX_REMEMBERED = 10_000;

interface Creation {
  /** Resolves to the contact as made once that attempt made it; undefined when it made nothing (failed, or met a twin). */
  readonly made: Promise<IdentityContact | undefined>;
  settledAt?: number;
}

/**
 * The contacts this process is creating or has just created, by deterministic id. When leads that share an address
 * arrive together, the first one creates the contact and the others wait for it and only link: without this every
 * twin would send a create, get 412 and need a third request. Across processes (scale-out) the create-only upsert's
 * 412 still catches twins; this only saves requests, it is not what keeps contacts unique.
 */
export class ContactCreations {
  readonly #creations = new Map<string, Creation>();

  constructor(
    private readonly clock: () => number = Date.now,
    private readonly rememberMs = REMEMBER_CREATIONS_MS,
  ) {}

  /** The creation of this contact under way or recently settled here, if any. */
  earlier(contactId: string): Promise<IdentityContact | undefined> | undefined {
    this.#prune();
    return this.#creations.get(contactId)?.made;
  }

  /**
   * Whether that creation is still under way. A settled one says only that the contact was made: it may have been
   * deactivated or merged since, so its row is read again before a lead is linked to it.
   */
  underWay(contactId: string): boolean {
    const creation = this.#creations.get(contactId);
    return creation !== undefined && creation.settledAt === undefined;
  }

  /**
   * Records an attempt to create the contact. Call it in the same tick as `earlier` returned undefined, so two
   * handlers cannot both miss each other.
   */
  track(contactId: string, attempt: Promise<IdentityContact | undefined>): void {
    const creation: Creation = {
      made: attempt.catch(() => undefined),
    };
    void creation.made.then((made) => {
      if (made !== undefined) creation.settledAt = this.clock();
      else if (this.#creations.get(contactId) === creation) this.#creations.delete(contactId);
    });
    this.#creations.set(contactId, creation);
  }

  /** Forgets a contact that turned out not to exist (deleted since), so the next attempt creates it again. */
  forget(contactId: string): void {
    this.#creations.delete(contactId);
  }

  #prune(): void {
    const now = this.clock();
    for (const [id, creation] of this.#creations) {
      const expired = creation.settledAt !== undefined && now - creation.settledAt > this.rememberMs;
      if (expired || this.#creations.size > MAX_REMEMBERED) this.#creations.delete(id);
    }
  }
}
