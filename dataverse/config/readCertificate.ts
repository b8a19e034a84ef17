/**
 * Reads a client certificate PEM (private key + certificate) for msal-node, which wants the private key as PEM and
 * the certificate's thumbprint. Errors name the variable and the problem, never the key.
 */
import { createPrivateKey, X509Certificate, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { ConfigurationError } from '../errors/ConfigurationError';
import type { ClientCertificate } from './DataverseConfig';
import { Secret } from './Secret';

const PATH_VARIABLE = 'AZURE_CLIENT_CERTIFICATE_PATH';
const THUMBPRINT_VARIABLE = 'AZURE_CLIENT_CERTIFICATE_THUMBPRINT';
const KEY_BLOCK = /-----BEGIN ((?:RSA |EC |ENCRYPTED )?PRIVATE KEY)-----[\s\S]+?-----END \1-----/;
const CERTIFICATE_BLOCK = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/;

export function readCertificate(path: string, thumbprint: string | undefined): ClientCertificate {
  let pem: string;
  try {
    pem = readFileSync(path, 'utf8');
  } catch (err) {
    const code = (err as { code?: unknown }).code;
    throw new ConfigurationError(
      PATH_VARIABLE,
      `cannot read ${path} (${typeof code === 'string' ? code : 'read error'})`,
    );
  }
  const keyBlock = KEY_BLOCK.exec(pem);
  if (!keyBlock)
    throw new ConfigurationError(PATH_VARIABLE, `${path} holds no PEM private key (-----BEGIN PRIVATE KEY-----)`);
  if (keyBlock[1] === 'ENCRYPTED PRIVATE KEY') {
    throw new ConfigurationError(PATH_VARIABLE, `the private key in ${path} is encrypted; provide an unencrypted PEM`);
  }
  let key: KeyObject;
  try {
    key = createPrivateKey(keyBlock[0]);
  } catch {
    throw new ConfigurationError(PATH_VARIABLE, `the private key in ${path} cannot be read`);
  }
  const privateKey = new Secret(key.export({ type: 'pkcs8', format: 'pem' }).toString());

  const configured = thumbprint === undefined ? undefined : normalizeThumbprint(thumbprint);
  const certificateBlock = CERTIFICATE_BLOCK.exec(pem);
  if (!certificateBlock) {
    if (configured === undefined) {
      throw new ConfigurationError(
        PATH_VARIABLE,
        `${path} holds no certificate; add it to the PEM or set ${THUMBPRINT_VARIABLE}`,
      );
    }
    return configured.length === 64
      ? { path, privateKey, thumbprintSha256: configured }
      : { path, privateKey, thumbprintSha1: configured };
  }
  let certificate: X509Certificate;
  try {
    certificate = new X509Certificate(certificateBlock[0]);
  } catch {
    throw new ConfigurationError(PATH_VARIABLE, `the certificate in ${path} cannot be read`);
  }
  if (!certificate.checkPrivateKey(key)) {
    throw new ConfigurationError(PATH_VARIABLE, `the private key in ${path} does not belong to its certificate`);
  }
  const thumbprintSha256 = certificate.fingerprint256.replace(/:/g, '').toUpperCase();
  const thumbprintSha1 = certificate.fingerprint.replace(/:/g, '').toUpperCase();
  if (configured !== undefined && configured !== thumbprintSha256 && configured !== thumbprintSha1) {
    throw new ConfigurationError(
      THUMBPRINT_VARIABLE,
      `does not match the certificate in ${path} (its SHA-256 thumbprint is ${thumbprintSha256})`,
    );
  }
  return { path, privateKey, thumbprintSha256, thumbprintSha1 };
}

function normalizeThumbprint(value: string): string {
  const hex = value.replace(/[:\s]/g, '').toUpperCase();
  if (!/^[0-9A-F]{40}$/.test(hex) && !/^[0-9A-F]{64}$/.test(hex)) {
    throw new ConfigurationError(
      THUMBPRINT_VARIABLE,
      'must be a hex SHA-1 (40 digits) or SHA-256 (64 digits) thumbprint',
    );
  }
  return hex;
}
