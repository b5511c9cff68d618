/**
 * `npm run convert -- [files or folders…] [--out DIR] [--check]`
 *
 * Converts raw source pages (default: seeds/) into one MDX document each
 * (default: content/reports/<id>.mdx). A file that cannot be converted is
 * reported with its name and the reason; the others are still converted,
 * and the exit status is 1.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { isWarcContainer } from '../src/lib/warc-container.ts';
import { ConversionPool, IN_THREAD_FIRST } from './converter/convert-pool.ts';
import { createProgress, formatProblem } from './converter/convert-progress.ts';
import { convertSource } from './converter/convert-source.ts';
import { Gazetteer } from './converter/helpers/gazetteer.ts';
import { createProcessor } from './converter/processor.ts';
import { collectInputs } from './converter/read/inputs.ts';
import { type ExpansionNotes, streamInputs } from './converter/read/warc-inputs.ts';
import { readArchivedSources } from './store/archived-sources.ts';
import {
  ConversionCache,
  type Converter,
  converterVersion,
  convertOrRecall,
  type Outcome,
} from './store/conversion-cache.ts';
import { carryCorrections, readCorrections, unknownDocuments } from './store/corrections.ts';
import { settleVersions, type WrittenCapture, withPreviousVersion } from './store/page-versions.ts';
import { AtomicWriter, removeLeftoverTemporaries, writeFileAtomic } from './store/write-atomic.ts';

const USAGE = `Usage: npm run convert -- [files or folders…] [--out DIR] [--check]

Converts raw source pages into MDX documents, one per source.

  files or folders   what to convert (default: seeds/); folders are read for .txt, .html/.htm
                     and web archives (.warc, .warc.gz, .wacz: each HTML page in them)
  --out DIR          where to write the documents (default: content/reports)
  --corrections DIR  people's corrections of the records, <document id>.yaml each
                     (default: the folder "corrections" beside --out, so content/corrections)
  --check            convert and validate everything, but write nothing
  --jobs N           convert N sources at a time, each on a thread of its own
                     (default: one a core, once more than 500 need converting)
  --quiet            print only problems and the summary
  --help             show this help`;

async function main(): Promise<number> {
  let options: ReturnType<typeof parseOptions>;
  try {
    options = parseOptions();
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = options;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }

  const started = performance.now();
  let inputs: ReturnType<typeof collectInputs>;
  let gazetteer: Gazetteer;
  try {
    inputs = collectInputs(positionals.length > 0 ? positionals : ['seeds']);
    gazetteer = Gazetteer.load();
  } catch (error) {
    console.error(`error: ${(error as Error).message}`);
    return 2;
  }
  const processor = createProcessor(gazetteer);
  if (!values.check) {
    mkdirSync(values.out, { recursive: true });
    const leftovers = removeLeftoverTemporaries(values.out);
    if (leftovers > 0) console.error(`removed ${leftovers} unfinished files left by an interrupted run`);
  }

  const archived = readArchivedSources(values.out);
  const corrections = readCorrections(values.corrections ?? join(dirname(values.out), 'corrections'));
  // --check validates everything afresh; a run that writes skips what has not changed.
  const cache = values.check ? undefined : new ConversionCache(values.out, converterVersion());
  const counts = { converted: 0, written: 0, unchanged: 0, recalled: 0, duplicates: 0, warnings: 0, errors: 0 };
  // A duplicate is the same bytes, or the same text (whitespace aside) in another encoding or layout.
  const seen = new Map<string, string>();
  const seenText = new Map<string, string>();
  const captures: WrittenCapture[] = [];
  const written = new Set<string>();
  const writer = new AtomicWriter();
  // Web archives are read as their pages are converted, so how many pages they hold is known at the end.
  const notes: ExpansionNotes = { reports: [], errors: [] };
  const archives = inputs.files.some((input) => isWarcContainer(input.name));
  const progress = createProgress(archives ? undefined : inputs.files.length, values.quiet);
  let total = 0;
  const reportErrors = (problems: { message: string; file?: string; line?: number }[]) => {
    for (const problem of problems) progress.report(formatProblem('', 'error', problem));
    counts.errors += problems.length;
  };
  reportErrors(corrections.problems);
  const reportArchiveErrors = () => {
    for (const { path, message } of notes.errors.splice(0)) {
      progress.report(`${relative(process.cwd(), path) || path}: error: ${message}`);
      counts.errors++;
    }
  };

  const jobs = options.jobs ?? availableParallelism();
  // --jobs asks for the workers from the first source; by default they start only once there is enough to convert.
  const inThreadFirst = options.jobs === undefined ? IN_THREAD_FIRST : 0;
  let pool: ConversionPool | undefined;
  let conversions = 0;
  const convert: Converter = (input) => {
    conversions++;
    // A web archive's page looks up the archive's other responses, which stay in this thread: it is converted here.
    if (jobs === 1 || conversions <= inThreadFirst || input.responses) return convertSource(input, processor);
    pool ??= new ConversionPool(jobs);
    return pool.convert(input);
  };
  // Conversions run ahead on the workers; their outcomes are taken in the sources' order.
  const ahead: { shown: string; name: string; outcome: Promise<Outcome> }[] = [];
  const take = async () => {
    const { shown, name, outcome } = ahead.shift()!;
    const result = await outcome;
    for (const warning of result.warnings) progress.report(formatProblem(shown, 'warning', warning));
    counts.warnings += result.warnings.length;
    if (result.ok) reportErrors(result.errors);

    const before = archived.get(name);
    if (result.ok && before && before.id !== result.id) {
      counts.errors++;
      progress.report(
        formatProblem(shown, 'error', {
          message:
            `its bytes differ from the file archived under this name as document ${before.id} ` +
            `(SHA-256 ${before.sha256.slice(0, 12)}…); sources are kept as captured, so give a new capture a new file name`,
        }),
      );
    } else if (!result.ok) {
      counts.errors++;
      progress.report(formatProblem(shown, 'error', result.error));
    } else if (seen.has(result.id) || seenText.has(result.fingerprint)) {
      counts.duplicates++;
      counts.warnings++;
      const same = seen.has(result.id)
        ? `same bytes as ${seen.get(result.id)}`
        : `same text as ${seenText.get(result.fingerprint)}`;
      progress.report(formatProblem(shown, 'warning', { message: `${same}; published once, under that file` }));
    } else {
      seen.set(result.id, shown);
      seenText.set(result.fingerprint, shown);
      counts.converted++;
      if (result.mdx === null) counts.recalled++;
      // Name the predecessor the document named last time: settled against all captures after the loop.
      const names = before?.previousVersion ?? null;
      captures.push({ ...result.capture, id: result.id, name, names });
      if (!values.check) {
        const mdx = result.mdx === null || names === null ? result.mdx : withPreviousVersion(result.mdx, names);
        if (mdx !== null && names !== null) cache?.rewritten(name, mdx);
        const changed = mdx !== null && (await writer.write(join(values.out, `${result.id}.mdx`), mdx));
        if (changed) written.add(name);
        counts[changed ? 'written' : 'unchanged']++;
      }
    }
    taken++;
    progress.tick(taken, shown);
  };
  let taken = 0;

  try {
    for await (const input of streamInputs(inputs.files, notes)) {
      reportArchiveErrors();
      total++;
      const where = input.name.includes('#') ? input.name.slice(input.name.indexOf('#')) : '';
      const shown = (relative(process.cwd(), input.path) || input.path) + where;
      // A source file untouched since the last run is not read again unless it must be converted again.
      let bytes = input.bytes;
      const readBytes = () => {
        bytes ??= readFileSync(input.path);
        return bytes;
      };
      const sha256 =
        input.bytes || !cache
          ? createHash('sha256').update(readBytes()).digest('hex')
          : cache.sourceSha256(input.path, (read) => {
              bytes = read;
            });
      // A document's id is the first 12 hex digits of its source's SHA-256: so is its correction's name.
      const correction = corrections.byId.get(sha256.slice(0, 12));
      const outcome = convertOrRecall(
        {
          ...input,
          bytes: readBytes,
          sha256,
          ...(correction?.correction
            ? { correction: { file: correction.file, correction: correction.correction } }
            : {}),
          correctionKey: correction?.sha256 ?? '',
        },
        convert,
        cache,
      );
      ahead.push({ shown, name: input.name, outcome });
      // A few sources a worker waiting: enough to keep each busy, few enough to hold little in memory.
      if (ahead.length >= jobs * 4) await take();
    }
    while (ahead.length > 0) await take();
  } finally {
    await pool?.close();
  }
  reportArchiveErrors();
  await writer.flush();
  progress.done();
  if (!values.check) {
    const rewritten = settleVersions(captures, values.out, (path, mdx, name) => {
      if (writeFileAtomic(path, mdx)) cache?.rewritten(name, mdx);
    });
    const carried = carryCorrections(captures, corrections, values.out, (path, mdx, name) => {
      if (writeFileAtomic(path, mdx)) cache?.rewritten(name, mdx);
    });
    reportErrors(carried.problems);
    const newlyWritten = [...new Set([...rewritten, ...carried.rewritten])].filter((name) => !written.has(name)).length;
    counts.written += newlyWritten;
    counts.unchanged -= newlyWritten;
  }
  const converted = new Set(captures.map((capture) => capture.id));
  const onFile = new Set([...archived.values()].map((document) => document.id));
  reportErrors(unknownDocuments(corrections, (id) => converted.has(id) || onFile.has(id)));
  cache?.save();

  for (const report of notes.reports) if (!values.quiet) console.log(report);
  for (const skipped of inputs.skipped) {
    if (!values.quiet) console.log(`skipped ${relative(process.cwd(), skipped.path)}: ${skipped.reason}`);
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  const writing = values.check
    ? 'checked only, nothing written'
    : `${counts.written} written, ${counts.unchanged} unchanged, in ${values.out}; ${counts.recalled} recalled from the last run`;
  console.log(
    `${counts.converted} of ${total} documents converted (${writing}); ` +
      `${counts.duplicates} duplicates, ${counts.warnings} warnings, ${counts.errors} errors; ${seconds} s` +
      (pool ? ` on ${jobs} worker threads` : ''),
  );
  return counts.errors > 0 ? 1 : 0;
}

function parseOptions() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      out: { type: 'string', default: 'content/reports' },
      corrections: { type: 'string' },
      check: { type: 'boolean', default: false },
      jobs: { type: 'string' },
      quiet: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.jobs !== undefined && !/^[1-9]\d*$/.test(values.jobs))
    throw new Error(`--jobs takes a whole number above 0, such as 2 (got "${values.jobs}")`);
  return { values, positionals, jobs: values.jobs === undefined ? undefined : Number(values.jobs) };
}

process.exitCode = await main();
