/**
 * Reading the converter's reference data (src/data/): tab-separated
 * lines and small CSV tables, with errors that name the file and line.
 *
 *   readTsv(url)                    → [{ cells: ["330112", "临安区", …], where: "…/divisions.tsv:42" }, …]
 *   readCsv(url, ["host", "county"]) → [{ host: "linan.gov.cn", county: "临安区" }, …]
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Tab-separated lines; blank lines and lines starting with # are skipped. */
export function readTsv(url: URL): { cells: string[]; where: string }[] {
  const path = fileURLToPath(url);
  return readFileSync(path, 'utf8')
    .split('\n')
    .flatMap((line, index) =>
      line.trim() === '' || line.startsWith('#') ? [] : [{ cells: line.split('\t'), where: `${path}:${index + 1}` }],
    );
}

/** A CSV table whose header must be exactly `columns`; no quoting, as the tables need none. */
export function readCsv(url: URL, columns: string[]): Record<string, string>[] {
  const path = fileURLToPath(url);
  const [header, ...lines] = readFileSync(path, 'utf8').split(/\r?\n/);
  if (
    header
      ?.split(',')
      .map((cell) => cell.trim())
      .join(',') !== columns.join(',')
  ) {
    throw new Error(`${path}:1: the header must be "${columns.join(',')}"`);
  }
  return lines.flatMap((line, index) => {
    if (line.trim() === '') return [];
    const cells = line.split(',').map((cell) => cell.trim());
    if (cells.length !== columns.length) {
      throw new Error(`${path}:${index + 2}: expected ${columns.length} columns, found ${cells.length}`);
    }
    return [Object.fromEntries(columns.map((column, i) => [column, cells[i]!]))];
  });
}
