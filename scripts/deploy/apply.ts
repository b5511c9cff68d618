/**
 * Carries out a deploy's plan in the order that keeps the published site
 * whole while it changes: new and changed files, then the HTML and pointer
 * files that name them, then the manifest; deletions last (the manifest lists
 * them as `deleting` until they are done, so that an interrupted deploy's
 * next run finishes them). The first failure stops it, and is given back as
 * a line naming the file:
 *
 *   await applyPlan(plan, bucket, "dist", console.log, { previous, checkpointSeconds: 30 })
 *   → { uploaded: 3 } or { uploaded: 1, failure: "dist/index.html: upload to s3://site/index.html failed: …" }
 *
 * While it uploads, and when an upload fails, the manifest is written as the
 * bucket then holds it (the previous deploy's files, with those uploaded so
 * far in their new versions), every `checkpointSeconds`: a deploy that is
 * killed or fails part way is resumed by the next run, which uploads only
 * what is still missing or old.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Bucket, type FailedItem, inParallel } from './bucket.ts';
import type { DistFile, Manifest, Plan } from './plan.ts';

/** Requests at once: enough to hide a store's latency, few enough for a small machine and a rate-limited store. */
const PARALLEL = 8;

export interface Progress {
  /** The manifest the bucket held before this deploy (null: none). */
  previous: Manifest | null;
  /** How often the manifest is written while uploading; 0: after every upload. */
  checkpointSeconds: number;
}

export async function applyPlan(
  plan: Plan,
  bucket: Bucket,
  dist: string,
  say: (line: string) => void,
  { previous, checkpointSeconds }: Progress,
): Promise<{ uploaded: number; failure?: string }> {
  let uploaded = 0;
  // What the bucket holds now, as a manifest: the previous deploy's files, and those this one has put since.
  const held: Manifest = {
    files: { ...previous?.files },
    ...(previous?.deleting ? { deleting: previous.deleting } : {}),
  };
  let lastCheckpoint = performance.now();
  let checkpoint: Promise<string | undefined> = Promise.resolve(undefined);
  let writing = false;
  let pending = false;
  // One write at a time, each of what the bucket holds when it starts: a later state never lands under an earlier
  // one, and uploads that finish during a write are recorded by the next.
  const writeCheckpoint = () => {
    pending = true;
    if (writing) return;
    writing = true;
    checkpoint = (async () => {
      let failure: string | undefined;
      while (pending && !failure) {
        pending = false;
        lastCheckpoint = performance.now();
        failure = await writeManifest(bucket, { ...held, files: { ...held.files } });
      }
      writing = false;
      return failure;
    })();
  };
  const upload = async (file: DistFile) => {
    await bucket.put(file.path, readFileSync(join(dist, file.path)), file);
    uploaded++;
    held.files[file.path] = plan.manifest.files[file.path]!;
    say(`uploaded ${file.path}`);
    if (performance.now() - lastCheckpoint >= checkpointSeconds * 1000) writeCheckpoint();
  };
  try {
    await inParallel(plan.first, PARALLEL, upload);
    await inParallel(plan.then, PARALLEL, upload);
  } catch (error) {
    const { item, message } = error as FailedItem<DistFile>;
    if (uploaded > 0) writeCheckpoint();
    const unrecorded = await checkpoint;
    const failure = `${join(dist, item.path)}: upload to ${bucket.where(item.path)} failed: ${message}`;
    return { uploaded, failure: unrecorded ? `${failure}; and ${unrecorded}` : failure };
  }
  // The last snapshot written before the final manifest, never after it.
  await checkpoint;

  const changed = uploaded > 0 || plan.deletions.length > 0;
  let failure = changed ? await writeManifest(bucket, plan.manifest) : undefined;
  if (failure) return { uploaded, failure };
  try {
    await inParallel(plan.deletions, PARALLEL, async (path) => {
      await bucket.remove(path);
      say(`deleted ${path}`);
    });
  } catch (error) {
    const { item, message } = error as FailedItem<string>;
    return { uploaded, failure: `${bucket.where(item)}: delete failed: ${message}; the next deploy tries again` };
  }
  // The deletions are done: the manifest no longer needs to list them.
  if (plan.deletions.length > 0) failure = await writeManifest(bucket, { files: plan.manifest.files });
  return failure ? { uploaded, failure } : { uploaded };
}

async function writeManifest(bucket: Bucket, manifest: Manifest): Promise<string | undefined> {
  try {
    await bucket.writeManifest(manifest);
    return undefined;
  } catch (error) {
    return `${bucket.where(bucket.manifestPath)}: could not be written: ${(error as Error).message}`;
  }
}
