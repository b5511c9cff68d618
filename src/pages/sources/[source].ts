/**
 * The raw source of each document, byte for byte as archived in seeds/, at
 * /sources/<id>.txt (a saved HTML page at /sources/<id>.html.txt, see
 * src/shared/source-path.ts). The build fails if the file is missing or its bytes no
 * longer match the checksum the document records. Its key (page-keys.ts) lets a
 * build keep the file it wrote while the archived file is untouched.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { archivedFileKey } from '../../lib/page-keys.ts';
import { getReports } from '../../lib/reports.ts';
import { readArchivedBytes } from '../../lib/warc-container.ts';
import { sourceFileName } from '../../shared/source-path.ts';

export const getStaticPaths = (async () => {
  const seeds = join(process.cwd(), 'seeds');
  return (await getReports()).map((report) => ({
    params: { source: sourceFileName(report.id, report.data.source.file) },
    props: { source: report.data.source },
    cacheKey: archivedFileKey(seeds, report.data.source.file, report.data.source.sha256),
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { file, sha256 } = props.source as { file: string; sha256: string };
  // A page archived from a web archive is its record, taken out of the archive byte for byte.
  const path = join(process.cwd(), 'seeds', file);
  const bytes = Buffer.from(readArchivedBytes(join(process.cwd(), 'seeds'), file));
  const actual = createHash('sha256').update(bytes).digest('hex');
  if (actual !== sha256) throw new Error(`${path}: SHA-256 is ${actual}, but the document records ${sha256}`);
  return new Response(bytes);
};
