/**
 * Carries out a deploy's plan in the order that keeps the published site
 * whole while it changes: new and changed files, then the HTML and pointer
 * files that name them, then the manifest; deletions last (the manifest lists
 * them as `deleting` until they are done, so that an interrupted deploy's
 * next run finishes them). The first failure stops it, and is given back as
 * a line naming the file:
 *
 *   await applyPlan(plan, bucket, "dist", console.log)
 *   → { uploaded: 3 } or { uploaded: 1, failure: "dist/index.html: upload to s3://site/index.html failed: …" }
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Bucket, type FailedItem, inParallel } from './bucket.ts';
import type { DistFile, Manifest, Plan } from './plan.ts';

/** Requests at once: enough to hide a store's latency, few enough for a small machine and a rate-limited store. */
const PARALLEL = 8;

export async function applyPlan(
  plan: Plan,
  bucket: Bucket,
  dist: string,
  say: (line: string) => void,
): Promise<{ uploaded: number; failure?: string }> {
  let uploaded = 0;
  const upload = async (file: DistFile) => {
    await bucket.put(file.path, readFileSync(join(dist, file.path)), file);
    uploaded++;
    say(`uploaded ${file.path}`);
  };
  try {
    await inParallel(plan.first, PARALLEL, upload);
    await inParallel(plan.then, PARALLEL, upload);
  } catch (error) {
    const { item, message } = error as FailedItem<DistFile>;
    return { uploaded, failure: `${join(dist, item.path)}: upload to ${bucket.where(item.path)} failed: ${message}` };
  }

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
