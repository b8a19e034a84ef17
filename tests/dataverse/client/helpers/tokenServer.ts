/**
 * A local Microsoft Entra stand-in over HTTPS on 127.0.0.1: a self-signed certificate (the `selfsigned` package),
 * the token endpoint of the client credentials flow, and the metadata msal-node needs so it never looks anything up
 * on the internet. It checks what msal sends — the client secret, or the client assertion JWT signed with the
 * certificate's key — and answers like Entra ID does.
 */
import { createPublicKey, createVerify, constants, X509Certificate } from 'node:crypto';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { generate } from 'selfsigned';
import type { MsalOverrides } from '../../../../dataverse/auth/MsalOverrides';

export interface TokenRequest {
  readonly path: string;
  readonly form: Readonly<Record<string, string>>;
  /** For a client assertion: the JWT header and payload, and whether its signature verified. */
  readonly assertion?: { header: Record<string, unknown>; payload: Record<string, unknown>; signatureValid: boolean };
}

export interface TokenServerOptions {
  readonly tenantId: string;
  readonly clientId: string;
  /** Accept this secret… */
  readonly clientSecret?: string;
  /** …or assertions signed by this certificate's key (PEM). */
  readonly clientCertificatePem?: string;
  /** The access token handed out; a counter is appended so each issue is distinct. */
  readonly accessToken: string;
}

export interface TokenServer {
  /** https://127.0.0.1:<port> */
  readonly origin: string;
  /** host:port */
  readonly host: string;
  /** The server certificate, to trust it (NODE_EXTRA_CA_CERTS or an agent's `ca`). */
  readonly caPem: string;
  readonly requests: TokenRequest[];
  readonly tokensIssued: string[];
  /** authorityMetadata / cloudDiscoveryMetadata / knownAuthorities for msal. */
  readonly msal: Required<Pick<MsalOverrides, 'authorityMetadata' | 'cloudDiscoveryMetadata' | 'knownAuthorities'>>;
  close(): Promise<void>;
}

export function selfSignedFor127(): { cert: string; key: string } {
  const pems = generate([{ name: 'commonName', value: '127.0.0.1' }], {
    keySize: 2048,
    days: 1,
    algorithm: 'sha256',
    extensions: [
      { name: 'basicConstraints', cA: true },
      { name: 'subjectAltName', altNames: [{ type: 7, ip: '127.0.0.1' }] },
    ],
  });
  return { cert: pems.cert, key: pems.private };
}

export async function startTokenServer(options: TokenServerOptions): Promise<TokenServer> {
  const tls = selfSignedFor127();
  const requests: TokenRequest[] = [];
  const tokensIssued: string[] = [];
  const tokenPath = `/${options.tenantId}/oauth2/v2.0/token`;
  let origin = '';

  const server = https.createServer({ cert: tls.cert, key: tls.key }, (req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const form = Object.fromEntries(new URLSearchParams(Buffer.concat(chunks).toString('utf8')));
      const assertion = form.client_assertion
        ? readAssertion(form.client_assertion, options.clientCertificatePem)
        : undefined;
      requests.push({ path: req.url ?? '', form, ...(assertion && { assertion }) });
      const answer = (status: number, body: unknown): void => {
        res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' });
        res.end(JSON.stringify(body));
      };
      if (req.method !== 'POST' || req.url?.split('?')[0] !== tokenPath) return answer(404, { error: 'not_found' });
      const authenticated =
        form.grant_type === 'client_credentials' &&
        form.client_id === options.clientId &&
        ((options.clientSecret !== undefined && form.client_secret === options.clientSecret) ||
          (assertion !== undefined &&
            assertion.signatureValid &&
            assertion.payload.aud === `${origin}${tokenPath}` &&
            assertion.payload.iss === options.clientId &&
            form.client_assertion_type === 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer'));
      if (!authenticated) {
        return answer(401, {
          error: 'invalid_client',
          error_description: `AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '${options.clientId}'.`,
          error_codes: [7000215],
        });
      }
      const token = `${options.accessToken}-${tokensIssued.length + 1}`;
      tokensIssued.push(token);
      answer(200, { token_type: 'Bearer', expires_in: 3599, ext_expires_in: 3599, access_token: token });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const host = `127.0.0.1:${port}`;
  origin = `https://${host}`;
  const tenantBase = `${origin}/${options.tenantId}`;
  return {
    origin,
    host,
    caPem: tls.cert,
    requests,
    tokensIssued,
    msal: {
      authorityMetadata: JSON.stringify({
        token_endpoint: `${tenantBase}/oauth2/v2.0/token`,
        authorization_endpoint: `${tenantBase}/oauth2/v2.0/authorize`,
        end_session_endpoint: `${tenantBase}/oauth2/v2.0/logout`,
        issuer: `${tenantBase}/v2.0`,
        jwks_uri: `${tenantBase}/discovery/v2.0/keys`,
        token_endpoint_auth_methods_supported: ['client_secret_post', 'private_key_jwt'],
      }),
      cloudDiscoveryMetadata: JSON.stringify({
        tenant_discovery_endpoint: `${tenantBase}/v2.0/.well-known/openid-configuration`,
        'api-version': '1.1',
        metadata: [{ preferred_network: host, preferred_cache: host, aliases: [host] }],
      }),
      knownAuthorities: [host],
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function readAssertion(jwt: string, certificatePem: string | undefined): NonNullable<TokenRequest['assertion']> {
  const [header = '', payload = '', signature = ''] = jwt.split('.');
  const decode = (part: string): Record<string, unknown> =>
    JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as Record<string, unknown>;
  const parsedHeader = decode(header);
  let signatureValid = false;
  if (certificatePem !== undefined) {
    const key = createPublicKey(new X509Certificate(certificatePem).publicKey.export({ type: 'spki', format: 'pem' }));
    const alg = parsedHeader.alg;
    const verifier = createVerify('RSA-SHA256').update(`${header}.${payload}`);
    signatureValid =
      alg === 'PS256'
        ? verifier.verify(
            { key, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 },
            Buffer.from(signature, 'base64url'),
          )
        : alg === 'RS256' && verifier.verify(key, Buffer.from(signature, 'base64url'));
  }
  return { header: parsedHeader, payload: decode(payload), signatureValid };
}
