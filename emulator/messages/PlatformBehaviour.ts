/**
 * What the platform does that Microsoft's documentation leaves open, as switches, so callers can be tested against
 * either answer.
 */
export interface PlatformBehaviourSettings {
  /**
   * Whether QualifyLead raises an Update event on the lead (for its state, status and links) besides its own
   * QualifyLead event. No Microsoft document says it does; the QualifyLead event and the Create of an opportunity with
   * originatingleadid are what is documented, so the default is no.
   */
  readonly qualifyLeadRaisesLeadUpdate: boolean;
}

export const DEFAULT_PLATFORM_BEHAVIOUR: PlatformBehaviourSettings = { qualifyLeadRaisesLeadUpdate: false };

export class PlatformBehaviour {
  #settings: PlatformBehaviourSettings;

  constructor(settings: Partial<PlatformBehaviourSettings> = {}) {
    this.#settings = { ...DEFAULT_PLATFORM_BEHAVIOUR, ...settings };
  }

  get settings(): PlatformBehaviourSettings {
    return this.#settings;
  }

  /** Changes the switches named; anything else in `settings` is refused, naming it. */
  configure(settings: Partial<PlatformBehaviourSettings>): void {
    for (const [name, value] of Object.entries(settings)) {
      if (!(name in DEFAULT_PLATFORM_BEHAVIOUR)) throw new RangeError(`Unknown platform setting '${name}'.`);
      if (typeof value !== 'boolean') throw new RangeError(`The platform setting '${name}' must be true or false.`);
    }
    this.#settings = { ...this.#settings, ...settings };
  }
}
