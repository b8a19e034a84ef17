/**
 * The body text. JSON.stringify never escapes `/`; Dataverse's DataContractJsonSerializer escapes every one
 * (`"Entity:http:\/\/schemas…"`, `"\/Date(…)\/"` in the docs sample). We write the escaped form so a receiver sees
 * the bytes Dataverse would send: the same length against the 256 KB limit, and the same text for anyone who
 * (wrongly) matches raw text. Replacing every `/` in the output is safe because JSON syntax outside strings has
 * none, and `\/` is a valid escape of `/` inside any string (even after a backslash: `\\/` becomes `\\\/`).
 */
export function toDataContractJson(value: unknown): string {
  return JSON.stringify(value).replace(/\//g, '\\/');
}
