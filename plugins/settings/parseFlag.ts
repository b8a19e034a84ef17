/**
 * Boolean environment variables are stored as text: `yes` / `no` in solution exports; `true` / `false` are accepted
 * too. An unset variable is off. Anything else is an admin's typo, and says so.
 */
export function parseFlag(schemaName: string, text: string | undefined): boolean {
  if (text === undefined) return false;
  const value = text.trim().toLowerCase();
  if (value === 'yes' || value === 'true' || value === '1') return true;
  if (value === 'no' || value === 'false' || value === '0' || value === '') return false;
  throw new Error(
    `The environment variable ${schemaName} must be yes or no (or true/false), got '${text.slice(0, 40)}'.`,
  );
}
