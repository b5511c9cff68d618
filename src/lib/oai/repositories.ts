/**
 * The archive's OAI-PMH static repositories, as the pages publish them:
 * /oai.xml alone while the archive holds at most 5,000 records; above that,
 * one file per place under /oai/ (src/lib/oai/partition.ts) and /oai.xml a
 * small index of them (docs/oai-pmh.md).
 */
import { join } from 'node:path';
import { x } from 'xastscript';
import { creditsOf } from '../../shared/credits.ts';
import type { Report } from '../../shared/report-schema.ts';
import { buildMemo, libraryVersion, memoVersion } from '../build-memo.ts';
import { sortCatalog } from '../catalog.ts';
import { getReports, reportUrl, url } from '../reports.ts';
import { astroCacheDir, oaiSettings } from '../site-config.ts';
import { SITE_OWNERS } from '../site-owners.ts';
import { xmlDocument } from '../xml-document.ts';
import { partitionRecords } from './partition.ts';
import { earliestDatestamp, gatewayBaseUrl, staticRepositoryXml } from './static-repository.ts';

export const REPOSITORY_NAME = '镇档 Zhendang';

export interface PublishedRepository {
  /** Path relative to the base: "oai.xml", or "oai/浙江省.xml" when split. */
  path: string;
  key: string[];
  records: Report[];
}

export async function publishedRepositories(): Promise<{ split: boolean; repositories: PublishedRepository[] }> {
  const records = sortCatalog((await getReports()).map((report) => report.data));
  const limit = oaiSettings().recordsPerFile;
  if (records.length <= limit) return { split: false, repositories: [{ path: 'oai.xml', key: [], records }] };
  const repositories = partitionRecords(records, limit).map(({ key, records }) => ({
    path: `oai/${key.join('/')}.xml`,
    key,
    records,
  }));
  return { split: true, repositories };
}

/**
 * What a kept record's XML depends on besides what it is made of: the code that serialises it (these files and
 * xast-util-to-xml's version). A static repository is every record of its place again: at 100,000 documents an
 * update wrote 65 files, 17 s of its build, serialising records none of which had changed but the new.
 */
const SERIALISING = memoVersion(
  import.meta.glob<string>(['./static-repository.ts', '../xml-document.ts'], {
    query: '?raw',
    import: 'default',
    eager: true,
  }),
  libraryVersion('xast-util-to-xml'),
);
// One file for every build, as the citations' (cite-strings.ts).
const kept = buildMemo<string>(join(astroCacheDir(null), 'oai-records.ndjson'), SERIALISING);

export function repositoryXml(repository: PublishedRepository, site: URL | undefined): string {
  return staticRepositoryXml({
    keep: kept,
    records: repository.records,
    fileUrl: publicUrl(repository.path, site),
    settings: oaiSettings(),
    documentUrl: (id) => new URL(reportUrl(id), site).href,
    credits: (record) => creditsOf(record, SITE_OWNERS),
    earliest: earliestDatestamp(repository.records),
    name: repository.key.length > 0 ? `${REPOSITORY_NAME} · ${repository.key.join(' ')}` : REPOSITORY_NAME,
  });
}

/** The index /oai.xml becomes once the archive is split: each static repository, its records and its gateway address. */
export function repositoryIndexXml(repositories: PublishedRepository[], site: URL | undefined): string {
  const gateway = oaiSettings().gateway;
  const total = repositories.reduce((sum, repository) => sum + repository.records.length, 0);
  const index = x(
    'staticRepositories',
    { records: total },
    repositories.map((repository) => {
      const fileUrl = publicUrl(repository.path, site);
      return x('repository', {
        place: repository.key.join(' '),
        records: repository.records.length,
        href: fileUrl,
        baseURL: gatewayBaseUrl(gateway, fileUrl),
      });
    }),
  );
  return xmlDocument(index, {
    comment: ` ${REPOSITORY_NAME}: ${total} records, more than one static repository file holds (${oaiSettings().recordsPerFile}), so one static repository per place. `,
  });
}

function publicUrl(path: string, site: URL | undefined): string {
  return new URL(url(path.split('/').map(encodeURIComponent).join('/')), site).href;
}
