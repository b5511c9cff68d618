/**
 * A self-signed certificate for 127.0.0.1, made with Debian's openssl, so that
 * the benchmark's server can speak HTTP/2 as static hosts do (browsers speak
 * HTTP/2 only over TLS). Made once a process, in a temporary folder; the
 * browser that connects is told to accept it (launchChromium).
 *
 *   localCertificate() → { key: "-----BEGIN PRIVATE KEY-----…", cert: "-----BEGIN CERTIFICATE-----…" }
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

let made: { key: string; cert: string } | undefined;

export function localCertificate(): { key: string; cert: string } {
  if (made) return made;
  const folder = mkdtempSync(join(tmpdir(), 'zhendang-tls-'));
  try {
    const [key, cert] = [join(folder, 'key.pem'), join(folder, 'cert.pem')];
    const generated = spawnSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '2',
        '-subj',
        '/CN=127.0.0.1',
        '-keyout',
        key,
        '-out',
        cert,
      ],
      { encoding: 'utf8' },
    );
    if (generated.status !== 0)
      throw new Error(
        `openssl could not make a certificate for the HTTP/2 server (apt-get install openssl): ${generated.stderr}`,
      );
    made = { key: readFileSync(key, 'utf8'), cert: readFileSync(cert, 'utf8') };
    return made;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
