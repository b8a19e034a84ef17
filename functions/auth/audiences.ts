/**
 * Who may call what. Each audience has a key of its own, so a key that leaks opens only its own door: the form key
 * that a landing page's server holds cannot read a contact, and the webhook key Dataverse holds cannot preview a
 * segment.
 */
export type Audience = 'dataverse' | 'senders' | 'administrators';

export interface AudienceKey {
  /** The app setting that holds the key. */
  readonly setting: string;
  /** Who holds it, for messages and the README. */
  readonly holder: string;
  /** Without it the app cannot do its main job; the others switch their endpoints off while unset. */
  readonly required: boolean;
}

export const AUDIENCE_KEYS: Readonly<Record<Audience, AudienceKey>> = {
  dataverse: {
    setting: 'LEADLINK_WEBHOOK_KEY',
    holder: "Dataverse's webhook (the WebhookKey `leadlink register` writes)",
    required: true,
  },
  senders: {
    setting: 'LEADLINK_INTAKE_KEY',
    holder: 'the servers that post landing-page submissions and interactions',
    required: false,
  },
  administrators: {
    setting: 'LEADLINK_ADMIN_KEY',
    holder: 'administrators (segment previews, the deep health check)',
    required: false,
  },
};

export const AUDIENCES = Object.keys(AUDIENCE_KEYS) as Audience[];
