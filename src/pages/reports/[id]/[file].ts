/** Citation downloads beside each document: /reports/<id>/citation.bib, .ris and .json. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { citableOf } from '../../../lib/citable.ts';
import { getReports } from '../../../lib/reports.ts';
import { CITATION_FORMATS } from '../../../shared/citations.ts';

const TYPES: Record<string, string> = {
  'citation.bib': 'application/x-bibtex; charset=utf-8',
  'citation.ris': 'application/x-research-info-systems; charset=utf-8',
  'citation.json': 'application/vnd.citationstyles.csl+json; charset=utf-8',
};

export const getStaticPaths = (async () => {
  const reports = await getReports();
  return reports.flatMap((report) =>
    CITATION_FORMATS.filter((format) => 'file' in format).map((format) => ({
      params: { id: report.id, file: (format as { file: string }).file },
      props: { report, format: format.format },
    })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, params, site }) => {
  const { report, format } = props as {
    report: Parameters<typeof citableOf>[0];
    format: (item: ReturnType<typeof citableOf>) => string;
  };
  return new Response(format(citableOf(report, site)), { headers: { 'Content-Type': TYPES[params.file!]! } });
};
