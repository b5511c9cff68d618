/**
 * The copies of a page's attachments kept from its web archive, at
 * /sources/<id>/attachments/<name>: the payload of the response the record
 * names, byte for byte. The build fails if the record is missing or the
 * payload's bytes no longer match the SHA-256 the document records. Keyed as
 * the raw sources are (page-keys.ts).
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { archivedFileKey } from '../../../../lib/page-keys.ts';
import { getReports } from '../../../../lib/reports.ts';
import { readArchivedBytes } from '../../../../lib/warc-container.ts';
import { readWarcRecord } from '../../../../lib/warc-record.ts';

export const getStaticPaths = (async () => {
  const seeds = join(process.cwd(), 'seeds');
  return (await getReports()).flatMap((report) =>
    (report.data.attachments ?? []).flatMap(({ kept }) =>
      kept
        ? [
            {
              params: { id: report.id, name: kept.name },
              props: { kept },
              cacheKey: archivedFileKey(seeds, kept.record, kept.sha256),
            },
          ]
        : [],
    ),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { record, sha256 } = props.kept as { record: string; sha256: string };
  const seeds = join(process.cwd(), 'seeds');
  const payload = Buffer.from(readWarcRecord(readArchivedBytes(seeds, record)).payload);
  const actual = createHash('sha256').update(payload).digest('hex');
  if (actual !== sha256) {
    throw new Error(`${join(seeds, record)}: the payload's SHA-256 is ${actual}, but the document records ${sha256}`);
  }
  return new Response(payload);
};
