/**
 * Convert one source file's bytes into an MDX document, or say plainly why not.
 *
 *   convertSource({ bytes, name: "003_f339….txt", sourceUrl }, processor)
 *   → { ok: true, record: {…}, mdx: "---\nid: …", warnings: [] }
 *   → { ok: false, error: "the file is empty", line: undefined, warnings: [] }
 */
import { createHash } from 'node:crypto';
import { VFile } from 'vfile';
import { VFileMessage } from 'vfile-message';
import type { Report } from '../../src/shared/report-schema.ts';
import { correctRecord, withRecord } from './apply-correction.ts';
import type { createProcessor } from './processor.ts';
import { listAttachments, type ResponseLookup } from './read/attachments.ts';
import type { Correction } from './read/correction-file.ts';
import { UndecodableSourceError } from './read/decode.ts';
import { readSourceText, type SourceText } from './read/read-source.ts';

export interface SourceInput {
  bytes: Uint8Array;
  /** Name recorded as `source.file` (relative to the input folder). */
  name: string;
  sourceUrl: string | null;
  /** The day the file entered the archive, if known. */
  archived?: string | null;
  /** Checksum the file had when it was archived, if known: a different one is an error. */
  expectedSha256?: string | null;
  /** SHA-256 of `bytes`, when the caller has already computed it. */
  sha256?: string;
  /** For a page of a web archive: the other responses that archive holds, by address (its attachments). */
  responses?: ResponseLookup;
  /** A person's correction of this document's record (content/corrections/<id>.yaml), applied after reading it. */
  correction?: { file: string; correction: Correction };
}

export interface Problem {
  message: string;
  /** The file the problem is in, when it is not the source (a correction file). */
  file?: string;
  line?: number;
  column?: number;
}

export type Conversion =
  | {
      ok: true;
      record: Report;
      mdx: string;
      fingerprint: string;
      warnings: Problem[];
      /** A correction that could not be applied: the document is the converter's reading alone. */
      errors?: Problem[];
    }
  | { ok: false; error: Problem; warnings: Problem[] };

export function convertSource(input: SourceInput, processor: ReturnType<typeof createProcessor>): Conversion {
  const sha256 = input.sha256 ?? createHash('sha256').update(input.bytes).digest('hex');
  if (input.expectedSha256 && input.expectedSha256 !== sha256) {
    const message = `its SHA-256 is ${sha256}, but SHA256SUMS says ${input.expectedSha256}: the file changed after it was archived`;
    return { ok: false, error: { message }, warnings: [] };
  }
  let decoded: SourceText;
  try {
    decoded = readSourceText(input.bytes, input.name);
  } catch (error) {
    if (error instanceof UndecodableSourceError) {
      return { ok: false, error: { message: `cannot read as text: ${error.reason}` }, warnings: [] };
    }
    throw error;
  }

  const file = new VFile({ path: input.name, value: decoded.text });
  file.data.source = {
    file: input.name,
    sha256,
    encoding: decoded.encoding,
    bytes: input.bytes.length,
    ...(decoded.payloadDigest ? { payloadDigest: decoded.payloadDigest } : {}),
  };
  // The manifest is the archivist's word; a capture comment in the page is the tool's.
  file.data.sourceUrl = input.sourceUrl ?? decoded.sourceUrl;
  file.data.archived = input.archived ?? null;
  file.data.captured = decoded.captured;
  file.data.headline = decoded.headline;
  file.data.pageTables = decoded.tables ?? [];
  if (decoded.links) {
    const { links, base } = decoded.links;
    file.data.attachments = listAttachments(links, file.data.sourceUrl, base, input.responses);
  }
  try {
    const tree = processor.runSync(processor.parse(file), file);
    const converted = {
      ok: true as const,
      record: file.data.record!,
      mdx: processor.stringify(tree, file),
      fingerprint: file.data.fingerprint!,
      warnings: file.messages.map(toProblem),
    };
    return input.correction ? applyCorrection(converted, input.correction) : converted;
  } catch (error) {
    if (error instanceof VFileMessage) {
      const warnings = file.messages.filter((message) => message !== error).map(toProblem);
      return { ok: false, error: toProblem(error), warnings };
    }
    throw error;
  }
}

function applyCorrection(
  converted: Extract<Conversion, { ok: true }>,
  { file, correction }: NonNullable<SourceInput['correction']>,
): Conversion {
  const corrected = correctRecord(converted.record, correction);
  const warnings = [...converted.warnings, ...corrected.warnings.map((warning) => ({ ...warning, file }))];
  if (!corrected.ok) return { ...converted, warnings, errors: [{ ...corrected.error, file }] };
  const { record } = corrected;
  return { ...converted, record, mdx: withRecord(converted.mdx, record), warnings };
}

function toProblem(message: VFileMessage): Problem {
  return {
    message: message.reason,
    ...(message.line ? { line: message.line } : {}),
    ...(message.column ? { column: message.column } : {}),
  };
}
