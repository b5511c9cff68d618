/** Citation downloads beside each document: /reports/<id>/citation.bib, .ris and .json. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { citableOf } from '../../../lib/citable.ts';
import { getReports } from '../../../lib/reports.ts';
import { CITATION_FORMATS } from '../../../shared/citations.ts';

export const getStaticPaths = (async () => {
  const reports = await getReports();
  return reports.flatMap((report) =>
    CITATION_FORMATS.flatMap((format) =>
      'file' in format
        ? [
            {
              params: { id: report.id, file: format.file },
              props: { report, format: format.format, type: format.type },
            },
          ]
        : [],
    ),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  const { report, format, type } = props as {
    report: Parameters<typeof citableOf>[0];
    format: (item: ReturnType<typeof citableOf>) => string;
    type: string;
  };
  // The same type the deploy stores the file with (scripts/deploy/content-types.ts).
  return new Response(format(citableOf(report, site)), { headers: { 'Content-Type': type } });
};
