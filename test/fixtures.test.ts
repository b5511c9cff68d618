/**
 * Golden fixtures: test/fixtures/<behaviour>/input.txt or input.html (raw
 * bytes, any encoding) must convert to output.mdx exactly, with the warnings in
 * warnings.txt (one a line, `line: message`). An optional source-url.txt
 * gives the page address. After a deliberate change, regenerate with
 * `npm run fixtures:update` and review the diff line by line.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { convertText, fixtureInput, splitDocument } from './helpers/pipeline.ts';

const root = new URL('./fixtures/', import.meta.url).pathname;
const update = process.env.UPDATE_FIXTURES === '1';

describe.each(readdirSync(root).sort())('fixture %s', (name) => {
  const folder = join(root, name);
  const urlFile = join(folder, 'source-url.txt');
  const sourceUrl = existsSync(urlFile) ? readFileSync(urlFile, 'utf8').trim() : null;

  const input = fixtureInput(folder);

  it('converts to output.mdx', () => {
    const result = convertText(readFileSync(join(folder, input)), input, sourceUrl);
    if (!result.ok) throw new Error(`conversion failed: ${result.error.message}`);
    const expectedPath = join(folder, 'output.mdx');
    if (update) writeFileSync(expectedPath, result.mdx);
    expect(result.mdx).toBe(readFileSync(expectedPath, 'utf8'));
    expect(() => splitDocument(result.mdx)).not.toThrow();

    const warnings = result.warnings.map(({ line, message }) => `${line ?? '-'}: ${message}\n`).join('');
    const warningsPath = join(folder, 'warnings.txt');
    if (update) writeFileSync(warningsPath, warnings);
    expect(warnings).toBe(readFileSync(warningsPath, 'utf8'));
  });
});
