/**
 * The scope for a Dataverse environment with the client credentials flow: `<environment url>/.default`
 * (https://learn.microsoft.com/power-apps/developer/data-platform/authenticate-oauth#use-the-accesstoken-with-your-requests).
 */
export function dataverseScope(environmentUrl: string): string {
  return `${new URL(environmentUrl).origin}/.default`;
}
