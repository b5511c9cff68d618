/**
 * /_headers, read by Cloudflare Pages and Netlify (src/lib/host-headers.ts):
 * each raw source's charset. A dynamic route, since Astro builds no page
 * from a file whose name starts with an underscore.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { hostHeaders } from '../lib/host-headers.ts';
import { getReports } from '../lib/reports.ts';
import { sourcePath } from '../shared/source-path.ts';

export const getStaticPaths = (() => [{ params: { headers: '_headers' } }]) satisfies GetStaticPaths;

export const GET: APIRoute = async () => {
  const sources = (await getReports()).map(({ id, data }) => ({
    path: sourcePath(id, data.source.file),
    encoding: data.source.encoding,
  }));
  return new Response(hostHeaders(sources, import.meta.env.BASE_URL), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
