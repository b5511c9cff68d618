/**
 * What `npm run convert` prints while it works: each problem as
 * `file:line:column: level: message`, and its progress, a line rewritten in
 * place on a terminal, a line every tenth (or every thousand documents, when
 * web archives not yet read make the total unknown) in a log.
 *
 *   formatProblem("seeds/a.txt", "error", { message: "…", line: 2, column: 1 }) → "seeds/a.txt:2:1: error: …"
 *   formatProblem("seeds/a.txt", "error", { message: "…", line: 3, file: "content/corrections/7c88….yaml" })
 *   → "content/corrections/7c88….yaml:3: error: …"   (a problem in another file names that file)
 */
import type { Problem } from './convert-source.ts';

export function formatProblem(path: string, level: 'warning' | 'error', problem: Problem): string {
  if (problem.file) path = problem.file;
  const place = problem.line ? `:${problem.line}${problem.column ? `:${problem.column}` : ''}` : '';
  return `${path}${place}: ${level}: ${problem.message}`;
}

/** One line per file on a terminal that is rewritten in place; periodic lines in a log. */
export function createProgress(total: number | undefined, quiet: boolean) {
  const live = process.stderr.isTTY && !quiet;
  // Without a total (pages still in web archives not yet read), a line every thousand.
  const every = total === undefined ? 1000 : Math.max(1, Math.ceil(total / 10));
  const of = total === undefined ? '' : `/${total}`;
  let dirty = false;
  const clear = () => {
    if (dirty) process.stderr.write('\r\x1b[K');
    dirty = false;
  };
  return {
    report(line: string) {
      clear();
      console.error(line);
    },
    tick(done: number, path: string) {
      if (live) {
        process.stderr.write(`\r\x1b[K[${done}${of}] ${path}`);
        dirty = true;
      } else if (!quiet && (total ?? done) > 20 && (done % every === 0 || done === total)) {
        console.error(`[${done}${of}] converted`);
      }
    },
    done: clear,
  };
}
