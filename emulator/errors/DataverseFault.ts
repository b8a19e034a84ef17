/**
 * An error the emulator answers with, in Dataverse's shape: `{"error":{"code":"0x…","message":"…"}}` and an HTTP
 * status. Throw it anywhere in request handling; the server turns it into the response.
 */
export class DataverseFault extends Error {
  override name = 'DataverseFault';

  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** Extra response headers, e.g. Retry-After on 429. */
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(message);
  }

  toBody(): { error: { code: string; message: string } } {
    return { error: { code: this.code, message: this.message } };
  }
}
