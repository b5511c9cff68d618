/**
 * A static server for a built site (as a static host serves it, under its
 * sub-path, with the 404 page, text compressed with gzip) and Debian's
 * chromium driven by playwright-core, for the browser tests and the
 * benchmark. No browser is downloaded: CHROMIUM_PATH or /usr/bin/chromium.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type Browser, chromium } from 'playwright-core';

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

/** A network to imitate: every response waits a round trip, and all share one link of this speed. */
export interface NetworkShape {
  latencyMilliseconds: number;
  bitsPerSecond: number;
}

export async function serveSite(dist: string, base: string, network?: NetworkShape): Promise<StaticSite> {
  const responses: StaticSite['responses'] = [];
  let linkFreeAt = 0;
  const send = (
    response: ServerResponse,
    path: string,
    status: number,
    headers: Record<string, string>,
    body: Buffer,
  ) => {
    responses.push([path, body.length]);
    let delay = 0;
    if (network) {
      const start = Math.max(performance.now() + network.latencyMilliseconds, linkFreeAt);
      linkFreeAt = start + (body.length * 8 * 1000) / network.bitsPerSecond;
      delay = linkFreeAt - performance.now();
    }
    setTimeout(() => {
      response.writeHead(status, headers);
      response.end(body);
    }, delay);
  };
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    let file = path.startsWith(base) ? normalize(join(dist, path.slice(base.length))) : '';
    if (file && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const found = file.startsWith(dist) && existsSync(file);
    const type = found ? (TYPES[extname(file)] ?? 'application/octet-stream') : TYPES['.html']!;
    const body = readFileSync(found ? file : join(dist, '404.html'));
    // As static hosts do: text is sent compressed; Pagefind's own files are compressed already.
    if (type !== 'application/octet-stream' && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
      const headers = { 'Content-Type': type, 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' };
      send(response, path, found ? 200 : 404, headers, gzipSync(body));
      return;
    }
    send(response, path, found ? 200 : 404, { 'Content-Type': type }, body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    home: `${origin}${base}`,
    responses,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
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
    ],
  });
}
