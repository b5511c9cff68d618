/**
 * BagIt (RFC 8493): write a bag from payload files, and validate one.
 * Manifests are written for SHA-512 (the default RFC 8493 asks tools to use)
 * and SHA-256 (the checksum the archive shows on every page).
 *
 *   writeBag("/tmp/bag", [{ path: "data/sources/a.txt", bytes }], { "Source-Organization": "镇档" })
 *   validateBag("/tmp/bag") → [] (or the problems found)
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

export const ALGORITHMS = ['sha512', 'sha256'] as const;

export interface PayloadFile {
  /** Path inside the bag, starting with data/. */
  path: string;
  bytes: Uint8Array;
}

const digest = (algorithm: string, bytes: Uint8Array) => createHash(algorithm).update(bytes).digest('hex');

/** RFC 8493 §2.1.3: in manifest paths, only %, CR and LF are percent-encoded. */
function encodePath(path: string): string {
  return path.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function decodePath(path: string): string {
  return path.replace(/%0A/gi, '\n').replace(/%0D/gi, '\r').replace(/%25/g, '%');
}

/** Write the bag into a temporary folder beside `folder`, then move it into place. */
export function writeBag(folder: string, payload: PayloadFile[], info: Record<string, string>): void {
  const temporary = `${folder}.${process.pid}.tmp`;
  rmSync(temporary, { recursive: true, force: true });
  const put = (path: string, bytes: Uint8Array | string) => {
    mkdirSync(dirname(join(temporary, path)), { recursive: true });
    writeFileSync(join(temporary, path), bytes);
  };
  const sorted = [...payload].sort((a, b) => (a.path < b.path ? -1 : 1));
  for (const file of sorted) put(file.path, file.bytes);
  put('bagit.txt', 'BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n');
  const octets = sorted.reduce((total, file) => total + file.bytes.length, 0);
  const bagInfo = { ...info, 'Payload-Oxum': `${octets}.${sorted.length}` };
  put(
    'bag-info.txt',
    Object.entries(bagInfo)
      .map(([label, value]) => `${label}: ${value}\n`)
      .join(''),
  );
  for (const algorithm of ALGORITHMS) {
    put(
      `manifest-${algorithm}.txt`,
      sorted.map((file) => `${digest(algorithm, file.bytes)}  ${encodePath(file.path)}\n`).join(''),
    );
  }
  const tagFiles = ['bagit.txt', 'bag-info.txt', ...ALGORITHMS.map((algorithm) => `manifest-${algorithm}.txt`)];
  for (const algorithm of ALGORITHMS) {
    const lines = tagFiles.map((name) => `${digest(algorithm, readFileSync(join(temporary, name)))}  ${name}\n`);
    put(`tagmanifest-${algorithm}.txt`, lines.join(''));
  }
  rmSync(folder, { recursive: true, force: true });
  renameSync(temporary, folder);
}

/** Everything wrong with a bag, in plain words; an empty list means it is valid and complete. */
export function validateBag(folder: string): string[] {
  const problems: string[] = [];
  const bagit = join(folder, 'bagit.txt');
  if (!existsSync(bagit)) return [`${bagit} is missing: not a bag`];
  if (!/^BagIt-Version: \d+\.\d+\r?\n/.test(readFileSync(bagit, 'utf8')))
    problems.push('bagit.txt does not declare a BagIt-Version');
  if (!existsSync(join(folder, 'bag-info.txt'))) problems.push('bag-info.txt is missing');

  const payload = new Set(listFiles(join(folder, 'data')).map((path) => relative(folder, path)));
  const manifests = readdirSync(folder).filter((name) => /^manifest-\w+\.txt$/.test(name));
  if (manifests.length === 0) problems.push('there is no payload manifest');
  for (const name of manifests) problems.push(...checkManifest(folder, name, payload));
  for (const name of readdirSync(folder).filter((file) => /^tagmanifest-\w+\.txt$/.test(file))) {
    problems.push(...checkManifest(folder, name, undefined));
  }

  const info = existsSync(join(folder, 'bag-info.txt')) ? readFileSync(join(folder, 'bag-info.txt'), 'utf8') : '';
  const oxum = /^Payload-Oxum: (\d+)\.(\d+)$/m.exec(info);
  if (oxum) {
    const bytes = [...payload].reduce((total, path) => total + readFileSync(join(folder, path)).length, 0);
    if (Number(oxum[1]) !== bytes || Number(oxum[2]) !== payload.size) {
      problems.push(`Payload-Oxum says ${oxum[1]}.${oxum[2]}, the payload is ${bytes}.${payload.size}`);
    }
  }
  return problems;
}

/** Check every line of a manifest; for a payload manifest, also that it lists every payload file. */
function checkManifest(folder: string, name: string, payload: Set<string> | undefined): string[] {
  const problems: string[] = [];
  const algorithm = /manifest-(\w+)\.txt$/.exec(name)![1]!;
  const listed = new Set<string>();
  for (const line of readFileSync(join(folder, name), 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const match = /^([0-9a-fA-F]+)\s+(.+)$/.exec(line);
    if (!match) {
      problems.push(`${name}: cannot read the line "${line}"`);
      continue;
    }
    const path = decodePath(match[2]!);
    listed.add(path);
    const file = join(folder, path);
    if (!existsSync(file)) problems.push(`${name}: ${path} is listed but missing`);
    else if (digest(algorithm, readFileSync(file)) !== match[1]!.toLowerCase())
      problems.push(`${name}: ${path} does not match its ${algorithm} checksum`);
  }
  for (const path of payload ?? []) {
    if (!listed.has(path)) problems.push(`${name}: the payload file ${path} is not listed`);
  }
  return problems;
}

function listFiles(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}
