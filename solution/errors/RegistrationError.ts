/** `leadlink register` could not do what was asked. The message never carries the webhook key. */
export class RegistrationError extends Error {
  override name = 'RegistrationError';
}
