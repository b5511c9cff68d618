/**
 * /oai.xml: an OAI-PMH Static Repository (OAI static repository guidelines,
 * 2.0) with a Dublin Core record per document, for harvesters that read
 * static repositories directly or through a gateway.
 */
import type { APIRoute } from 'astro';
import { dublinCore, escapeXml, sortCatalog } from '../lib/catalog.ts';
import { getReports, reportUrl, url } from '../lib/reports.ts';

export const GET: APIRoute = async ({ site }) => {
  const records = sortCatalog((await getReports()).map((report) => report.data));
  const host = site?.hostname ?? 'localhost';
  const earliest =
    records
      .map((record) => record.date)
      .filter((date): date is string => date !== null)
      .sort()[0] ?? '1970-01-01';
  const items = records.map((record) => {
    const address = new URL(reportUrl(record.id), site).href;
    const elements = dublinCore(record, address)
      .map(([name, value]) => `          <dc:${name}>${escapeXml(value)}</dc:${name}>`)
      .join('\n');
    return `    <oai:record>
      <oai:header>
        <oai:identifier>oai:${escapeXml(host)}:${record.id}</oai:identifier>
        <oai:datestamp>${record.date ?? earliest}</oai:datestamp>
      </oai:header>
      <oai:metadata>
        <oai_dc:dc xmlns:oai_dc="http://www.openarchives.org/OAI/2.0/oai_dc/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.openarchives.org/OAI/2.0/oai_dc/ http://www.openarchives.org/OAI/2.0/oai_dc.xsd">
${elements}
        </oai_dc:dc>
      </oai:metadata>
    </oai:record>`;
  });
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<Repository xmlns="http://www.openarchives.org/OAI/2.0/static-repository" xmlns:oai="http://www.openarchives.org/OAI/2.0/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.openarchives.org/OAI/2.0/static-repository http://www.openarchives.org/OAI/2.0/static-repository.xsd">
  <Identify>
    <oai:repositoryName>镇档 Zhendang</oai:repositoryName>
    <oai:baseURL>${escapeXml(new URL(url('oai.xml'), site).href)}</oai:baseURL>
    <oai:protocolVersion>2.0</oai:protocolVersion>
    <oai:adminEmail>archive@${escapeXml(host)}</oai:adminEmail>
    <oai:earliestDatestamp>${earliest}</oai:earliestDatestamp>
    <oai:deletedRecord>no</oai:deletedRecord>
    <oai:granularity>YYYY-MM-DD</oai:granularity>
  </Identify>
  <ListMetadataFormats>
    <oai:metadataFormat>
      <oai:metadataPrefix>oai_dc</oai:metadataPrefix>
      <oai:schema>http://www.openarchives.org/OAI/2.0/oai_dc.xsd</oai:schema>
      <oai:metadataNamespace>http://www.openarchives.org/OAI/2.0/oai_dc/</oai:metadataNamespace>
    </oai:metadataFormat>
  </ListMetadataFormats>
  <ListRecords metadataPrefix="oai_dc">
${items.join('\n')}
  </ListRecords>
</Repository>
`;
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
