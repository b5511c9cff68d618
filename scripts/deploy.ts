/**
 * `npm run deploy -- --bucket NAME [--prefix sub/path/] [--endpoint URL] [--path-style] [--dry-run]`
 *
 * Puts dist/ on S3-compatible object storage, moving only what changed since
 * the last deploy (by SHA-256, against the manifest the bucket keeps,
 * `<prefix>.zhendang-deploy.json`). New and changed files go first, then the
 * HTML and pointer files that name them, then the manifest; files dist/ no
 * longer has are deleted last. A permanent address (content/published-urls.txt,
 * content/redirects.json) is never deleted: if dist/ lacks one, nothing is done.
 * While it uploads, and when an upload fails, the manifest records what the
 * bucket holds so far, so that a deploy that fails or is killed part way is
 * resumed by the next run, which uploads only what is still missing.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { readRedirects } from '../src/lib/site-config.ts';
import { applyPlan } from './deploy/apply.ts';
import { normalisePrefix, openBucket } from './deploy/bucket.ts';
import { type Manifest, permanentFiles, planDeploy, readDist } from './deploy/plan.ts';
import { readPublishedUrls } from './store/published-urls.ts';

const USAGE = `Usage: npm run deploy -- --bucket NAME [--prefix sub/path/] [--endpoint URL] [--path-style] [--dry-run] [--checkpoint-seconds 30]

Uploads what changed in dist/ to an S3-compatible bucket (S3, R2, OSS, MinIO), deletes what dist/ no longer has.
Credentials and region come from AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_REGION (and the SDK's other sources).

  --bucket NAME      the bucket
  --prefix PATH      a sub-path of the bucket to deploy under (default: its root); match ZHENDANG_BASE
  --endpoint URL     the store's URL, for anything but AWS S3
  --path-style       address the bucket as URL/NAME/ (MinIO, most local stores) instead of NAME.URL
  --dist DIR         the built site (default: dist)
  --dry-run          say what would be uploaded and deleted, write nothing
  --checkpoint-seconds N
                     record what is uploaded so far every N seconds (default 30; 0: after every file),
                     so that an interrupted deploy resumes where it stopped
  --quiet            print only problems and the summary
  --help             show this help`;

async function main(): Promise<number> {
  let values: ReturnType<typeof parseOptions>['values'];
  try {
    values = parseOptions().values;
    if (!values.help && !values.bucket) throw new Error('--bucket NAME is required');
    if (!(Number(values['checkpoint-seconds']) >= 0))
      throw new Error(
        `--checkpoint-seconds takes a number of seconds, such as 30 (got "${values['checkpoint-seconds']}")`,
      );
  } catch (error) {
    console.error(`error: ${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const started = performance.now();
  const dist = values.dist;
  if (!existsSync(join(dist, 'index.html'))) {
    console.error(`error: ${dist}/index.html: no built site here; run npm run build first`);
    return 2;
  }

  const permanent = permanentFiles(readPublishedUrls(), readRedirects());
  const files = readDist(dist);
  const inDist = new Set(files.map((file) => file.path));
  const missing = [...permanent].filter(([file]) => !inDist.has(file));
  for (const [file, url] of missing)
    console.error(
      `error: ${join(dist, file)}: missing, but ${url} is a permanent address; restore it or add a redirect`,
    );
  if (missing.length > 0) {
    console.log(`deploy refused: ${missing.length} permanent addresses would be lost; nothing was uploaded or deleted`);
    return 1;
  }

  const bucket = openBucket({
    bucket: values.bucket!,
    prefix: normalisePrefix(values.prefix),
    endpoint: values.endpoint,
    pathStyle: values['path-style'],
  });
  const where = bucket.where('');
  try {
    let previous: Manifest | null;
    try {
      previous = await bucket.readManifest();
    } catch (error) {
      console.error(`error: ${bucket.where(bucket.manifestPath)}: ${(error as Error).message}`);
      return 1;
    }
    const plan = planDeploy(files, previous, new Set(permanent.keys()));
    const uploads = [...plan.first, ...plan.then];
    const sent = uploads.reduce((sum, file) => sum + file.bytes, 0);
    const fresh = uploads.filter((file) => file.isNew).length;
    const counts = uploads.length === 0 ? '' : ` (${fresh} new, ${uploads.length - fresh} changed, ${megabytes(sent)})`;
    const say = (line: string) => values.quiet || console.log(line);

    if (values['dry-run']) {
      for (const file of uploads) say(`would upload ${file.path} (${file.isNew ? 'new' : 'changed'})`);
      for (const path of plan.deletions) say(`would delete ${path}`);
      console.log(
        `${where}: would upload ${uploads.length}${counts}, leave ${plan.unchanged.length} unchanged, ` +
          `delete ${plan.deletions.length}; dry run, nothing written; ${seconds(started)}`,
      );
      return 0;
    }

    const checkpointSeconds = Number(values['checkpoint-seconds']);
    const { uploaded, failure } = await applyPlan(plan, bucket, dist, say, { previous, checkpointSeconds });
    if (failure) {
      console.error(`error: ${failure}`);
      const stage =
        uploaded < uploads.length
          ? `stopped after ${uploaded} of ${uploads.length} uploads; the manifest records them, so the next deploy uploads only the rest`
          : `stopped after all ${uploads.length} uploads`;
      console.log(`${where}: ${stage}; ${seconds(started)}`);
      return 1;
    }
    console.log(
      `${where}: ${uploads.length} uploaded${counts}, ${plan.unchanged.length} unchanged, ` +
        `${plan.deletions.length} deleted; ${seconds(started)}`,
    );
    return 0;
  } finally {
    bucket.close();
  }
}

const megabytes = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
const seconds = (started: number) => `${((performance.now() - started) / 1000).toFixed(1)} s`;

function parseOptions() {
  return parseArgs({
    options: {
      bucket: { type: 'string' },
      prefix: { type: 'string', default: '' },
      endpoint: { type: 'string' },
      'path-style': { type: 'boolean', default: false },
      dist: { type: 'string', default: 'dist' },
      'dry-run': { type: 'boolean', default: false },
      'checkpoint-seconds': { type: 'string', default: '30' },
      quiet: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
}

// Whatever else goes wrong (an unreadable file of dist/) is said in a line, not a stack trace.
process.exitCode = await main().catch((error: unknown) => {
  console.error(`error: ${(error as Error).message}`);
  return 1;
});
