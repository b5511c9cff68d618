/**
 * The S3 side of a deploy: a bucket, or a prefix inside one, on any
 * S3-compatible store (AWS S3, Cloudflare R2, Aliyun OSS, MinIO), reached
 * with @aws-sdk/client-s3. Credentials and region come from the usual AWS_*
 * environment variables (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY,
 * AWS_SESSION_TOKEN, AWS_REGION), or the SDK's other sources.
 *
 *   const bucket = openBucket({ bucket: "archive", prefix: "zhendang/" });
 *   await bucket.put("index.html", bytes, headers);   // → s3://archive/zhendang/index.html
 */
import {
  DeleteObjectCommand,
  GetObjectCommand,
  NoSuchKey,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import { type Manifest, parseManifest, serialiseManifest } from './plan.ts';

export interface BucketOptions {
  bucket: string;
  /** "" for the bucket's root, or a sub-path ending in "/" ("zhendang/"). */
  prefix: string;
  /** The store's URL, for anything but AWS S3 (https://<account>.r2.cloudflarestorage.com, https://s3.oss-cn-hangzhou.aliyuncs.com). */
  endpoint?: string;
  /** Address the bucket as <endpoint>/<bucket>/ (MinIO and most local stores), not as <bucket>.<endpoint>. */
  pathStyle?: boolean;
}

/** The manifest's name under the prefix: it records what the last finished deploy put there. */
export const MANIFEST_NAME = '.zhendang-deploy.json';

/** "/zhendang" → "zhendang/", "" or "/" → "". */
export function normalisePrefix(prefix: string): string {
  const trimmed = prefix.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '' : `${trimmed}/`;
}

export function openBucket(options: BucketOptions) {
  const client = new S3Client({
    ...(options.endpoint ? { endpoint: options.endpoint } : {}),
    forcePathStyle: options.pathStyle ?? false,
    // The SDK's own default; an S3-compatible store's region is often a placeholder.
    region: process.env.AWS_REGION || process.env.AWS_DEFAULT_REGION || 'us-east-1',
    // The default CRC32 checksums (SDK 3.729 on) are refused by several S3-compatible stores: only where S3 requires one.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
  const { bucket, prefix } = options;
  const keyOf = (path: string) => `${prefix}${path}`;

  return {
    /** Where a file goes, as people write it: s3://archive/zhendang/index.html. */
    where: (path: string) => `s3://${bucket}/${keyOf(path)}`,
    manifestPath: MANIFEST_NAME,

    /** The manifest the last finished deploy wrote, or null where there is none. */
    async readManifest(): Promise<Manifest | null> {
      let text: string;
      try {
        const answer = await client.send(new GetObjectCommand({ Bucket: bucket, Key: keyOf(MANIFEST_NAME) }));
        text = (await answer.Body?.transformToString('utf-8')) ?? '';
      } catch (error) {
        if (error instanceof NoSuchKey) return null;
        throw new Error(describe(error));
      }
      try {
        return parseManifest(text);
      } catch (error) {
        throw new Error(`not a deploy manifest (${(error as Error).message}); delete it to upload everything again`);
      }
    },

    async put(path: string, body: Uint8Array, headers: { contentType: string; cacheControl: string }): Promise<void> {
      const command = new PutObjectCommand({
        Bucket: bucket,
        Key: keyOf(path),
        Body: body,
        ContentType: headers.contentType,
        CacheControl: headers.cacheControl,
      });
      await client.send(command).catch((error: unknown) => {
        throw new Error(describe(error));
      });
    },

    async writeManifest(manifest: Manifest): Promise<void> {
      const body = Buffer.from(serialiseManifest(manifest));
      await this.put(MANIFEST_NAME, body, { contentType: 'application/json; charset=utf-8', cacheControl: 'no-cache' });
    },

    // One request a file: DeleteObjects needs a Content-MD5 or checksum that not every store accepts.
    async remove(path: string): Promise<void> {
      await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: keyOf(path) })).catch((error: unknown) => {
        throw new Error(describe(error));
      });
    },

    close: () => client.destroy(),
  };
}

export type Bucket = ReturnType<typeof openBucket>;

/** The store's answer in a line: "NoSuchBucket: The specified bucket does not exist (HTTP 404)". */
function describe(error: unknown): string {
  if (error instanceof S3ServiceException) {
    const status = error.$metadata.httpStatusCode;
    return `${error.name}: ${error.message}${status ? ` (HTTP ${status})` : ''}`;
  }
  const { message, code } = error as { message?: string; code?: string };
  if (code && !message?.includes(code)) return `${code}: ${message}`;
  return message || String(error);
}

/** Runs `work` on every item, `limit` at a time; stops starting new ones at the first failure, which it rethrows with its item. */
export async function inParallel<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  let failure: { item: T; error: unknown } | undefined;
  const worker = async () => {
    while (failure === undefined && next < items.length) {
      const item = items[next++]!;
      try {
        await work(item);
      } catch (error) {
        failure ??= { item, error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  if (failure) throw new FailedItem(failure.item, failure.error);
}

/** The first item `inParallel` failed on, and the failure's message. */
export class FailedItem<T> extends Error {
  readonly item: T;
  constructor(item: T, cause: unknown) {
    super((cause as Error).message ?? String(cause), { cause });
    this.item = item;
  }
}
