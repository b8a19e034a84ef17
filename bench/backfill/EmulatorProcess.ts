import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';

export interface EmulatorSettings {
  readonly limits?: Partial<{ requests: number; executionMs: number; concurrent: number; windowMs: number }>;
  readonly faults?: Partial<{ latencyMs: number; serverErrorRate: number; resetRate: number }>;
  readonly webhooks?: { readonly parallelism?: number };
}

/** One request in the emulator's log. */
export interface LoggedRequest {
  readonly user: string;
  readonly status: number;
  readonly method: string;
  readonly path: string;
}

/** An emulator in a child process, controlled through its admin routes under /_emulator/ (not logged, not limited). */
export class EmulatorProcess {
  private constructor(
    private readonly child: ChildProcess,
    readonly url: string,
  ) {}

  /** Starts a fresh, empty emulator (the compiled emulatorChild.js next to this file). */
  static async start(): Promise<EmulatorProcess> {
    const child = spawn(process.execPath, [path.join(__dirname, 'emulatorChild.js')], {
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    const url = await new Promise<string>((resolve, reject) => {
      const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
      lines.once('line', (line) => {
        lines.close();
        try {
          resolve((JSON.parse(line) as { url: string }).url);
        } catch {
          reject(new Error(`The emulator process did not report its URL; it said: ${line.slice(0, 200)}`));
        }
      });
      child.once('exit', (code) => reject(new Error(`The emulator process exited early (code ${code ?? 'none'}).`)));
    });
    return new EmulatorProcess(child, url);
  }

  async configure(settings: EmulatorSettings): Promise<void> {
    const response = await fetch(`${this.url}/_emulator/settings`, { method: 'PATCH', body: JSON.stringify(settings) });
    if (!response.ok) throw new Error(`Configuring the emulator failed: ${response.status} ${await response.text()}`);
  }

  /** The sequence number of the last logged request, to count what follows. */
  async mark(): Promise<number> {
    return (await this.#requests(Number.MAX_SAFE_INTEGER)).mark;
  }

  /** Web API requests the emulator answered after `mark`. */
  async requestsSince(mark: number): Promise<number> {
    return (await this.#requests(mark)).value.length;
  }

  /** The requests themselves: who sent them and how they were answered. */
  async requestLog(mark: number): Promise<LoggedRequest[]> {
    return (await this.#requests(mark)).value as LoggedRequest[];
  }

  /** Resolves once every webhook delivery queued or running has finished. */
  async webhooksIdle(): Promise<void> {
    const response = await fetch(`${this.url}/_emulator/webhooks/idle`);
    if (!response.ok) throw new Error(`Waiting for the emulator's webhooks failed: ${response.status}`);
  }

  /** The webhook deliveries per step (`GET /_emulator/webhooks?summary=true`). */
  async webhookSteps(): Promise<{ stepId: string; delivered: number; failed: number }[]> {
    const response = await fetch(`${this.url}/_emulator/webhooks?summary=true`);
    if (!response.ok) throw new Error(`Reading the emulator's webhooks failed: ${response.status}`);
    return ((await response.json()) as { steps: { stepId: string; delivered: number; failed: number }[] }).steps;
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null) return;
    const exited = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    this.child.kill('SIGTERM');
    await exited;
  }

  async #requests(since: number): Promise<{ mark: number; value: unknown[] }> {
    const response = await fetch(`${this.url}/_emulator/requests?since=${since}`);
    if (!response.ok) throw new Error(`Reading the emulator's request log failed: ${response.status}`);
    return (await response.json()) as { mark: number; value: unknown[] };
  }
}
