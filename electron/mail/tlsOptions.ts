import { createHash, X509Certificate } from 'node:crypto';
import type { ConnectionOptions, PeerCertificate } from 'node:tls';
import type { CertificateInfo, MailServer } from '../../shared/mailbox';

/**
 * TLS for a mail server (issue 17): always verified, at least TLS 1.2.
 * Without a pin the system's trusted authorities decide, hostname included.
 * With a pin (a manager chose to trust the certificate the server showed),
 * that certificate is the only authority, and the chain must contain it:
 * a self-signed or in-house certificate works, and nothing else does.
 */
export function tlsOptionsFor(server: MailServer): ConnectionOptions {
  const base: ConnectionOptions = { minVersion: 'TLSv1.2', rejectUnauthorized: true, ...(isIp(server.host) ? {} : { servername: server.host }) };
  const pin = server.pinnedCertificate;
  if (!pin) return base;
  return {
    ...base,
    ca: [pin.pem],
    // called only once the chain verified against the pinned certificate; the pin names the server, so no hostname check
    checkServerIdentity: (_host, cert) => (chainContains(cert, pin.sha256) ? undefined : Object.assign(new Error('certificate does not match the pinned one'), { code: 'CERT_PIN_MISMATCH' })),
  };
}

function isIp(host: string): boolean {
  return /^\d{1,3}(?:\.\d{1,3}){3}$/.test(host);
}

export function sha256OfDer(der: Uint8Array): string {
  return createHash('sha256').update(der).digest('hex');
}

/** True when the presented chain (leaf upwards) holds the certificate with this SHA-256. */
export function chainContains(leaf: PeerCertificate, sha256: string): boolean {
  const seen = new Set<PeerCertificate>();
  let cert: PeerCertificate | undefined = leaf;
  while (cert && !seen.has(cert)) {
    seen.add(cert);
    if (cert.raw && sha256OfDer(cert.raw) === sha256) return true;
    const next: PeerCertificate | undefined = (cert as PeerCertificate & { issuerCertificate?: PeerCertificate }).issuerCertificate;
    cert = next;
  }
  return false;
}

/** What a manager is shown before pinning: the certificate as the server presented it. */
export function certificateInfo(der: Uint8Array): CertificateInfo {
  const x509 = new X509Certificate(der);
  return {
    sha256: sha256OfDer(der),
    subject: x509.subject.replace(/\n/g, ', ').slice(0, 1000),
    issuer: x509.issuer.replace(/\n/g, ', ').slice(0, 1000),
    validFrom: isoOr(x509.validFrom),
    validTo: isoOr(x509.validTo),
    pem: x509.toString(),
  };
}

function isoOr(text: string): string {
  const at = new Date(text);
  return Number.isNaN(at.getTime()) ? text.slice(0, 100) : at.toISOString();
}
