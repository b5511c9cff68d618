/**
 * Nothing lost: for every document the converter makes (the seeds and every
 * fixture), each `stripped` entry stands verbatim at its recorded place in the
 * decoded source, and once those entries are taken out, the source's
 * remaining non-whitespace characters are exactly the rendered body's, in
 * order. The body is rendered with Sätteri, the engine Astro builds with, so
 * escaping that changed a character would fail here too.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSourceText } from '../scripts/converter/read/read-source.ts';
import { removeStripped, withoutWhitespace } from '../scripts/store/fidelity.ts';
import { convertOk, fixtureInput, renderMdx, splitDocument } from './helpers/pipeline.ts';

const seeds = new URL('../seeds/', import.meta.url).pathname;
const fixtures = new URL('./fixtures/', import.meta.url).pathname;
const sources = [
  ...readdirSync(seeds)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => join(seeds, name)),
  ...readdirSync(fixtures).map((name) => join(fixtures, name, fixtureInput(join(fixtures, name)))),
];

// For an HTML page, the source's text is the page's text content (read-source.ts).
describe.each(sources)('%s', (path) => {
  const bytes = readFileSync(path);
  const { mdx } = convertOk(bytes, basename(path));
  const { record, body } = splitDocument(mdx);
  const source = readSourceText(bytes, basename(path)).text;

  it('keeps every stripped piece verbatim, at the place it records', () => {
    expect(() => removeStripped(source, record.stripped)).not.toThrow();
  });

  it('renders every other non-whitespace character of the source, in order', () => {
    const rest = withoutWhitespace(removeStripped(source, record.stripped));
    expect(withoutWhitespace(renderMdx(body).text)).toBe(rest);
  });
});

describe('the fidelity check itself', () => {
  const { mdx } = convertOk(readFileSync(sources[0]!), 'input.txt');
  const { record, body } = splitDocument(mdx);
  const source = readSourceText(readFileSync(sources[0]!), 'input.txt').text;
  const rest = withoutWhitespace(removeStripped(source, record.stripped));

  it('fails when a character of the body is lost', () => {
    const damaged = body.replace('全镇', '全');
    expect(withoutWhitespace(renderMdx(damaged).text)).not.toBe(rest);
  });

  it('fails when a stripped entry is not verbatim', () => {
    const altered = record.stripped.map((entry, i) => (i === 0 ? { ...entry, text: `${entry.text}x` } : entry));
    expect(() => removeStripped(source, altered)).toThrow(/is not at line/);
  });
});
