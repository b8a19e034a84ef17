import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One POST the listener received. */
export interface ReceivedWebhook {
  readonly path: string;
  readonly query: URLSearchParams;
  readonly headers: IncomingHttpHeaders;
  /** The raw body text, as sent. */
  readonly body: string;
  /** The body parsed as JSON. */
  readonly json: Record<string, unknown>;
}

/** The status to answer the n-th request (0-based) with, or 'hang' to never answer. */
export type Answer = (request: ReceivedWebhook, index: number) => number | 'hang';

/** A plain node HTTP listener on 127.0.0.1 standing in for the function app: it records what Dataverse sends. */
export class WebhookListener {
  readonly received: ReceivedWebhook[] = [];
  #answer: Answer = () => 200;
  readonly #hanging: ServerResponse[] = [];
  readonly #server: Server;
  #url = '';

  private constructor() {
    this.#server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => this.#onRequest(req.url ?? '/', req.headers, Buffer.concat(chunks).toString('utf8'), res));
    });
  }

  static async start(): Promise<WebhookListener> {
    const listener = new WebhookListener();
    await new Promise<void>((resolve) => listener.#server.listen(0, '127.0.0.1', resolve));
    listener.#url = `http://127.0.0.1:${(listener.#server.address() as AddressInfo).port}/api/webhook`;
    return listener;
  }

  /** The URL to register as the endpoint's `url`. */
  get url(): string {
    return this.#url;
  }

  /** How to answer from now on (default: 200 to everything). */
  answerWith(answer: Answer): void {
    this.#answer = answer;
  }

  clear(): void {
    this.received.length = 0;
    this.#answer = () => 200;
  }

  async stop(): Promise<void> {
    for (const res of this.#hanging) res.destroy();
    this.#server.closeAllConnections();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }

  #onRequest(url: string, headers: IncomingHttpHeaders, body: string, res: ServerResponse): void {
    const parsed = new URL(url, 'http://127.0.0.1');
    let json: Record<string, unknown> = {};
    try {
      json = JSON.parse(body) as Record<string, unknown>;
    } catch {
      // Recorded as received; a test that needs the JSON fails on its content.
    }
    const request: ReceivedWebhook = { path: parsed.pathname, query: parsed.searchParams, headers, body, json };
    const index = this.received.length;
    this.received.push(request);
    const answer = this.#answer(request, index);
    if (answer === 'hang') {
      this.#hanging.push(res);
      return;
    }
    res.writeHead(answer).end();
  }
}
