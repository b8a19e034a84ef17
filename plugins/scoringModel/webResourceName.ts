/**
 * Web resource names start with a publisher's customization prefix and `_`, and use `/` as a folder separator
 * (https://learn.microsoft.com/power-apps/developer/model-driven-apps/web-resources, "Relative URL"); `name` holds
 * at most 256 characters (WebResource table reference). LeadLink takes letters, digits, `_`, `-`, `.` and single
 * `/`, which every prefix and path Dataverse accepts fits.
 */
const NAME = /^[A-Za-z0-9]+_[A-Za-z0-9_.-]*(\/[A-Za-z0-9_.-]+)*$/;
export const WEB_RESOURCE_NAME_MAX_LENGTH = 256;

/** What is wrong with a web resource name, or undefined. */
export function webResourceNameProblem(name: string): string | undefined {
  if (name.length > WEB_RESOURCE_NAME_MAX_LENGTH) {
    return `a web resource name has at most ${WEB_RESOURCE_NAME_MAX_LENGTH} characters; '${name.slice(0, 40)}…' has ${name.length}`;
  }
  if (!NAME.test(name)) {
    return `'${name}' is not a web resource name: start with a customization prefix and '_' (e.g. leadlink_/scoring/model.json), then letters, digits, '.', '_', '-' and single '/'`;
  }
  return undefined;
}
