/** An environment variable the landing pages read holds a value they cannot use; the message names it. */
export class SettingError extends Error {
  override name = 'SettingError';
}
