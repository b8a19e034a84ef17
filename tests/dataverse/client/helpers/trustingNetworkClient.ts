/**
 * An msal-node network client (the `system.networkClient` option) that sends real HTTPS requests trusting one extra
 * CA — what a private CA or an inspecting proxy would need. msal-node's own client uses fetch, which reads extra CAs
 * only from NODE_EXTRA_CA_CERTS at process start; tokenDefaultClient.test.ts covers that path in a child process.
 */
import https from 'node:https';
import type { INetworkModule, NetworkRequestOptions, NetworkResponse } from '@azure/msal-node';

export function trustingNetworkClient(caPem: string): INetworkModule & { readonly urls: string[] } {
  const agent = new https.Agent({ ca: caPem });
  const urls: string[] = [];
  const send = <T>(method: 'GET' | 'POST', url: string, options?: NetworkRequestOptions): Promise<NetworkResponse<T>> =>
    new Promise((resolve, reject) => {
      urls.push(url);
      const request = https.request(url, { method, agent, headers: options?.headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const headers: Record<string, string> = {};
          for (const [name, value] of Object.entries(response.headers))
            if (typeof value === 'string') headers[name] = value;
          try {
            resolve({
              status: response.statusCode ?? 0,
              headers,
              body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as T,
            });
          } catch (err) {
            reject(err);
          }
        });
      });
      request.on('error', reject);
      request.end(method === 'POST' ? (options?.body ?? '') : undefined);
    });
  return {
    urls,
    sendGetRequestAsync: (url, options) => send('GET', url, options),
    sendPostRequestAsync: (url, options) => send('POST', url, options),
  };
}
