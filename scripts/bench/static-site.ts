/**
 * A static server for a built site (as a static host serves it, under its
 * sub-path, with the 404 page, text compressed with gzip, the Content-Type
 * of dist/_headers where it names one) and Debian's
 * chromium driven by playwright-core, for the browser tests and the
 * benchmark. No browser is downloaded: CHROMIUM_PATH or /usr/bin/chromium.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createSecureServer, type Http2ServerRequest, type Http2ServerResponse } from 'node:http2';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type Browser, chromium } from 'playwright-core';
import { localCertificate } from './local-tls.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain',
  '.wasm': 'application/wasm',
};

export interface StaticSite {
  origin: string;
  /** The site's root address: origin plus base path. */
  home: string;
  /** Each response sent, with its path and body bytes as sent (compressed); empty it to start counting afresh. */
  responses: [path: string, bytes: number][];
  close: () => Promise<void>;
}

/**
 * A network to imitate: every response waits a round trip, and all share one
 * link of this speed. `http2`: served as static hosts serve, over HTTP/2 (and
 * so TLS, with a certificate of the moment), many requests at once on one
 * connection, rather than HTTP/1.1's six at a time.
 */
export interface NetworkShape {
  latencyMilliseconds: number;
  bitsPerSecond: number;
  http2?: boolean;
}

type Response = ServerResponse | Http2ServerResponse;

export async function serveSite(dist: string, base: string, network?: NetworkShape): Promise<StaticSite> {
  const responses: StaticSite['responses'] = [];
  const given = hostHeaderTypes(dist);
  let linkFreeAt = 0;
  const send = (response: Response, path: string, status: number, headers: Record<string, string>, body: Buffer) => {
    responses.push([path, body.length]);
    let delay = 0;
    if (network) {
      const start = Math.max(performance.now() + network.latencyMilliseconds, linkFreeAt);
      linkFreeAt = start + (body.length * 8 * 1000) / network.bitsPerSecond;
      delay = linkFreeAt - performance.now();
    }
    setTimeout(() => {
      // The same calls on HTTP/1.1's and HTTP/2's compatibility responses, whose types TypeScript cannot unite.
      (response as ServerResponse).writeHead(status, headers);
      (response as ServerResponse).end(body);
    }, delay);
  };
  const handle = (request: IncomingMessage | Http2ServerRequest, response: Response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    let file = path.startsWith(base) ? normalize(join(dist, path.slice(base.length))) : '';
    if (file && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const found = file.startsWith(dist) && existsSync(file);
    const type = found ? (given.get(path) ?? TYPES[extname(file)] ?? 'application/octet-stream') : TYPES['.html']!;
    const body = readFileSync(found ? file : join(dist, '404.html'));
    // As static hosts do: text is sent compressed; Pagefind's own files are compressed already.
    if (type !== 'application/octet-stream' && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
      const headers = { 'Content-Type': type, 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' };
      send(response, path, found ? 200 : 404, headers, gzipSync(body));
      return;
    }
    const range = found ? byteRange(request.headers.range, body.length) : undefined;
    if (range === 'unsatisfiable') {
      send(response, path, 416, { 'Content-Range': `bytes */${body.length}` }, Buffer.alloc(0));
      return;
    }
    if (range) {
      const [from, to] = range;
      const headers = { 'Content-Type': type, 'Content-Range': `bytes ${from}-${to}/${body.length}` };
      send(response, path, 206, headers, body.subarray(from, to + 1));
      return;
    }
    send(response, path, found ? 200 : 404, { 'Content-Type': type, 'Accept-Ranges': 'bytes' }, body);
  };
  const server = network?.http2
    ? createSecureServer({ ...localCertificate(), allowHTTP1: true }, handle)
    : createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `${network?.http2 ? 'https' : 'http'}://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    home: `${origin}${base}`,
    responses,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/**
 * The Content-Type of each address that dist/_headers names, as Cloudflare
 * Pages and Netlify read the file (src/lib/host-headers.ts): an address on a
 * line of its own, then its headers indented. Only exact addresses, which is
 * all the site writes.
 */
export function hostHeaderTypes(dist: string): Map<string, string> {
  const types = new Map<string, string>();
  const file = join(dist, '_headers');
  if (!existsSync(file)) return types;
  let address = '';
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.startsWith('#') || line.trim() === '') continue;
    if (!/^\s/.test(line)) address = line.trim();
    const header = /^\s+content-type:\s*(.+)$/i.exec(line);
    if (header && address) types.set(address, header[1]!.trim());
  }
  return types;
}

/**
 * A single byte range of a file of `size` bytes, as static hosts serve one
 * (RFC 9110 §14.1.2): "bytes=0-99", "bytes=100-" or "bytes=-100" (the last
 * 100); undefined for none or a form served whole (several ranges).
 *
 *   byteRange("bytes=-100", 1000) → [900, 999]
 */
export function byteRange(header: string | undefined, size: number): [number, number] | 'unsatisfiable' | undefined {
  const match = /^bytes=(\d*)-(\d*)$/.exec(header ?? '');
  if (!match || (match[1] === '' && match[2] === '')) return undefined;
  const [from, to] =
    match[1] === ''
      ? [Math.max(0, size - Number(match[2])), size - 1]
      : [Number(match[1]), Math.min(size - 1, match[2] === '' ? size - 1 : Number(match[2]))];
  return from > to || from >= size ? 'unsatisfiable' : [from, to];
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // The HTTP/2 server's certificate is made on the spot (local-tls.ts); only local servers are visited.
      '--ignore-certificate-errors',
    ],
  });
}
