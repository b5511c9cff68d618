/**
 * The order Vitest runs test files in (vitest.config.ts): a file that failed
 * first, then the slowest of the last run, across the projects. Vitest's
 * sequencer takes one project's files after another's, so a slow file of a
 * later project (the archive of 400 documents) would start when most others
 * are done, and the run would wait for it alone. (`--sequence.shuffle` still
 * shuffles the tests within each file.)
 *
 * A fresh clone has no last run: its files go by what they do, the end-to-end
 * files that read the shared archives first (a browser session of a hundred
 * seconds among them, which would otherwise run alone at the end), then
 * those that build archives of their own, then the unit files, each kind the
 * largest file first.
 */
import { statSync } from 'node:fs';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

// The kinds of file, slowest first, by their project's name (vitest.config.ts).
const PROJECTS_SLOWEST_FIRST = ['archive', 'e2e', 'unit'];

export class SlowestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (file: TestSpecification): [number, number] => {
      const result = this.ctx.cache.getTestSpecificationResult(file);
      if (result?.failed) return [0, 0];
      if (result) return [2, -result.duration];
      const kind = PROJECTS_SLOWEST_FIRST.indexOf(file.project.name);
      return [1, kind * 1e9 - statSync(file.moduleId).size];
    };
    const ranked = new Map((await super.sort(files)).map((file) => [file, rank(file)] as const));
    // Array.prototype.sort is stable: files that rank alike keep Vitest's order.
    return [...ranked.keys()].sort((a, b) => {
      const [kindA, orderA] = ranked.get(a) ?? [0, 0];
      const [kindB, orderB] = ranked.get(b) ?? [0, 0];
      return kindA - kindB || orderA - orderB;
    });
  }
}
