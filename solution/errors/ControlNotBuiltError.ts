/** The PCF control's build output is missing or incomplete: `pack` needs it built first. */
export class ControlNotBuiltError extends Error {
  override name = 'ControlNotBuiltError';

  constructor(
    readonly controlDir: string,
    detail = `${controlDir} has no ControlManifest.xml`,
  ) {
    super(`The PCF control is not built (${detail}). Build it first: node pcf-controls/build.js`);
  }
}
