/**
 * Validators the project did not write, each wrapped to give the list of
 * problems it finds in a file (empty: valid). Installed by .ci/run: the Nu
 * HTML Checker (npm vnu-jar, on Debian's Java), xmllint (libxml2-utils),
 * jing, biber and python3-feedparser from Debian, ajv and citeproc from npm.
 * The schemas they check against are in test/validators, the CSL styles
 * and locales in src/data/csl, where the site's build cites with them (each
 * folder's README.md names each file's source and licence).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import CSL from 'citeproc';
import { inChinese } from '../../src/lib/csl-in-chinese.ts';
import { projectRoot } from './run.ts';

const SCHEMAS = join(projectRoot, 'test', 'validators');
const VNU_JAR = join(createRequire(import.meta.url).resolve('vnu-jar/package.json'), '..', 'build', 'dist', 'vnu.jar');

function tool(command: string, args: string[]) {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, cwd: tmpdir() });
  if (result.error) throw new Error(`${command} could not run (${result.error.message}): .ci/run installs it`);
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** The Nu HTML Checker's errors in each file, as "file: message". Several files share one Java start-up. */
export function htmlProblems(files: string[]): string[] {
  // A run of seconds: Java's first-tier compiler alone (C1) starts sooner and takes half the CPU of the default
  // (C1, then C2), but its frames are larger, and the checker's schema needs a deep stack.
  const java = ['-Xss8m', '-XX:TieredStopAtLevel=1', '-jar', VNU_JAR];
  const { output } = tool('java', [...java, '--errors-only', '--format', 'json', ...files]);
  const { messages } = JSON.parse(output) as { messages: { type: string; url?: string; message: string }[] };
  return messages.filter(({ type }) => type === 'error').map(({ url, message }) => `${url}: ${message}`);
}

/** xmllint against an XML Schema: the schema's complaints, or none. */
export function xmlSchemaProblems(schema: string, file: string): string[] {
  const { status, output } = tool('xmllint', ['--noout', '--schema', schema, file]);
  return status === 0 ? [] : output.split('\n').filter((line) => line.includes('error'));
}

/** An OAI-PMH static repository against OAI-PMH.xsd's types, oai_dc.xsd and oai-identifier.xsd (test/validators/static-repository.xsd). */
export const staticRepositoryProblems = (file: string) =>
  xmlSchemaProblems(join(SCHEMAS, 'static-repository.xsd'), file);

export const sitemapProblems = (file: string) => xmlSchemaProblems(join(SCHEMAS, 'sitemap.xsd'), file);

/** jing against RFC 4287's RELAX NG grammar (test/validators/atom.rnc, typed from the RFC's appendix B). */
export function atomProblems(file: string): string[] {
  const { status, output } = tool('jing', ['-c', join(SCHEMAS, 'atom.rnc'), file]);
  return status === 0 ? [] : output.split('\n').filter(Boolean);
}

/** Universal Feed Parser: a feed it reads only with a complaint (bozo), or not as Atom 1.0, is a problem. */
export function feedparserProblems(file: string): string[] {
  const script =
    'import sys, feedparser\nd = feedparser.parse(sys.argv[1])\nprint("bozo: %s" % d.get("bozo_exception") if d.bozo else "")\nprint("" if d.version == "atom10" else "not Atom 1.0: %r" % d.version)';
  const { output } = tool('/usr/bin/python3', ['-c', script, file]);
  return output.split('\n').filter(Boolean);
}

/** biber's check of entries against biblatex's data model: its Datamodel warnings and any error. */
export function bibtexProblems(file: string): string[] {
  const out = join(mkdtempSync(join(tmpdir(), 'zhendang-biber-')), 'out.bib');
  const { status, output } = tool('biber', ['--tool', '--validate-datamodel', '--nolog', '--outfile', out, file]);
  const problems = output.split('\n').filter((line) => /^(WARN|ERROR) /.test(line));
  return status === 0 ? problems : [...problems, `biber exited with status ${status}`];
}

let cslValidator: ReturnType<Ajv['compile']> | undefined;
/** CSL-JSON against the CSL data schema, by ajv. */
export function cslSchemaProblems(items: unknown): string[] {
  cslValidator ??= new Ajv({ allErrors: true, strict: false }).compile(
    JSON.parse(readFileSync(join(SCHEMAS, 'csl-data.schema.json'), 'utf8')),
  );
  if (cslValidator(items)) return [];
  return (cslValidator.errors ?? []).map((error) => `${error.instancePath} ${error.message}`);
}

/** The CSL styles and locales the site cites with (src/data/csl/): the tests cite the downloads with the same files. */
const CSL_FOLDER = join(projectRoot, 'src', 'data', 'csl');

export const CSL_STYLES = ['apa.csl', 'chicago-author-date.csl', 'gbt7714.csl'] as const;

/** A published style as the site cites with it: APA and Chicago with a Chinese edition's options (src/lib/csl-in-chinese.ts). */
function asTheSiteCites(style: (typeof CSL_STYLES)[number], xml: string): string {
  if (style === 'apa.csl') return inChinese.apa(xml);
  if (style === 'chicago-author-date.csl') return inChinese.chicago(xml);
  return xml;
}

interface StyleEngine {
  engine: InstanceType<typeof CSL.Engine>;
  /** The items of the current call, which the engine retrieves by id. */
  items: Map<string, { id: string }>;
}

// One engine a style for the whole test file: compiling a style takes far longer than citing with it (Chicago over
// a second of CPU), and the site's build reuses its engines the same way (src/lib/cite-strings.ts).
const engines = new Map<string, StyleEngine>();

function styleEngine(style: (typeof CSL_STYLES)[number]): StyleEngine {
  let styled = engines.get(style);
  if (!styled) {
    const locale = (language: string) => {
      const path = join(CSL_FOLDER, `locales-${language}.xml`);
      return readFileSync(existsSync(path) ? path : join(CSL_FOLDER, 'locales-en-US.xml'), 'utf8');
    };
    const items = new Map<string, { id: string }>();
    const engine = new CSL.Engine(
      { retrieveLocale: locale, retrieveItem: (id: string) => items.get(id) },
      asTheSiteCites(style, readFileSync(join(CSL_FOLDER, style), 'utf8')),
      'zh-CN',
    );
    engine.setOutputFormat('text');
    styled = { engine, items };
    engines.set(style, styled);
  }
  return styled;
}

/**
 * The bibliography entries citeproc-js makes of CSL-JSON items in a CSL style, as plain text, by item id:
 * in one bibliography, or each `alone` in a bibliography of its own (as a page cites it: no [n] but [1], no 2024a).
 */
export function renderBibliography(
  items: { id: string }[],
  style: (typeof CSL_STYLES)[number],
  { alone = false } = {},
): Map<string, string> {
  const { engine, items: current } = styleEngine(style);
  // Forget the items of an earlier call: an id cited again is read again, as this call gives it.
  engine.updateItems([]);
  current.clear();
  for (const item of items) current.set(item.id, item);
  const cite = (ids: string[]) => {
    engine.updateItems(ids);
    const [meta, entries] = engine.makeBibliography();
    if (meta.bibliography_errors.length > 0) throw new Error(JSON.stringify(meta.bibliography_errors));
    return meta.entry_ids.map((cited, index) => [cited[0]!, entries[index]!.trim()] as const);
  };
  return new Map(alone ? items.flatMap((item) => cite([item.id])) : cite(items.map((item) => item.id)));
}
