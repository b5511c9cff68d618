/** /oai/<place>.xml: one static repository of a split archive (above 5,000 records; src/lib/oai/partition.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { type PublishedRepository, publishedRepositories, repositoryXml } from '../../lib/oai/repositories.ts';

export const getStaticPaths = (async () => {
  const { split, repositories } = await publishedRepositories();
  if (!split) return [];
  return repositories.map((repository) => ({ params: { part: repository.key.join('/') }, props: { repository } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ repository: PublishedRepository }> = ({ props, site }) =>
  new Response(repositoryXml(props.repository, site), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
