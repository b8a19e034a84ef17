/**
 * The web resources LeadLink ships in its solution. The solution writes them from WEB_RESOURCE_SPECS (content and
 * all), and `leadlink start` creates them in the emulator as importing the solution would.
 */
export interface WebResourceSpec {
  /** Stable, so every pack writes the same component. */
  readonly id: string;
  /** Starts with the publisher's customization prefix, as web resource names do. */
  readonly name: string;
  readonly displayName: string;
  readonly description: string;
  /** webresource.webresourcetype. */
  readonly type: number;
  /** The file, as text (UTF-8). */
  readonly content: string;
}

/** The default scoring model, as the solution ships it; leadlink_ScoringModelWebResource names it by default. */
export const DEFAULT_MODEL_WEB_RESOURCE = {
  id: '5f6f3f0e-6b1c-4a53-9d1e-2c7b8f4a91d2',
  name: 'leadlink_/scoring/default-model.json',
} as const;
