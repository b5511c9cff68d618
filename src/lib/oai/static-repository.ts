/**
 * One OAI-PMH static repository (OAI static repository specification,
 * 2004-04-23): Identify, ListMetadataFormats and ListRecords of Dublin Core
 * records, in one file that a static repository gateway serves to
 * harvesters.
 *
 * - A record's datestamp is the day it entered the archive (`archived`), so
 *   a harvester asking `from=` the day of its last visit gets what is new,
 *   not what was published since.
 * - The baseURL is the gateway's: its base URL followed by the file's
 *   address without the scheme (http://gateway.example/oai/ +
 *   archive.example.org/oai.xml), as the specification asks.
 */

import type { Credits } from '../../shared/credits.ts';
import type { Report } from '../../shared/report-schema.ts';
import { dublinCore, escapeXml } from '../catalog.ts';
import type { OaiSettings } from '../site-config.ts';

export interface StaticRepositoryInput {
  records: Report[];
  /** The file's own public address. */
  fileUrl: string;
  settings: OaiSettings;
  /** A document's public address. */
  documentUrl: (id: string) => string;
  credits: (record: Report) => Pick<Credits, 'creator' | 'publisher'>;
  /** The datestamp of a record whose archiving day is not known: the archive's earliest. */
  earliest: string;
  /** The repository's name, with the part of the archive it holds. */
  name: string;
}

/** The gateway's address of a static repository file: the gateway's base URL, then the file's address without its scheme. */
export function gatewayBaseUrl(gateway: string, fileUrl: string): string {
  return `${gateway.replace(/\/?$/, '/')}${fileUrl.replace(/^https?:\/\//, '')}`;
}

/** oai:<repository identifier>:<document id>, the oai-identifier scheme. */
export function identifierOf(settings: OaiSettings, id: string): string {
  return `oai:${settings.repositoryIdentifier}:${id}`;
}

export function datestampOf(record: Report, earliest: string): string {
  return record.archived ?? earliest;
}

/** The earliest day a record entered the archive; 1970-01-01 when no record says. */
export function earliestDatestamp(records: Report[]): string {
  return (
    records
      .map((record) => record.archived)
      .filter((date): date is string => date !== null)
      .sort()[0] ?? '1970-01-01'
  );
}

export function staticRepositoryXml(input: StaticRepositoryInput): string {
  const { settings, earliest } = input;
  const items = input.records.map((record) => {
    const elements = dublinCore(record, input.documentUrl(record.id), input.credits(record))
      .map(([name, value]) => `          <dc:${name}>${escapeXml(value)}</dc:${name}>`)
      .join('\n');
    return `    <oai:record>
      <oai:header>
        <oai:identifier>${escapeXml(identifierOf(settings, record.id))}</oai:identifier>
        <oai:datestamp>${datestampOf(record, earliest)}</oai:datestamp>
      </oai:header>
      <oai:metadata>
        <oai_dc:dc xmlns:oai_dc="http://www.openarchives.org/OAI/2.0/oai_dc/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.openarchives.org/OAI/2.0/oai_dc/ http://www.openarchives.org/OAI/2.0/oai_dc.xsd">
${elements}
        </oai_dc:dc>
      </oai:metadata>
    </oai:record>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<Repository xmlns="http://www.openarchives.org/OAI/2.0/static-repository" xmlns:oai="http://www.openarchives.org/OAI/2.0/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.openarchives.org/OAI/2.0/static-repository http://www.openarchives.org/OAI/2.0/static-repository.xsd">
  <Identify>
    <oai:repositoryName>${escapeXml(input.name)}</oai:repositoryName>
    <oai:baseURL>${escapeXml(gatewayBaseUrl(settings.gateway, input.fileUrl))}</oai:baseURL>
    <oai:protocolVersion>2.0</oai:protocolVersion>
    <oai:adminEmail>${escapeXml(settings.adminEmail)}</oai:adminEmail>
    <oai:earliestDatestamp>${earliest}</oai:earliestDatestamp>
    <oai:deletedRecord>no</oai:deletedRecord>
    <oai:granularity>YYYY-MM-DD</oai:granularity>
    <oai:description>
      <oai-identifier xmlns="http://www.openarchives.org/OAI/2.0/oai-identifier" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.openarchives.org/OAI/2.0/oai-identifier http://www.openarchives.org/OAI/2.0/oai-identifier.xsd">
        <scheme>oai</scheme>
        <repositoryIdentifier>${escapeXml(settings.repositoryIdentifier)}</repositoryIdentifier>
        <delimiter>:</delimiter>
        <sampleIdentifier>${escapeXml(identifierOf(settings, input.records[0]?.id ?? '000000000000'))}</sampleIdentifier>
      </oai-identifier>
    </oai:description>
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
}
