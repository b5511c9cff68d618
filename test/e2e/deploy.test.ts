/**
 * `npm run deploy` against a real S3 API: @20minutes/s3rver on 127.0.0.1 and
 * a free port, started and stopped here, every request it answers recorded.
 * The site is a small dist/ of the real one's shape (pages, sources in two
 * encodings, citations, Pagefind's hashed and pointer files), built here.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import S3rver from '@20minutes/s3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot, runInBackground, temporaryFolder } from '../helpers/run.ts';

const IMMUTABLE = 'public, max-age=31536000, immutable';
const SHORT = 'public, max-age=0, must-revalidate';
const HOUR = 'public, max-age=3600';
const utf8 = (type: string) => `${type}; charset=utf-8`;

/** Every file of the site: its bytes, and the Content-Type and Cache-Control it must be stored with. */
const SITE: Record<string, [string | Buffer, string, string]> = {
  'index.html': ['<!doctype html><title>镇档</title>', utf8('text/html'), SHORT],
  '404.html': ['<!doctype html><title>404</title>', utf8('text/html'), SHORT],
  'places/浙江省/index.html': ['<!doctype html><title>浙江省</title>', utf8('text/html'), SHORT],
  'reports/7c88cf9a948c/index.html': ['<!doctype html><title>文件</title>', utf8('text/html'), SHORT],
  'reports/000000000000/index.html': ['<!doctype html><meta http-equiv="refresh">', utf8('text/html'), SHORT],
  'sources/7c88cf9a948c.txt': ['天目山镇人民政府', utf8('text/plain'), IMMUTABLE],
  // 镇 in GB18030: a source is served byte for byte, labelled with the encoding it was captured in.
  'sources/5b0d1c9e2a3f.html.txt': [Buffer.from([0xd5, 0xf2]), 'text/plain; charset=gb18030', IMMUTABLE],
  'sources/4f0c2d9e1a7b.warc': ['WARC/1.0\r\n', 'application/warc', IMMUTABLE],
  'sources/4f0c2d9e1a7b/attachments/1-P0201.pdf': ['%PDF-1.4', 'application/pdf', HOUR],
  'sources/4f0c2d9e1a7b/attachments/2-page.html': ['<script>', 'application/octet-stream', HOUR],
  'sources/SHA256SUMS': ['abc  7c88cf9a948c.txt\n', utf8('text/plain'), HOUR],
  'sources/manifest.json': [
    JSON.stringify({
      sources: [
        { path: 'sources/7c88cf9a948c.txt', encoding: 'utf-8' },
        { path: 'sources/5b0d1c9e2a3f.html.txt', encoding: 'gb18030' },
      ],
    }),
    utf8('application/json'),
    HOUR,
  ],
  'catalog.json': ['[]', utf8('application/json'), HOUR],
  'feed.xml': ['<feed/>', utf8('application/atom+xml'), HOUR],
  'oai.xml': ['<Repository/>', utf8('application/xml'), HOUR],
  'sitemap-index.xml': ['<sitemapindex/>', utf8('application/xml'), HOUR],
  'robots.txt': ['User-agent: *', utf8('text/plain'), HOUR],
  'favicon.svg': ['<svg/>', utf8('image/svg+xml'), HOUR],
  '_astro/search.MaqiWx0W.js': ['export {}', utf8('text/javascript'), IMMUTABLE],
  'pagefind/shards.json': ['{"shards":[]}', utf8('application/json'), SHORT],
  'pagefind/routes/0.json': ['{}', utf8('application/json'), SHORT],
  'pagefind/shard-1/pagefind-entry.json': ['{}', utf8('application/json'), SHORT],
  'pagefind/shard-1/pagefind.js': ['export {}', utf8('text/javascript'), SHORT],
  'pagefind/shard-1/wasm.unknown.pagefind': [Buffer.from([0x1f, 0x8b, 8]), 'application/octet-stream', SHORT],
  'pagefind/shard-1/excerpt/1.bin': [Buffer.from([1, 2, 3]), 'application/octet-stream', SHORT],
  'pagefind/shard-1/excerpt/directory.json': ['{}', utf8('application/json'), SHORT],
  'pagefind/shard-1/pagefind.und_b810ccdb982.pf_meta': [
    Buffer.from([0x1f, 0x8b, 1]),
    'application/octet-stream',
    IMMUTABLE,
  ],
  'pagefind/shard-1/index/und_6675a0b.pf_index': [Buffer.from([0x1f, 0x8b, 2]), 'application/octet-stream', IMMUTABLE],
  'pagefind/shard-1/filter/und_dd2e7b0.pf_filter': [
    Buffer.from([0x1f, 0x8b, 3]),
    'application/octet-stream',
    IMMUTABLE,
  ],
};
const PUBLISHED = '# permanent\nreports/7c88cf9a948c/\nsources/7c88cf9a948c.txt\n';
const REDIRECTS = { redirects: { 'reports/000000000000/': 'reports/7c88cf9a948c/' } };

let server: S3rver;
let origin: string;
const requests: string[] = [];
const site = temporaryFolder();
const dist = join(site, 'dist');
const store = mkdtempSync(join(tmpdir(), 'zhendang-s3-'));

function write(path: string, bytes: string | Buffer): void {
  mkdirSync(dirname(join(dist, path)), { recursive: true });
  writeFileSync(join(dist, path), bytes);
}

/** Runs the deploy in the site's folder; gives its output and the requests the store answered meanwhile, as "PUT index.html". */
async function deploy(...args: string[]) {
  const from = requests.length;
  const result = await runInBackground(
    [join(projectRoot, 'scripts/deploy.ts'), '--bucket', 'site', '--endpoint', origin, '--path-style', ...args],
    { cwd: site, env: { AWS_ACCESS_KEY_ID: 'S3RVER', AWS_SECRET_ACCESS_KEY: 'S3RVER', AWS_REGION: 'us-east-1' } },
  );
  const seen = requests.slice(from);
  return { ...result, seen, puts: seen.filter((r) => r.startsWith('PUT ')).map((r) => r.slice(4)) };
}

/** A deploy in a process of its own, against `endpoint`, for a test that stops it. */
function spawnDeploy(endpoint: string, ...args: string[]): ChildProcess {
  return spawn(
    process.execPath,
    [join(projectRoot, 'scripts/deploy.ts'), '--bucket', 'site', '--endpoint', endpoint, '--path-style', ...args],
    {
      cwd: site,
      env: { ...process.env, AWS_ACCESS_KEY_ID: 'S3RVER', AWS_SECRET_ACCESS_KEY: 'S3RVER', AWS_REGION: 'us-east-1' },
      stdio: 'ignore',
    },
  );
}

/** A request the proxy answered ("PUT index.html"), and how many it had answered when this one came. */
interface Answered {
  name: string;
  after: number;
}

/**
 * A proxy in front of the store that passes requests on until the ones answered so far make `stallWhen` true, then
 * holds every request after them unanswered: a network that goes away part way through.
 */
async function stallingProxy(stallWhen: (answered: Answered[]) => boolean) {
  const upstream = new URL(origin);
  const answered: Answered[] = [];
  let stalled: () => void;
  const whenStalled = new Promise<void>((resolve) => {
    stalled = resolve;
  });
  const proxy = createServer((request, response) => {
    if (stallWhen(answered)) return stalled();
    const name = `${request.method} ${decodeURIComponent(request.url!.split('?')[0]!).replace(/^\/site\//, '')}`;
    const after = answered.length;
    const forwarded = httpRequest(
      {
        host: upstream.hostname,
        port: upstream.port,
        method: request.method,
        path: request.url,
        headers: request.headers,
      },
      (answer) => {
        response.writeHead(answer.statusCode!, answer.headers);
        answer.pipe(response);
        answer.on('end', () => answered.push({ name, after }));
      },
    );
    request.pipe(forwarded);
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  const { port } = proxy.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    stalled: whenStalled,
    answered,
    close: () => {
      proxy.closeAllConnections();
      return new Promise((resolve) => proxy.close(resolve));
    },
  };
}

/** The object as a CDN in front of the bucket would fetch it. */
async function stored(key: string) {
  const answer = await fetch(`${origin}/site/${encodeURI(key)}`);
  const bytes = Buffer.from(await answer.arrayBuffer());
  const header = (name: string) => answer.headers.get(name);
  return { status: answer.status, bytes, type: header('content-type'), cache: header('cache-control'), header };
}

beforeAll(async () => {
  for (const [path, [bytes]] of Object.entries(SITE)) write(path, bytes);
  mkdirSync(join(site, 'content'));
  writeFileSync(join(site, 'content/published-urls.txt'), PUBLISHED);
  writeFileSync(join(site, 'content/redirects.json'), JSON.stringify(REDIRECTS));
  server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory: store,
    configureBuckets: [{ name: 'site' }],
  });
  const { port } = await server.run();
  origin = `http://127.0.0.1:${port}`;
  server.httpServer.on('request', (request) => {
    const path = decodeURIComponent(request.url!.split('?')[0]!).replace(/^\/site\//, '');
    requests.push(`${request.method} ${path}`);
  });
});

afterAll(async () => {
  await server?.close();
  for (const folder of [site, store]) rmSync(folder, { recursive: true, force: true });
});

describe('npm run deploy, against a local S3 API', () => {
  it('uploads every file with its Content-Type and Cache-Control, pointers and HTML after what they name', async () => {
    const result = await deploy();
    expect(result.status, result.output).toBe(0);
    expect(result.stdout).toMatch(/s3:\/\/site\/: 29 uploaded \(29 new, 0 changed, .*\), 0 unchanged, 0 deleted/);
    for (const [path, [bytes, type, cache]] of Object.entries(SITE)) {
      const object = await stored(path);
      expect({ path, status: object.status, type: object.type, cache: object.cache }).toEqual({
        path,
        status: 200,
        type,
        cache,
      });
      expect(object.bytes.equals(Buffer.from(bytes))).toBe(true);
      expect(object.header('content-encoding')).toBeNull();
    }
    const switches = (path: string) => SITE[path]?.[2] === SHORT;
    const lastContent = Math.max(...result.puts.flatMap((path, at) => (!switches(path) && SITE[path] ? [at] : [])));
    const firstSwitch = result.puts.findIndex(switches);
    expect(lastContent).toBeLessThan(firstSwitch);
    expect(result.puts.at(-1)).toBe('.zhendang-deploy.json');
  }, 30_000);

  it('uploads nothing the second time', async () => {
    const result = await deploy();
    expect(result.status, result.output).toBe(0);
    expect(result.seen).toEqual(['GET .zhendang-deploy.json']);
    expect(result.stdout).toMatch(/: 0 uploaded, 29 unchanged, 0 deleted/);
  }, 30_000);

  it('uploads exactly the file that changed, then the manifest', async () => {
    write('catalog.json', '[{"id":"7c88cf9a948c"}]');
    const result = await deploy();
    expect(result.status, result.output).toBe(0);
    expect(result.puts).toEqual(['catalog.json', '.zhendang-deploy.json']);
    expect((await stored('catalog.json')).bytes.toString()).toBe('[{"id":"7c88cf9a948c"}]');
  }, 30_000);

  it('deletes a file dist/ no longer has, after writing the manifest', async () => {
    rmSync(join(dist, 'pagefind/shard-1/index/und_6675a0b.pf_index'));
    write('pagefind/shard-1/index/und_0000000.pf_index', Buffer.from([0x1f, 0x8b, 4]));
    const result = await deploy();
    expect(result.status, result.output).toBe(0);
    expect(result.seen.filter((r) => !r.startsWith('GET'))).toEqual([
      'PUT pagefind/shard-1/index/und_0000000.pf_index',
      'PUT .zhendang-deploy.json',
      'DELETE pagefind/shard-1/index/und_6675a0b.pf_index',
      // Once the deletions are done the manifest stops listing them.
      'PUT .zhendang-deploy.json',
    ]);
    expect((await stored('pagefind/shard-1/index/und_6675a0b.pf_index')).status).toBe(404);
    expect((await stored('.zhendang-deploy.json')).bytes.toString()).not.toContain('und_6675a0b');
  }, 30_000);

  it('refuses, touching nothing, when dist/ lacks a permanent address', async () => {
    rmSync(join(dist, 'sources/7c88cf9a948c.txt'));
    rmSync(join(dist, 'reports/000000000000/index.html'));
    const result = await deploy();
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      'dist/sources/7c88cf9a948c.txt: missing, but sources/7c88cf9a948c.txt is a permanent',
    );
    expect(result.stderr).toContain('dist/reports/000000000000/index.html: missing, but reports/000000000000/ is a');
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.seen).toEqual([]);
    expect((await stored('sources/7c88cf9a948c.txt')).status).toBe(200);
    write('sources/7c88cf9a948c.txt', SITE['sources/7c88cf9a948c.txt']![0]);
    write('reports/000000000000/index.html', SITE['reports/000000000000/index.html']![0]);
  }, 30_000);

  it('leaves the manifest unwritten when an upload fails, names the file, and retries next time', async () => {
    write('index.html', '<!doctype html><title>镇档 2</title>');
    // The store keeps each object as a file named after its key: this name is too long for it, not for dist/.
    const tooLong = `_astro/${'x'.repeat(240)}.js`;
    write(tooLong, 'export {}');
    const failed = await deploy();
    expect(failed.status).toBe(1);
    expect(failed.stderr).toContain(`error: dist/${tooLong}: upload to s3://site/${tooLong} failed: `);
    expect(failed.stderr).not.toMatch(/\n\s+at /);
    expect(failed.puts).not.toContain('.zhendang-deploy.json');
    expect(failed.puts).not.toContain('index.html');

    rmSync(join(dist, tooLong));
    const retried = await deploy();
    expect(retried.status, retried.output).toBe(0);
    expect(retried.puts).toEqual(['index.html', '.zhendang-deploy.json']);
  }, 60_000);

  it('writes nothing with --dry-run, and says what it would do', async () => {
    write('feed.xml', '<feed><entry/></feed>');
    rmSync(join(dist, 'favicon.svg'));
    const result = await deploy('--dry-run');
    expect(result.status, result.output).toBe(0);
    expect(result.stdout).toContain('would upload feed.xml (changed)');
    expect(result.stdout).toContain('would delete favicon.svg');
    expect(result.stdout).toMatch(/would upload 1 .*delete 1; dry run, nothing written/);
    expect(result.seen).toEqual(['GET .zhendang-deploy.json']);
    expect((await stored('favicon.svg')).status).toBe(200);
  }, 30_000);

  it('deploys under a sub-path with --prefix, beside what the root holds', async () => {
    const result = await deploy('--prefix', '/zhendang', '--quiet');
    expect(result.status, result.output).toBe(0);
    expect(result.stdout).toMatch(/^s3:\/\/site\/zhendang\/: 28 uploaded/);
    expect(result.seen.every((r) => r.split(' ')[1]!.startsWith('zhendang/'))).toBe(true);
    expect(result.puts.at(-1)).toBe('zhendang/.zhendang-deploy.json');
    const page = await stored('zhendang/places/浙江省/index.html');
    expect([page.status, page.type, page.cache]).toEqual([200, utf8('text/html'), SHORT]);
    // The root's deploy is its own: the feed there is still the one it uploaded.
    expect((await stored('feed.xml')).bytes.toString()).toBe('<feed/>');
  }, 30_000);

  it('resumes a deploy killed part way: the next run uploads only what the first had not', async () => {
    const added = Array.from(
      { length: 40 },
      (_, n) => `pagefind/shard-2/index/und_${String(n).padStart(7, '0')}.pf_index`,
    );
    for (const path of added) write(path, Buffer.from([0x1f, 0x8b, added.indexOf(path)]));
    write('index.html', '<!doctype html><title>镇档 3</title>');
    // The store answers until the deploy has recorded some of these uploads (the manifest is written as the bucket
    // holds it when a write starts, and the SDK sends it a moment later: the second write after the first upload
    // holds it), then nothing more: the deploy is killed while it waits.
    const isUpload = ({ name }: Answered) => name.startsWith('PUT pagefind/shard-2/');
    const isManifest = ({ name }: Answered) => name === 'PUT .zhendang-deploy.json';
    const stall = await stallingProxy((answered) => {
      const firstUpload = answered.findIndex(isUpload);
      const manifestsSince = answered.filter((request, at) => at > firstUpload && isManifest(request)).length;
      return (firstUpload >= 0 && manifestsSince >= 2) || answered.filter(isUpload).length >= 30;
    });
    const killed = spawnDeploy(stall.origin, '--checkpoint-seconds', '0');
    await stall.stalled;
    killed.kill('SIGKILL');
    await new Promise((resolve) => killed.on('close', resolve));
    await stall.close();

    const recorded = JSON.parse((await stored('.zhendang-deploy.json')).bytes.toString()).files;
    const uploadedBefore = added.filter((path) => recorded[path]);
    expect(uploadedBefore.length).toBeGreaterThan(0);
    expect(uploadedBefore.length).toBeLessThan(added.length);
    // It records only what the store answered.
    const answered = stall.answered.filter(isUpload).map(({ name }) => name.slice(4));
    expect(answered).toEqual(expect.arrayContaining(uploadedBefore));
    // The page that names them goes after them: the published site never pointed at a missing file.
    expect((await stored('index.html')).bytes.toString()).toBe('<!doctype html><title>镇档 2</title>');

    const resumed = await deploy();
    expect(resumed.status, resumed.output).toBe(0);
    expect(resumed.puts.filter((path) => path !== '.zhendang-deploy.json').sort()).toEqual(
      [...added.filter((path) => !recorded[path]), 'index.html'].sort(),
    );
    expect(resumed.puts.at(-1)).toBe('.zhendang-deploy.json');
    for (const path of added) expect((await stored(path)).bytes[2], path).toBe(added.indexOf(path));
    expect(Object.keys(JSON.parse((await stored('.zhendang-deploy.json')).bytes.toString()).files)).toEqual(
      expect.arrayContaining([...added, 'index.html']),
    );
  }, 60_000);

  it('asks for a bucket, with its usage and without a stack trace', async () => {
    const result = await runInBackground([join(projectRoot, 'scripts/deploy.ts')], { cwd: site });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('error: --bucket NAME is required');
    expect(result.stderr).toContain('Usage: npm run deploy');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
