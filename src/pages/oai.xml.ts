/**
 * /oai.xml: the archive as an OAI-PMH static repository of Dublin Core
 * records, or, above 5,000 records, the index of the static repositories it
 * is split into (src/lib/oai/repositories.ts, docs/oai-pmh.md).
 */
import type { APIRoute } from 'astro';
import { publishedRepositories, repositoryIndexXml, repositoryXml } from '../lib/oai/repositories.ts';

export const GET: APIRoute = async ({ site }) => {
  const { split, repositories } = await publishedRepositories();
  const xml = split ? repositoryIndexXml(repositories, site) : repositoryXml(repositories[0]!, site);
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
