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

// Children go in an array where there are no attributes: xastscript takes any object in second place for attributes.
import type { Raw } from 'xast-util-to-xml';
import { x } from 'xastscript';
import type { Credits } from '../../shared/credits.ts';
import type { Report } from '../../shared/report-schema.ts';
import { dublinCore } from '../catalog.ts';
import type { OaiSettings } from '../site-config.ts';
import { serialisedElement, xmlDocument } from '../xml-document.ts';

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
  /** A memo of each record's XML from what it is made of (build-memo.ts): the site keeps them from one build to the next. */
  keep?: (input: unknown, make: () => string) => string;
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

const OAI_DC = 'http://www.openarchives.org/OAI/2.0/oai_dc/';
const XSI = 'http://www.w3.org/2001/XMLSchema-instance';

export function staticRepositoryXml(input: StaticRepositoryInput): string {
  const { settings, earliest } = input;
  const keep = input.keep ?? ((_, make) => make());
  const records = input.records.map((record): Raw => {
    const identifier = identifierOf(settings, record.id);
    const datestamp = datestampOf(record, earliest);
    const elements = dublinCore(record, input.documentUrl(record.id), input.credits(record));
    // Everything the record's XML is made of: a record unchanged since the last build is not serialised again.
    const value = keep({ identifier, datestamp, elements }, () => {
      const element = x('oai:record', [
        x('oai:header', [x('oai:identifier', identifier), x('oai:datestamp', datestamp)]),
        x('oai:metadata', [
          x(
            'oai_dc:dc',
            {
              'xmlns:oai_dc': OAI_DC,
              'xmlns:dc': 'http://purl.org/dc/elements/1.1/',
              'xmlns:xsi': XSI,
              'xsi:schemaLocation': `${OAI_DC} http://www.openarchives.org/OAI/2.0/oai_dc.xsd`,
            },
            elements.map(([name, value]) => x(`dc:${name}`, value)),
          ),
        ]),
      ]);
      // Repository › ListRecords › record.
      return serialisedElement(element, 2).value;
    });
    return { type: 'raw', value };
  });
  const repository = x(
    'Repository',
    {
      xmlns: 'http://www.openarchives.org/OAI/2.0/static-repository',
      'xmlns:oai': 'http://www.openarchives.org/OAI/2.0/',
      'xmlns:xsi': XSI,
      'xsi:schemaLocation':
        'http://www.openarchives.org/OAI/2.0/static-repository http://www.openarchives.org/OAI/2.0/static-repository.xsd',
    },
    x('Identify', [
      x('oai:repositoryName', input.name),
      x('oai:baseURL', gatewayBaseUrl(settings.gateway, input.fileUrl)),
      x('oai:protocolVersion', '2.0'),
      x('oai:adminEmail', settings.adminEmail),
      x('oai:earliestDatestamp', earliest),
      x('oai:deletedRecord', 'no'),
      x('oai:granularity', 'YYYY-MM-DD'),
      x('oai:description', [oaiIdentifier(settings, input.records[0]?.id ?? '000000000000')]),
    ]),
    x('ListMetadataFormats', [
      x('oai:metadataFormat', [
        x('oai:metadataPrefix', 'oai_dc'),
        x('oai:schema', 'http://www.openarchives.org/OAI/2.0/oai_dc.xsd'),
        x('oai:metadataNamespace', OAI_DC),
      ]),
    ]),
    x('ListRecords', { metadataPrefix: 'oai_dc' }, records),
  );
  return xmlDocument(repository);
}

/** The oai-identifier description of Identify: the scheme, the repository's identifier and a sample. */
function oaiIdentifier(settings: OaiSettings, sampleId: string) {
  return x(
    'oai-identifier',
    {
      xmlns: 'http://www.openarchives.org/OAI/2.0/oai-identifier',
      'xmlns:xsi': XSI,
      'xsi:schemaLocation':
        'http://www.openarchives.org/OAI/2.0/oai-identifier http://www.openarchives.org/OAI/2.0/oai-identifier.xsd',
    },
    x('scheme', 'oai'),
    x('repositoryIdentifier', settings.repositoryIdentifier),
    x('delimiter', ':'),
    x('sampleIdentifier', identifierOf(settings, sampleId)),
  );
}
